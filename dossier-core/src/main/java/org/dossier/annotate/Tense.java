package org.dossier.annotate;

import java.util.List;

/** Whether the clause around a time expression reports the past, the present or the future, from nearby cues. */
public enum Tense {
    PAST, PRESENT, FUTURE;

    /** The tense of the sentence around tokens [from, to): the nearest cue wins, future cues by one token more. */
    static Tense around(List<Tok> toks, int from, int to) {
        Tense best = null;
        int bestDistance = Integer.MAX_VALUE;
        int sentence = toks.get(from).sentence();
        for (int dir = -1; dir <= 1; dir += 2) {
            for (int i = dir < 0 ? from - 1 : to, d = 1; i >= 0 && i < toks.size(); i += dir, d++) {
                Tok t = toks.get(i);
                if (t.sentence() != sentence || QuoteMarks.DOUBLE.indexOf(t.word().charAt(0)) >= 0
                        || t.word().equals("``") || t.word().equals("''")) {
                    break;
                }
                Tense cue = cue(toks, i);
                int eff = cue == FUTURE ? d - 1 : d;
                if (cue != null && (eff < bestDistance || eff == bestDistance && cue == FUTURE)) {
                    best = cue;
                    bestDistance = eff;
                }
            }
        }
        return best == null ? PRESENT : best;
    }

    private static Tense cue(List<Tok> toks, int i) {
        Tok t = toks.get(i);
        String word = Lexicon.TENSE_CUES.get(t.lower());
        if (word == null && t.lemma() != null) {
            word = Lexicon.TENSE_CUES.get(t.lemma().toLowerCase(java.util.Locale.ROOT));
        }
        if (word != null) {
            return word.equals("future") ? FUTURE : PAST;
        }
        switch (t.pos()) {
            case "VBD":
                return PAST;
            case "VBN":
                return passive(toks, i);
            case "VBZ", "VBP":
                return "have".equals(t.lemma()) && i + 1 < toks.size() && nextIsParticiple(toks, i) ? PAST : PRESENT;
            case "VB", "VBG":
                return PRESENT;
            default:
                return null;
        }
    }

    /** "will be held" is future, "is held" present, "were killed" or "has been held" past. */
    private static Tense passive(List<Tok> toks, int i) {
        for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
            Tok t = toks.get(j);
            if (t.pos().equals("MD")) {
                return Lexicon.TENSE_CUES.containsKey(t.lower()) ? FUTURE : PRESENT;
            }
            if (t.pos().equals("VBZ") || t.pos().equals("VBP")) {
                return "be".equals(t.lemma()) ? PRESENT : PAST;
            }
        }
        return PAST;
    }

    private static boolean nextIsParticiple(List<Tok> toks, int i) {
        for (int j = i + 1; j < Math.min(toks.size(), i + 4); j++) {
            if (toks.get(j).pos().equals("VBN")) {
                return true;
            }
            if (!toks.get(j).pos().startsWith("RB")) {
                return false;
            }
        }
        return false;
    }
}
