package org.dossier.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.EntityType;

/**
 * Groups non-person mentions: same folded name (a closing legal form aside, {@code legal-forms.txt}), an acronym of a
 * longer name ("OSCE"), or a short form.
 */
final class OrgClusters {
    private static final Set<String> LEGAL_FORMS = org.dossier.rules.RuleFiles.words(OrgClusters.class,
            "legal-forms.txt");
    static final int PLACE_MENTIONS = 3;
    /** An acronym in parentheses, or a ticker after its exchange's name ("(Nasdaq: HLVR)", "(NYSE: CVT)"). */
    private static final Pattern PARENTHESISED = Pattern.compile(
            "\\s*\\((?:\\p{Lu}[\\p{L}]*(?:\\s\\p{Lu}[\\p{L}]*){0,3}:\\s*)?(\\p{Lu}[\\p{Lu}\\p{N}&]{1,9})\\)");
    private OrgClusters() {}

    static List<MentionCluster> group(List<ResolvedMention> mentions) {
        return group(mentions, Map.of());
    }

    /**
     * As {@link #group(List)}, with the acronyms the articles define in parentheses ("Belgian Transport Union
     * (BTB)"): the acronym's folded key to the long name it stands for.
     */
    static List<MentionCluster> group(List<ResolvedMention> mentions, Map<String, String> defined) {
        Map<String, MentionCluster> byKey = new LinkedHashMap<>();
        for (ResolvedMention m : mentions) {
            String name = defined.getOrDefault(foldedKey(m.parts().name()), m.parts().name());
            byKey.computeIfAbsent(groupKey(name), k -> new MentionCluster(false)).mentions.add(m);
        }
        Map<String, MentionCluster> byAcronym = new LinkedHashMap<>();
        for (MentionCluster c : byKey.values()) {
            String acronym = acronym(c.mentions.get(0).parts().name().replaceFirst("(?i)^the\\s+", ""));
            if (acronym.length() >= 2) {
                byAcronym.putIfAbsent(acronym, c);
            }
        }
        Map<String, List<MentionCluster>> byHead = new HashMap<>();
        for (MentionCluster c : byKey.values()) {
            NameParts p = c.mentions.get(0).parts();
            if (p.tokens().size() > 1 && c.mentions.stream().anyMatch(m -> EntityType.ORGANIZATION.is(m.type()))) {
                byHead.computeIfAbsent(NameKey.of(p.tokens().get(0)), k -> new ArrayList<>()).add(c);
            }
        }
        List<MentionCluster> out = new ArrayList<>();
        for (MentionCluster c : byKey.values()) {
            String name = c.mentions.get(0).parts().name().replace(".", "");
            MentionCluster full = isAcronym(name) ? byAcronym.get(name) : null;
            List<MentionCluster> heads = shortForm(c) ? byHead.getOrDefault(NameKey.of(name), List.of()) : List.of();
            if (full == null && heads.size() == 1) {
                full = heads.get(0);
            }
            if (full != null && full != c) {
                full.mentions.addAll(c.mentions);
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The lower-case one-word names that are the first word of exactly one longer organisation name in the story
     * and never the surname of a full person name ("Ardent" for "Ardent Labs"): short forms of that organisation.
     */
    static Set<String> heads(List<ResolvedMention> mentions, Map<String, String> surfaceType) {
        Map<String, Set<String>> orgsByHead = new HashMap<>();
        Set<String> surnames = new HashSet<>();
        for (ResolvedMention m : mentions) {
            List<String> t = m.parts().tokens();
            String name = m.parts().name().toLowerCase(Locale.ROOT);
            if (t.size() > 1 && EntityType.ORGANIZATION.is(surfaceType.get(name))) {
                orgsByHead.computeIfAbsent(t.get(0).toLowerCase(Locale.ROOT), k -> new HashSet<>()).add(foldedKey(name));
            } else if (t.size() > 1 && EntityType.PERSON.is(surfaceType.get(name))) {
                surnames.add(m.parts().surname().toLowerCase(Locale.ROOT));
            }
        }
        Set<String> out = new HashSet<>();
        orgsByHead.forEach((head, orgs) -> {
            if (orgs.size() == 1 && !surnames.contains(head)) {
                out.add(head);
            }
        });
        return out;
    }

    /**
     * The lower-case person-tagged names of two or more words that contain a word the story names as a place at
     * least {@value #PLACE_MENTIONS} times, and never come with a title or role ("Brova Power" beside the river
     * Brova): organisations named after a place, not people.
     */
    static Set<String> placeNamed(List<ResolvedMention> mentions, Map<String, String> surfaceType) {
        Map<String, Long> places = new HashMap<>();
        Set<String> withRole = new HashSet<>();
        for (ResolvedMention m : mentions) {
            String name = m.parts().name().toLowerCase(Locale.ROOT);
            if (EntityType.LOCATION.is(surfaceType.get(name))) {
                places.merge(name, 1L, Long::sum);
            }
            if (m.role() != null || m.parts().title() != null) {
                withRole.add(name);
            }
        }
        Set<String> out = new HashSet<>();
        for (ResolvedMention m : mentions) {
            String name = m.parts().name().toLowerCase(Locale.ROOT);
            boolean person = EntityType.PERSON.is(surfaceType.get(name)) && m.parts().tokens().size() > 1;
            if (person && !withRole.contains(name) && m.parts().tokens().stream()
                    .anyMatch(t -> places.getOrDefault(t.toLowerCase(Locale.ROOT), 0L) >= PLACE_MENTIONS)) {
                out.add(name);
            }
        }
        return out;
    }

    /**
     * The acronyms defined in parentheses right after an organisation's name ("the Social Council (SCN)"), and the
     * tickers a company's name is followed by ("Halvorsen Robotics (Nasdaq: HLVR)"): the acronym's folded key to the
     * long name, when the acronym is itself a mention of the story.
     */
    static Map<String, String> definedAcronyms(List<ResolvedMention> mentions, Map<String, String> texts) {
        Set<String> names = new HashSet<>();
        mentions.forEach(m -> names.add(m.parts().name()));
        Map<String, String> out = new HashMap<>();
        for (ResolvedMention m : mentions) {
            String text = texts.getOrDefault(m.article(), "");
            int end = m.mention().end();
            if (!EntityType.ORGANIZATION.is(m.type()) || end < 0 || end > text.length()) {
                continue;
            }
            Matcher p = PARENTHESISED.matcher(text.substring(end, Math.min(text.length(), end + 48)));
            if (p.lookingAt() && names.contains(p.group(1)) && !p.group(1).equals(m.parts().name())) {
                out.putIfAbsent(foldedKey(p.group(1)), m.parts().name());
            }
        }
        return out;
    }

    /**
     * The one-word names written after "the" that are the last word of exactly one longer organisation name of the
     * story ("the Courier" for "Brackley Courier", "the Commission" for "European Commission"): the short form's
     * folded key to the long name. The word before the last must be capitalised, so "the Netherlands" is no short
     * form of a "Council of the Netherlands"; acronyms and names of the known-names table are never short forms.
     */
    static Map<String, String> tailForms(List<ResolvedMention> mentions, Map<String, String> texts) {
        Map<String, Set<String>> longByTail = new HashMap<>();
        for (ResolvedMention m : mentions) {
            List<String> t = m.parts().tokens();
            boolean venue = EntityType.LOCATION.is(m.type()) && TypeRules.venueHead(t.get(t.size() - 1));
            if ((EntityType.ORGANIZATION.is(m.type()) || venue) && t.size() > 1
                    && Character.isUpperCase(t.get(t.size() - 2).charAt(0))) {
                longByTail.computeIfAbsent(NameKey.of(t.get(t.size() - 1)), k -> new HashSet<>()).add(m.parts().name());
            }
        }
        Map<String, String> out = new HashMap<>();
        for (ResolvedMention m : mentions) {
            String name = m.parts().name();
            if (EntityType.PERSON.is(m.type()) || m.parts().tokens().size() != 1 || isAcronym(name)
                    || KnownNames.byName(name) != null) {
                continue;
            }
            Set<String> longs = longByTail.getOrDefault(NameKey.of(name), Set.of());
            String text = texts.getOrDefault(m.article(), "");
            int start = m.mention().start();
            boolean afterThe = start >= 4 && start <= text.length()
                    && text.substring(start - 4, start).equalsIgnoreCase("the ");
            if (longs.size() == 1 && afterThe) {
                out.putIfAbsent(foldedKey(name), longs.iterator().next());
            }
        }
        return out;
    }

    /** The key a name is grouped under: the folded canonical name when it is a known other name ("USA"), else its own. */
    static String groupKey(String name) {
        KnownNames.Known known = KnownNames.byName(name);
        return foldedKey(known == null ? withoutLegalForm(name) : known.canonical());
    }

    /** The name without a closing legal form ("Marrow Bay Ferries Ltd" → "Marrow Bay Ferries"), when a word is left. */
    static String withoutLegalForm(String name) {
        String s = name.strip().replaceFirst(",$", "");
        int cut = s.lastIndexOf(' ');
        if (cut <= 0 || !LEGAL_FORMS.contains(s.substring(cut + 1).toLowerCase(Locale.ROOT))) {
            return name;
        }
        String rest = s.substring(0, cut).strip().replaceFirst(",$", "");
        return rest.isBlank() || rest.equalsIgnoreCase("the") ? name : rest;
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

    /** A one-word cluster read as an organisation at least once (a retyped person-tagged short form). */
    private static boolean shortForm(MentionCluster c) {
        return c.mentions.get(0).parts().tokens().size() == 1
                && c.mentions.stream().allMatch(m -> EntityType.ORGANIZATION.is(m.type()));
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
