package org.dossier.resolve;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.rules.RuleFiles;

/**
 * Finds the names a story writes as places: a one-word name right after a place frame ("in Carvell", "the nearby
 * town of Lenmark", "the council of Brackley", {@code place-frames.txt}), or after earlier names of a list that
 * follows one ("in Leeds and Manchester"), unless a word before "in" makes it a company or body ("a stake in …",
 * {@code place-frame-stops.txt}). Use it to type as a place the one-word names a tagger read as an organisation or
 * a miscellaneous name; acronyms, institutions and names of the known-names table keep their type.
 */
final class PlaceFrames {
    private static final Set<String> FRAMES = RuleFiles.words(PlaceFrames.class, "en", "place-frames.txt");
    private static final Set<String> STOPS = RuleFiles.words(PlaceFrames.class, "en", "place-frame-stops.txt");
    /** Earlier names of a list before the mention: capitalised words joined by commas or "and"/"or". */
    private static final Pattern LIST_BEFORE =
            Pattern.compile("(?:\\p{Lu}[\\p{L}'\u2019\\-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019\\-]*)?(?:\\s*,\\s*|\\s+and\\s+|\\s+or\\s+))+$");
    private static final int LOOK_BEHIND = 80;

    private PlaceFrames() {}

    /** The lower-case one-word names that some mention of the story writes in a place frame. */
    static Set<String> framed(List<ResolvedMention> mentions, Map<String, String> texts) {
        Set<String> out = new HashSet<>();
        for (ResolvedMention m : mentions) {
            EntityMention e = m.mention();
            String text = texts.getOrDefault(m.article(), "");
            if (m.parts().tokens().size() == 1 && e.start() > 0 && e.start() <= text.length()
                    && inFrame(text.substring(Math.max(0, e.start() - LOOK_BEHIND), e.start()))) {
                out.add(m.key());
            }
        }
        return out;
    }

    /** Whether the text right before a name ends in a place frame, maybe followed by earlier names of a list. */
    static boolean inFrame(String before) {
        String s = before;
        java.util.regex.Matcher list = LIST_BEFORE.matcher(s);
        if (list.find()) {
            s = s.substring(0, list.start());
        }
        if (!s.endsWith(" ")) {
            return false;
        }
        String[] words = s.strip().toLowerCase(Locale.ROOT).split("[\\s,;:()]+");
        int n = words.length;
        if (n == 0) {
            return false;
        }
        String last = words[n - 1];
        String two = n >= 2 ? words[n - 2] + " " + last : "";
        if (FRAMES.contains(two)) {
            return true;
        }
        return FRAMES.contains(last) && (n < 2 || !STOPS.contains(words[n - 2]));
    }

    /**
     * The type a mention of a framed name gets: a place, when the tagger read an organisation or a miscellaneous
     * name that is no acronym, institution or known name; else its type unchanged.
     */
    static String type(ResolvedMention m, String type, Set<String> framed) {
        boolean orgOrMisc = EntityType.ORGANIZATION.is(type) || EntityType.MISC.is(type);
        String name = m.parts().name();
        if (!orgOrMisc || !framed.contains(m.key()) || OrgClusters.isAcronym(name.replace(".", ""))
                || KnownNames.byName(name) != null || TypeRules.institution(name)) {
            return type;
        }
        return EntityType.LOCATION.label();
    }
}
