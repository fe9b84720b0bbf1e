package org.dossier.synthesize.positions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;

/**
 * The nouns right around a name that decide which actor a subject is ({@code actor-nouns.txt}): a family or clan
 * the name names is an actor of its own ("the Tarrow family said it would not sell": the family, not the company
 * or person of that name); a body a possessive name owns stands for the owner ("Tarrow's board rejected the bid");
 * a name before lower-case words ending in a noun of organisations modifies the organisation named next ("U.S. food
 * group Harwell": no actor); that noun right after an organisation's name is its head for {@link Descriptions}
 * ("the Narvo dockers union": "the union"). Languages without the file get none of these.
 */
final class ActorNouns {
    /** The type of a mention that names a collective: its text is the actor shown, never resolved to the name. */
    static final String COLLECTIVE = "COLLECTIVE";
    /**
     * The type of a mention the tagger typed a person that names a body: a person's name owning a body ("Kardovia's
     * trade ministry"), or a name ending in a noun of institutions ("Kardovian Trade Ministry"). Such an actor is its
     * resolved name, no person (an "it" stands for it).
     */
    static final String BODY = "BODY";
    /** Month and weekday names of every language: a capitalised word before a place that starts no longer name. */
    private static final Set<String> CALENDAR = calendar();
    /** The most lower-case words between a modifier name and the organisation it modifies. */
    private static final int MAX_MODIFIER_WORDS = 3;

    private ActorNouns() {}

    /** The article's mentions with collectives and owned bodies made the mentions they are part of, in text order. */
    static List<EntityMention> added(StanceLexicon lex, String text, List<EntityMention> mentions) {
        Set<String> after = lex.actorNouns("collective-after");
        Set<String> before = lex.actorNouns("collective-before");
        Set<String> bodies = lex.actorNouns("body");
        Set<String> institutions = lex.actorNouns("institution");
        if (after.isEmpty() && before.isEmpty() && bodies.isEmpty() && institutions.isEmpty()) {
            return mentions;
        }
        List<EntityMention> out = new ArrayList<>();
        for (EntityMention m : mentions) {
            List<Words.Tok> next = Words.of(text, m.end(), Math.min(text.length(), m.end() + 40));
            List<Words.Tok> prev = Words.of(text, Math.max(0, m.start() - 20), m.start());
            if (!next.isEmpty() && next.get(0).start() <= m.end() + 1 && after.contains(next.get(0).lower())) {
                out.add(new EntityMention(text.substring(m.start(), next.get(0).end()), COLLECTIVE, m.start(),
                        next.get(0).end()));
            } else if (!prev.isEmpty() && prev.get(prev.size() - 1).end() >= m.start() - 1
                    && before.contains(prev.get(prev.size() - 1).lower())) {
                Words.Tok head = prev.get(prev.size() - 1);
                out.add(new EntityMention(text.substring(head.start(), m.end()), COLLECTIVE, head.start(), m.end()));
            } else {
                int body = ownedBody(bodies, text, m, next);
                boolean person = EntityType.PERSON.is(m.type());
                if (body >= 0) {
                    out.add(new EntityMention(m.text(), person ? BODY : m.type(), m.start(), body));
                } else {
                    String[] words = m.text().strip().toLowerCase(java.util.Locale.ROOT).split("\\s+");
                    out.add(person && words.length > 1 && institutions.contains(words[words.length - 1])
                            ? new EntityMention(m.text(), BODY, m.start(), m.end()) : m);
                }
            }
        }
        out.sort(Comparator.comparingInt(EntityMention::start));
        return out;
    }

    /**
     * Where the body a possessive name owns ends ("Tarrow's board", "Tarrow's supervisory board": the name, "'s",
     * at most one lower-case word, a body noun), or -1.
     */
    private static int ownedBody(Set<String> bodies, String text, EntityMention m, List<Words.Tok> next) {
        String mark = text.substring(m.end(), Math.min(text.length(), m.end() + 2)).replace('\u2019', '\'');
        if (bodies.isEmpty() || !mark.equals("'s")) {
            return -1;
        }
        int k = 0;
        while (k < next.size() && next.get(k).start() < m.end() + 2) {
            k++; // the possessive ending, tokenised with the name or after it
        }
        for (int n = k; n < next.size() && n <= k + 1; n++) {
            Words.Tok t = next.get(n);
            if (!t.isWord() || !Character.isLowerCase(text.charAt(t.start()))) {
                return -1;
            }
            if (bodies.contains(t.lower())) {
                return t.end();
            }
        }
        return -1;
    }

    /**
     * Whether a name modifies the organisation named right after it: only lower-case words between (at most three,
     * in one sentence, no function word, coordinator or stance word: "Russia and the group X" is none), the last a
     * noun of organisations ("U.S. food group Harwell Foods", "Marovian carrier
     * Skyvane").
     */
    static boolean modifiesOrganisation(StanceLexicon lex, String text, EntityMention m, List<EntityMention> all) {
        Set<String> nouns = lex.actorNouns("organisation");
        if (nouns.isEmpty() || EntityType.PERSON.is(m.type())) {
            return false;
        }
        for (EntityMention o : all) {
            if (o == m || o.start() < m.end() || o.start() - m.end() > 60 || EntityType.PERSON.is(o.type())) {
                continue;
            }
            List<Words.Tok> between = Words.of(text, m.end(), o.start());
            String gap = text.substring(m.end(), o.start());
            if (between.isEmpty() || between.size() > MAX_MODIFIER_WORDS || !gap.matches("[\\p{L}\\s-]*")
                    || gap.contains("\n")) {
                continue;
            }
            boolean lower = between.stream().allMatch(t -> Character.isLowerCase(text.charAt(t.start()))
                    && !lex.functionWords.contains(t.lower()) && !lex.coordinators.contains(t.lower())
                    && !lex.listCoordinators.contains(t.lower()) && !lex.clausePhrases.containsKey(t.lower()));
            return lower && nouns.contains(between.get(between.size() - 1).lower());
        }
        return false;
    }

    /**
     * Whether a place's name ends a longer name the tagger did not see whole ("Environment Canada had issued a
     * warning", "Statistics Canada said"): right after a capitalised word, one space between, that is no month or
     * weekday and no part of another mention, and that opens no sentence unless it is a word of such names
     * ({@code actor-nouns.txt} name-before-place: "Yesterday Canada said" keeps its actor). Such a place is no actor.
     */
    static boolean endsLongerName(StanceLexicon lex, String text, EntityMention m, List<EntityMention> all) {
        if (!EntityType.LOCATION.is(m.type()) || m.start() < 2 || text.charAt(m.start() - 1) != ' ') {
            return false;
        }
        int end = m.start() - 1;
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        if (start == end || !Character.isUpperCase(text.charAt(start))
                || CALENDAR.contains(text.substring(start, end).toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        int s0 = start;
        if (all.stream().anyMatch(o -> o != m && o.start() <= s0 && s0 < o.end())) {
            return false;
        }
        String before = text.substring(Math.max(0, start - 3), start);
        boolean opensSentence = start == 0 || before.isBlank() || SENTENCE_OPENING.matcher(before).find();
        return !opensSentence || lex.actorNouns("name-before-place").contains(text.substring(start, end)
                .toLowerCase(java.util.Locale.ROOT));
    }

    /** What may stand right before a word that opens a sentence, a quote or a heading. */
    private static final java.util.regex.Pattern SENTENCE_OPENING =
            java.util.regex.Pattern.compile("[.!?:;\\n\u201c\"'(\u2014\u2013-]\\s*$");

    private static Set<String> calendar() {
        Set<String> out = new java.util.HashSet<>();
        for (String lang : org.dossier.text.CalendarNames.languages()) {
            out.addAll(org.dossier.text.CalendarNames.weekdays(lang).keySet());
            out.addAll(org.dossier.text.CalendarNames.monthWords(lang).keySet());
        }
        return Set.copyOf(out);
    }

    /**
     * The noun of organisations right after an organisation's name, after at most two other lower-case words
     * ("GFV transport union": "union"), or null.
     */
    static List<String> descriptorAfter(StanceLexicon lex, String text, EntityMention m) {
        Set<String> nouns = lex.actorNouns("organisation");
        if (nouns.isEmpty()) {
            return List.of();
        }
        List<Words.Tok> next = Words.of(text, m.end(), Math.min(text.length(), m.end() + 40));
        List<String> words = new ArrayList<>();
        for (int k = 0; k < next.size() && k < 3; k++) {
            Words.Tok t = next.get(k);
            if (!t.isWord() || !Character.isLowerCase(text.charAt(t.start()))
                    || !text.substring(k == 0 ? m.end() : next.get(k - 1).end(), t.start()).matches("[ \\-]")) {
                return List.of();
            }
            words.add(t.lower());
            if (nouns.contains(t.lower())) {
                return words;
            }
        }
        return List.of();
    }

    /**
     * The lower-case descriptor written right before an organisation's name, ending in a noun of organisations
     * ("environmental group Coastwatch": group; "shipping company Halvard": company), or none.
     */
    static List<String> descriptorBefore(StanceLexicon lex, String text, EntityMention m) {
        Set<String> nouns = lex.actorNouns("organisation");
        if (nouns.isEmpty() || m.start() < 2) {
            return List.of();
        }
        List<Words.Tok> prev = Words.of(text, Math.max(0, m.start() - 40), m.start());
        if (prev.isEmpty()) {
            return List.of();
        }
        Words.Tok noun = prev.get(prev.size() - 1);
        if (!noun.isWord() || !nouns.contains(noun.lower()) || !Character.isLowerCase(text.charAt(noun.start()))
                || !text.substring(noun.end(), m.start()).equals(" ")) {
            return List.of();
        }
        List<String> words = new ArrayList<>(List.of(noun.lower()));
        for (int k = prev.size() - 2; k >= 0 && words.size() < 3; k--) {
            Words.Tok t = prev.get(k);
            if (!t.isWord() || !text.substring(t.end(), prev.get(k + 1).start()).equals(" ")) {
                break;
            }
            words.add(0, t.lower());
        }
        return words;
    }
}
