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
 * ("the cargo ship Marella Star", "Storm Evander", "the brand Tulipa"), a work ("the film \"Salt Road\"", "the band
 * Velvet Arcade"), a constituency ("the MP for Wrexford South");
 * {@code name-frames.txt}. Use it to retype the names a tagger read otherwise; names of the known-names table and
 * names written in a place frame ({@link PlaceFrames}) keep their type.
 */
final class NameFrames {
    private static final List<List<String>> ROWS = RuleFiles.table(NameFrames.class, "en", "name-frames.txt");
    private static final int REACH = 60;
    /** ", a|an|the" and the words of the apposition up to the next mark. */
    private static final java.util.regex.Pattern APPOSITION =
            java.util.regex.Pattern.compile(", (?:a|an|the) ([^,;:.()]+)");
    private static final int APPOSITION_MODIFIERS = 4;
    private static final Set<String> APPOSITION_FOLLOWERS =
            RuleFiles.words(NameFrames.class, "en", "apposition-followers.txt");
    private static final java.util.regex.Pattern SCORE = java.util.regex.Pattern.compile("(?<= )\\d{1,2}[-\u2013]\\d{1,2} ");
    /** Characters a club before a team frame may stand from its words ("Marport will face" for "face"). */
    private static final int SLACK = 9;

    private NameFrames() {}

    /** The type each framed name's key gets (the first frame found), team frames marked by a "team:" prefix. */
    static Map<String, String> framed(List<ResolvedMention> mentions, Map<String, String> texts) {
        Map<String, String> out = new HashMap<>();
        Map<ResolvedMention, List<ResolvedMention>> partners = new HashMap<>();
        for (ResolvedMention m : mentions) {
            EntityMention e = m.mention();
            String text = texts.getOrDefault(m.article(), "");
            if (out.containsKey(m.key()) && !out.get(m.key()).startsWith("team:")
                    || e.start() < 0 || e.end() > text.length() || e.start() > e.end()) {
                continue;
            }
            String before = unquoted(withoutScore(text.substring(Math.max(0, e.start() - REACH), e.start())
                    .toLowerCase(Locale.ROOT)));
            String after = text.substring(e.end(), Math.min(text.length(), e.end() + REACH)).toLowerCase(Locale.ROOT);
            String first = m.parts().tokens().isEmpty() ? "" : m.parts().tokens().get(0).toLowerCase(Locale.ROOT);
            boolean oneWord = m.parts().tokens().size() == 1;
            for (List<String> row : ROWS) {
                String where = row.get(1);
                String words = row.get(2);
                boolean team = where.startsWith("team-");
                boolean hit = where.equals("first") ? !oneWord && first.equals(words)
                        : where.equals("apposition") ? appositionHead(after, words)
                        : where.endsWith("before") ? endsWithWords(before, words) : startsWithWords(after, words);
                if (hit && (!team || oneWord)) {
                    if (team && EntityType.PERSON.is(m.type())) {
                        partners.computeIfAbsent(m, k -> new java.util.ArrayList<>())
                                .addAll(partners(m, mentions, where.endsWith("before") ? -words.length() : words.length()));
                    }
                    if (!team || !out.containsKey(m.key())) {
                        out.put(m.key(), (team ? "team:" : "") + row.get(0));
                    }
                    if (!team) {
                        break;
                    }
                }
            }
        }
        clubsByPartner(out, partners, clubs(mentions, texts, out));
        return out;
    }

    /**
     * A one-word person-tagged name in a team frame is a club when the name on the frame's other side is an
     * organisation ("Marport will face Castlebury" once "Marport striker ..." made Marport a club): taggers read
     * towns as surnames, but no player plays a club. Two passes let a club found so type the next one.
     */
    private static void clubsByPartner(Map<String, String> out, Map<ResolvedMention, List<ResolvedMention>> partners,
                                       Set<String> clubs) {
        for (int pass = 0; pass < 2; pass++) {
            partners.forEach((m, others) -> {
                boolean club = clubs.contains(m.key()) || others.stream().anyMatch(o -> {
                    // the other side is framed as a club itself: by a frame of its own, or by a team frame it was
                    // not read as a person in ("Trump will face Congress" has no club)
                    String t = out.get(o.key());
                    return t != null && (t.startsWith("team:") ? !EntityType.PERSON.is(o.type())
                            : EntityType.ORGANIZATION.is(t));
                });
                if (club && (out.get(m.key()) == null || out.get(m.key()).startsWith("team:"))) {
                    out.put(m.key(), EntityType.ORGANIZATION.label());
                }
            });
        }
    }

    /**
     * The one-word names some mention of which the tagger read as no person in a team frame ("Marport beat" read as
     * an organisation), unless the story also names a person of that surname: the story's clubs.
     */
    private static Set<String> clubs(List<ResolvedMention> mentions, Map<String, String> texts, Map<String, String> out) {
        Set<String> surnames = new java.util.HashSet<>();
        mentions.stream().filter(m -> EntityType.PERSON.is(m.type()) && m.parts().tokens().size() > 1)
                .forEach(m -> surnames.add(m.parts().surname().toLowerCase(Locale.ROOT)));
        Set<String> clubs = new java.util.HashSet<>();
        for (ResolvedMention m : mentions) {
            String t = out.get(m.key());
            if (t != null && t.startsWith("team:") && !EntityType.PERSON.is(m.type()) && !surnames.contains(m.key())
                    && inTeamFrame(m, texts.getOrDefault(m.article(), ""))) {
                clubs.add(m.key());
            }
        }
        return clubs;
    }

    private static boolean inTeamFrame(ResolvedMention m, String text) {
        EntityMention e = m.mention();
        if (m.parts().tokens().size() != 1 || e.start() < 0 || e.end() > text.length() || e.start() > e.end()) {
            return false;
        }
        String before = text.substring(Math.max(0, e.start() - REACH), e.start()).toLowerCase(Locale.ROOT);
        String after = text.substring(e.end(), Math.min(text.length(), e.end() + REACH)).toLowerCase(Locale.ROOT);
        return ROWS.stream().anyMatch(r -> r.get(1).startsWith("team-") && (r.get(1).endsWith("before")
                ? endsWithWords(before, r.get(2)) : startsWithWords(after, r.get(2))));
    }

    /**
     * The mentions of m's article on the other side of a frame's words, {@code reach} characters long (negative: the
     * words stand before m, and the mention before them may stand a short word further: "will face").
     */
    private static List<ResolvedMention> partners(ResolvedMention m, List<ResolvedMention> mentions, int reach) {
        EntityMention e = m.mention();
        return mentions.stream().filter(o -> o != m && o.article().equals(m.article())).filter(o -> reach > 0
                ? o.mention().start() > e.end() + reach && o.mention().start() <= e.end() + reach + 3
                : o.mention().end() < e.start() + reach && o.mention().end() >= e.start() + reach - SLACK).toList();
    }

    /** The text before a name without a match score inside a team frame ("drew 1-1 with" reads as "drew with"). */
    private static String withoutScore(String before) {
        return SCORE.matcher(before).replaceAll("");
    }

    /** The text before a name without the opening quote of a title ("the film \"", "the novel \"The "). */
    private static String unquoted(String before) {
        String s = before.endsWith("the ") ? before.substring(0, before.length() - 4) : before;
        if (!s.isEmpty() && "\"\u201c\u00ab\u2018'".indexOf(s.charAt(s.length() - 1)) >= 0) {
            String open = s.substring(0, s.length() - 1);
            return open.endsWith(" ") ? open : open + " ";
        }
        return before;
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

    /**
     * The words are the head of an apposition right after the name: ", a 220-metre vessel operated by" (an article,
     * up to three modifiers, the head, then a mark, the end or a word of {@code apposition-followers.txt}).
     */
    private static boolean appositionHead(String after, String words) {
        java.util.regex.Matcher m = APPOSITION.matcher(after);
        if (!m.lookingAt()) {
            return false;
        }
        String[] w = m.group(1).split(" ");
        for (int i = 0; i < w.length && i <= APPOSITION_MODIFIERS; i++) {
            String tail = String.join(" ", java.util.Arrays.copyOfRange(w, i, w.length));
            if (tail.startsWith(words + " ") || tail.equals(words)) {
                String rest = tail.substring(words.length()).strip();
                String next = rest.isEmpty() ? "" : rest.split(" ")[0];
                return next.isEmpty() || !Character.isLetterOrDigit(next.charAt(0))
                        || APPOSITION_FOLLOWERS.contains(next.replaceAll("\\W+$", ""));
            }
        }
        return false;
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
