package org.dossier.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Groups non-person mentions: same folded name, or an acronym of a longer name ("OSCE"). */
final class OrgClusters {
    private OrgClusters() {}

    static List<MentionCluster> group(List<ResolvedMention> mentions) {
        Map<String, MentionCluster> byKey = new LinkedHashMap<>();
        for (ResolvedMention m : mentions) {
            byKey.computeIfAbsent(foldedKey(m.parts().name()), k -> new MentionCluster(false)).mentions.add(m);
        }
        Map<String, MentionCluster> byAcronym = new LinkedHashMap<>();
        for (MentionCluster c : byKey.values()) {
            String acronym = acronym(c.mentions.get(0).parts().name().replaceFirst("(?i)^the\\s+", ""));
            if (acronym.length() >= 2) {
                byAcronym.putIfAbsent(acronym, c);
            }
        }
        List<MentionCluster> out = new ArrayList<>();
        for (MentionCluster c : byKey.values()) {
            String name = c.mentions.get(0).parts().name().replace(".", "");
            MentionCluster full = isAcronym(name) ? byAcronym.get(name) : null;
            if (full != null && full != c) {
                full.mentions.addAll(c.mentions);
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /** The name folded for comparison: leading article dropped, each token keyed. */
    static String foldedKey(String name) {
        String s = name.replaceFirst("(?i)^the\\s+", "");
        StringBuilder b = new StringBuilder();
        for (String t : s.split("[\\s\\-]+")) {
            b.append(NameKey.of(t)).append(' ');
        }
        return b.toString().strip();
    }

    static boolean isAcronym(String name) {
        return name.length() >= 2 && name.matches("[\\p{Lu}]+");
    }

    /** The initials of the capitalised words of a multi-word name, or "" for one word. */
    static String acronym(String name) {
        String[] words = name.split("[\\s\\-]+");
        if (words.length < 2) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                b.append(w.charAt(0));
            }
        }
        return b.toString().toUpperCase(Locale.ROOT);
    }
}
