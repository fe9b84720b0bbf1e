package org.dossier.resolve;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.rules.RuleFiles;

/**
 * Finds the one-word names a story writes as the possessor of a town's office or body ("Dravik's mayor",
 * "Brackley's council", {@code place-owner-nouns.txt}) and never uses as a person's: no full name of a person ends
 * in it, no courtesy title or office word stands before a mention of it, and no mention outside such a frame is
 * followed in its sentence by a word of a person ({@code person-cues.txt}: "he", "said"). Use it to type as a place
 * a one-word name the tagger read as a person ({@link NameResolver}).
 */
final class PlaceOwners {
    private static final Set<String> NOUNS = RuleFiles.words(PlaceOwners.class, "en", "place-owner-nouns.txt");
    private static final Set<String> CUES = RuleFiles.words(PlaceOwners.class, "en", "person-cues.txt");
    private static final Set<String> HONORIFICS = RuleFiles.words(PlaceOwners.class, "honorifics.txt");

    private PlaceOwners() {}

    /** The lower-case one-word names some mention writes as an office's possessor and none uses as a person's. */
    static Set<String> of(List<ResolvedMention> mentions, Map<String, String> texts) {
        Set<String> owners = new HashSet<>();
        for (ResolvedMention m : mentions) {
            if (m.parts().tokens().size() == 1 && owner(texts.getOrDefault(m.article(), ""), m.mention())) {
                owners.add(m.key());
            }
        }
        if (owners.isEmpty()) {
            return owners;
        }
        for (ResolvedMention m : mentions) {
            List<String> t = m.parts().tokens();
            String text = texts.getOrDefault(m.article(), "");
            if (t.size() > 1 && EntityType.PERSON.is(m.type())) {
                owners.remove(t.get(t.size() - 1).toLowerCase(Locale.ROOT));
            } else if (t.size() == 1 && owners.contains(m.key())
                    && (titled(text, m.mention()) || !owner(text, m.mention()) && cued(text, m.mention()))) {
                owners.remove(m.key());
            }
        }
        return owners;
    }

    /** The mention is followed by "'s" and an office noun ("Dravik's mayor"). */
    static boolean owner(String text, EntityMention e) {
        int end = e.end();
        if (end < 0 || end + 2 >= text.length() || (text.charAt(end) != '\'' && text.charAt(end) != '\u2019')
                || text.charAt(end + 1) != 's' || text.charAt(end + 2) != ' ') {
            return false;
        }
        String[] words = text.substring(end + 3, Math.min(text.length(), end + 40)).toLowerCase(Locale.ROOT)
                .split("[^\\p{L}]+", 3);
        return words.length > 0 && (NOUNS.contains(words[0])
                || words.length > 1 && NOUNS.contains(words[0] + " " + words[1]));
    }

    /** A courtesy title or office word stands right before the mention ("Mr Kelm", "Mayor Kelm"). */
    private static boolean titled(String text, EntityMention e) {
        if (e.start() <= 0 || e.start() > text.length()) {
            return false;
        }
        String[] words = text.substring(Math.max(0, e.start() - 30), e.start()).strip().split("\\s+");
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        String own = e.text().strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
        return HONORIFICS.contains(last) || TitleWords.TITLES.contains(last) || HONORIFICS.contains(own)
                || TitleWords.TITLES.contains(own);
    }

    /** A word of a person follows the mention before its sentence ends ("Kelm said", "… he added"). */
    private static boolean cued(String text, EntityMention e) {
        int end = Math.max(0, Math.min(e.end(), text.length()));
        int stop = end;
        while (stop < text.length() && ".!?\n".indexOf(text.charAt(stop)) < 0) {
            stop++;
        }
        for (String w : text.substring(end, stop).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (CUES.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
