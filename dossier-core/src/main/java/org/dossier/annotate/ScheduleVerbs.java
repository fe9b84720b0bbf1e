package org.dossier.annotate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dossier.text.CalendarNames;

/**
 * The simple present of a timetable, for {@link Tense}: "The court sits again on Monday", "Parliament votes Tuesday",
 * "Talks begin on Monday", "The vote is set for Friday" speak of a day ahead, where another present ("Police say the
 * fire started on Monday") leaves the choice to the clause's other cues. The verbs, the words after a present verb that
 * make it one ("again") and the planning participles ("set to") are rule data ({@code annotate/en/schedule-verbs.txt}).
 */
final class ScheduleVerbs {
    private static final List<List<String>> ROWS = org.dossier.rules.RuleFiles.table(Lexicon.class, "en",
            "schedule-verbs.txt");
    private static final Set<String> VERBS = words("verb");
    private static final Set<String> SIGNALS = words("signal");
    private static final Set<String> HABITS = words("habit");
    private static final Map<String, Set<String>> PLANS = pairs("plan");
    private static final Map<String, Set<String>> DEADLINES = pairs("deadline");
    private static final Set<String> WEEKDAYS = CalendarNames.weekdays("en").keySet();
    private static final Set<String> SUBJECT_TAGS = Set.of("NNP", "NNPS", "NNS", "NN", "PRP");
    /** Verbs whose present is no timetable, whatever follows them. */
    private static final Set<String> NO_TIMETABLE = Set.of("be", "have", "do");

    private ScheduleVerbs() {}

    /** Whether token {@code i} is the verb of a timetable's simple present (or a planning "is set to"). */
    static boolean timetable(List<TaggedToken> toks, int i) {
        TaggedToken t = toks.get(i);
        boolean participle = t.pos().equals("VBN") || t.pos().equals("JJ") && PLANS.containsKey(t.lower()); // "due to"
        return participle ? planned(toks, i) : presentOfTimetable(toks, i) && !habitual(toks, i);
    }

    private static boolean presentOfTimetable(List<TaggedToken> toks, int i) {
        TaggedToken t = toks.get(i);
        String lemma = lemma(t);
        switch (t.pos()) {
            case "VBZ", "VBP":
                if (VERBS.contains(lemma) || i + 1 < toks.size() && DEADLINES.getOrDefault(lemma, Set.of())
                        .contains(toks.get(i + 1).lower())) {
                    return true; // "Exporters have until Friday to file": a deadline ahead
                }
                return !NO_TIMETABLE.contains(lemma) && !Lexicon.REPORTING_VERBS.contains(lemma) && signalAfter(toks, i);
            case "VB":
                return VERBS.contains(lemma) && i > 0 && SUBJECT_TAGS.contains(toks.get(i - 1).pos())
                        && sameSentence(toks, i - 1, i); // "Ashcombe City play at home": a present the tagger left bare
            case "NNS":
                return VERBS.contains(lemma) && i > 0 && toks.get(i - 1).pos().startsWith("NNP")
                        && sameSentence(toks, i - 1, i) && weekdayNext(toks, i); // "Parliament votes Tuesday"
            case "NN":
                return VERBS.contains(lemma) && i > 0 && toks.get(i - 1).pos().startsWith("NNP")
                        && sameSentence(toks, i - 1, i) && weekdayAhead(toks, i); // "Pupils in Wyndham return to"
            case "JJ":
                return VERBS.contains(lemma) && pluralSubjectOpening(toks, i - 1); // "Polls open at 7 a.m. on Sunday"
            default:
                return false;
        }
    }

    /**
     * "is set to", "are slated for": a planning participle after a present "be", before its word; or right after the
     * noun of a sentence with no verb before it, as headlines write it ("Rail strike set for Friday").
     */
    private static boolean planned(List<TaggedToken> toks, int i) {
        Set<String> next = PLANS.get(toks.get(i).lower());
        if (next == null || i + 1 >= toks.size() || !next.contains(toks.get(i + 1).lower())) {
            return false;
        }
        for (int j = i - 1; j >= Math.max(0, i - 3) && sameSentence(toks, j, i); j--) {
            TaggedToken t = toks.get(j);
            if (t.pos().equals("VBZ") || t.pos().equals("VBP")) {
                return "be".equals(lemma(t));
            }
            if (t.pos().startsWith("NN")) {
                return noVerbBefore(toks, j); // "Rail strike set for Friday": a headline drops its "is"
            }
            if (!t.pos().startsWith("RB")) {
                return false;
            }
        }
        return false;
    }

    /** Whether no verb or modal stands in the sentence of token {@code j} up to it. */
    private static boolean noVerbBefore(List<TaggedToken> toks, int j) {
        for (int k = j; k >= 0 && sameSentence(toks, k, j); k--) {
            if (toks.get(k).pos().startsWith("VB") || toks.get(k).pos().equals("MD")) {
                return false;
            }
        }
        return true;
    }

    /** Whether the clause of token {@code i} (between commas, in its sentence) holds a word of habit ("each"). */
    private static boolean habitual(List<TaggedToken> toks, int i) {
        for (int dir = -1; dir <= 1; dir += 2) {
            for (int j = i + dir; j >= 0 && j < toks.size() && sameSentence(toks, i, j); j += dir) {
                String w = toks.get(j).lower();
                if (w.equals(",") || w.equals(";") || w.equals(":")) {
                    break;
                }
                if (HABITS.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A signal word ("again") within the six words after the verb, in its clause ("questions the chairman again"). */
    private static boolean signalAfter(List<TaggedToken> toks, int i) {
        for (int j = i + 1; j < Math.min(toks.size(), i + 7) && sameSentence(toks, i, j); j++) {
            String w = toks.get(j).lower();
            if (w.equals(",") || w.equals(";") || w.equals(":")) {
                return false;
            }
            if (SIGNALS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The weekday right after token {@code i}, or after "on" there. */
    private static boolean weekdayNext(List<TaggedToken> toks, int i) {
        int j = i + 1;
        if (j < toks.size() && toks.get(j).lower().equals("on")) {
            j++;
        }
        return j < toks.size() && sameSentence(toks, i, j) && WEEKDAYS.contains(toks.get(j).lower());
    }

    /**
     * A weekday within the few words after token {@code i}, past nothing but prepositions, determiners and nouns
     * ("return to school on Thursday"): the verb's own day.
     */
    private static boolean weekdayAhead(List<TaggedToken> toks, int i) {
        for (int j = i + 1; j < Math.min(toks.size(), i + 6) && sameSentence(toks, i, j); j++) {
            TaggedToken t = toks.get(j);
            if (WEEKDAYS.contains(t.lower())) {
                return true;
            }
            if (!t.pos().equals("IN") && !t.pos().equals("TO") && !t.pos().equals("DT") && !t.pos().startsWith("NN")) {
                return false;
            }
        }
        return false;
    }

    private static boolean sameSentence(List<TaggedToken> toks, int a, int b) {
        return toks.get(a).sentence() == toks.get(b).sentence();
    }

    private static String lemma(TaggedToken t) {
        return t.lemma() == null ? t.lower() : t.lemma().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether token {@code i} is a plural noun that opens its sentence, alone or after a determiner ("Polls",
     * "The doors"): the subject of the adjective-tagged verb after it.
     */
    private static boolean pluralSubjectOpening(List<TaggedToken> toks, int i) {
        if (i < 0 || !toks.get(i).pos().equals("NNS") && !toks.get(i).pos().equals("NNPS")) {
            return false;
        }
        return i == 0 || !sameSentence(toks, i - 1, i)
                || toks.get(i - 1).pos().equals("DT") && (i == 1 || !sameSentence(toks, i - 2, i - 1));
    }

    private static Map<String, Set<String>> pairs(String kind) {
        return ROWS.stream().filter(r -> r.get(0).equals(kind)).collect(Collectors.groupingBy(r -> r.get(1),
                Collectors.mapping(r -> r.get(2), Collectors.toSet())));
    }

    private static Set<String> words(String kind) {
        return ROWS.stream().filter(r -> r.get(0).equals(kind)).map(r -> r.get(1)).collect(Collectors.toSet());
    }
}
