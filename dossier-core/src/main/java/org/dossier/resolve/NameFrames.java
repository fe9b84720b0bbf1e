package org.dossier.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.rules.RuleFiles;

/**
 * Finds the type a story's own words give a name: a company or body right after or before the words of an
 * organisation frame ("shares of Zentrix", "chief executive of Corby Water", "Kellmark, the maker of"), a club in a
 * match frame ("Carstow beat Wendham", one-word names the tagger did not read as people), a ship, storm or brand
 * ("the cargo ship Marella Star", "Storm Evander", "the brand Tulipa"), a constituency ("the MP for Wrexford South");
 * {@code name-frames.txt}. Use it to retype the names a tagger read otherwise; names of the known-names table and
 * names written in a place frame ({@link PlaceFrames}) keep their type.
 */
final class NameFrames {
    private static final List<List<String>> ROWS = RuleFiles.table(NameFrames.class, "en", "name-frames.txt");
    private static final int REACH = 60;

    private NameFrames() {}

    /** The type each framed name's key gets (the first frame found), team frames marked by a "team:" prefix. */
    static Map<String, String> framed(List<ResolvedMention> mentions, Map<String, String> texts) {
        Map<String, String> out = new HashMap<>();
        for (ResolvedMention m : mentions) {
            EntityMention e = m.mention();
            String text = texts.getOrDefault(m.article(), "");
            if (out.containsKey(m.key()) && !out.get(m.key()).startsWith("team:")
                    || e.start() < 0 || e.end() > text.length() || e.start() > e.end()) {
                continue;
            }
            String before = text.substring(Math.max(0, e.start() - REACH), e.start()).toLowerCase(Locale.ROOT);
            String after = text.substring(e.end(), Math.min(text.length(), e.end() + REACH)).toLowerCase(Locale.ROOT);
            String first = m.parts().tokens().isEmpty() ? "" : m.parts().tokens().get(0).toLowerCase(Locale.ROOT);
            boolean oneWord = m.parts().tokens().size() == 1;
            for (List<String> row : ROWS) {
                String where = row.get(1);
                String words = row.get(2);
                boolean team = where.startsWith("team-");
                boolean hit = where.equals("first") ? !oneWord && first.equals(words)
                        : where.endsWith("before") ? endsWithWords(before, words) : startsWithWords(after, words);
                if (hit && (!team || oneWord)) {
                    if (!team || !out.containsKey(m.key())) {
                        out.put(m.key(), (team ? "team:" : "") + row.get(0));
                    }
                    if (!team) {
                        break;
                    }
                }
            }
        }
        return out;
    }

    /**
     * The type a mention gets from its name's frame, unless it is a known name or written as a place; a team frame
     * does not retype a person.
     */
    static String type(ResolvedMention m, String type, Map<String, String> framed, Set<String> placeFramed) {
        String framedType = framed.get(m.key());
        if (framedType == null || placeFramed.contains(m.key()) || KnownNames.byName(m.parts().name()) != null) {
            return type;
        }
        if (framedType.startsWith("team:")) {
            return EntityType.PERSON.is(type) ? type : framedType.substring(5);
        }
        return framedType;
    }

    private static boolean endsWithWords(String before, String words) {
        if (!before.endsWith(" ")) {
            return false;
        }
        String s = before.stripTrailing();
        if (!s.endsWith(words)) {
            return false;
        }
        int at = s.length() - words.length();
        return at == 0 || !Character.isLetterOrDigit(s.charAt(at - 1));
    }

    private static boolean startsWithWords(String after, String words) {
        String s = words.startsWith(",") || words.startsWith("'") ? after : after.startsWith(" ") ? after.substring(1) : null;
        if (s == null || !s.startsWith(words)) {
            return false;
        }
        int at = words.length();
        return at == s.length() || !Character.isLetterOrDigit(s.charAt(at)) && s.charAt(at) != '\'' && s.charAt(at) != '\u2019';
    }
}
