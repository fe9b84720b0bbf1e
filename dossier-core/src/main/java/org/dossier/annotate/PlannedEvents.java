package org.dossier.annotate;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An event called or set in the present perfect, for {@link Tense}: "The union has called a strike on Thursday",
 * "Organisers have scheduled a rally on Sunday". English puts no past day on a present perfect, so the day after the
 * event noun is the event's, ahead of the article. The verbs and event nouns are rule data
 * ({@code annotate/en/planned-events.txt}).
 */
final class PlannedEvents {
    private static final List<List<String>> ROWS = org.dossier.rules.RuleFiles.table(Lexicon.class, "en",
            "planned-events.txt");
    private static final Set<String> VERBS = words("verb");
    private static final Set<String> NOUNS = words("noun");
    /** Words between the participle and the event noun: a determiner and a few modifiers ("a 48-hour national"). */
    private static final int MAX_BETWEEN = 4;

    private PlannedEvents() {}

    /** Whether token {@code i}, a past participle, calls an event its object names after a "has"/"have". */
    static boolean calledInThePresentPerfect(List<TaggedToken> toks, int i) {
        TaggedToken t = toks.get(i);
        String lemma = t.lemma() == null ? t.lower() : t.lemma().toLowerCase(Locale.ROOT);
        if (!VERBS.contains(lemma) || !afterHave(toks, i)) {
            return false;
        }
        for (int j = i + 1; j < toks.size() && j <= i + 1 + MAX_BETWEEN; j++) {
            TaggedToken w = toks.get(j);
            if (w.sentence() != t.sentence()) {
                return false;
            }
            if (NOUNS.contains(w.lower()) && w.pos().startsWith("NN")) {
                return true;
            }
            if (!(w.pos().equals("DT") || w.pos().equals("PRP$") || w.pos().startsWith("JJ") || w.pos().equals("CD")
                    || w.pos().startsWith("NN") || w.word().equals("-"))) {
                return false;
            }
        }
        return false;
    }

    /** "has called", "have now set", "has not yet called" is no call: a "has"/"have" right before, adverbs skipped. */
    private static boolean afterHave(List<TaggedToken> toks, int i) {
        for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
            TaggedToken t = toks.get(j);
            if ((t.pos().equals("VBZ") || t.pos().equals("VBP")) && "have".equals(t.lemma())) {
                return true;
            }
            if (!t.pos().startsWith("RB") || t.lower().equals("not") || t.lower().equals("n't")) {
                return false;
            }
        }
        return false;
    }

    private static Set<String> words(String kind) {
        return ROWS.stream().filter(r -> r.size() > 1 && r.get(0).equals(kind))
                .map(r -> r.get(1).toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}
