package org.dossier.annotate;

import java.util.List;

/** Whether the clause around a time expression reports the past, the present or the future, from nearby cues. */
public enum Tense {
    PAST, PRESENT, FUTURE;

    /** The kind of {@code en/tense-cues.txt} for a modal of what may be ("could"), a cue only with its verb. */
    private static final String POSSIBLE = "possible";

    /**
     * The tense of the verb group a time expression at tokens [from, to) attaches to: the nearest cue to its left
     * within its clause (a comma closes the clause), else the nearest cue to its right within the sentence, else
     * the nearest cue to its left across commas; PRESENT when the sentence has none.
     */
    static Tense around(List<TaggedToken> toks, int from, int to) {
        Tense between = betweenSubjectAndVerb(toks, from, to);
        if (between != null) {
            return between;
        }
        Tense t = scan(toks, from - 1, -1, true);
        if (t == null) {
            t = scan(toks, to, 1, false);
        }
        if (t == null) {
            t = scan(toks, from - 1, -1, false);
        }
        return t == null ? PRESENT : t;
    }

    /**
     * The past or future of the verb right after a time that stands between a noun and that verb ("after an attack
     * early Sunday shut down its systems": the attack's verb places the Sunday), or null.
     */
    private static Tense betweenSubjectAndVerb(List<TaggedToken> toks, int from, int to) {
        if (from < 1 || to >= toks.size() || toks.get(from - 1).sentence() != toks.get(to).sentence()) {
            return null;
        }
        String before = toks.get(from - 1).pos();
        String verb = toks.get(to).pos();
        if (!(before.equals("NN") || before.equals("NNS")) || !(verb.equals("VBD") || verb.equals("VBZ"))) {
            return null;
        }
        Tense t = cue(toks, to);
        return t == PRESENT ? null : t;
    }

    /** The first cue from token {@code i} in direction {@code dir}, up to the sentence's or clause's edge. */
    private static Tense scan(List<TaggedToken> toks, int i, int dir, boolean stopAtComma) {
        int sentence = toks.get(i - dir).sentence();
        int first = i;
        for (; i >= 0 && i < toks.size(); i += dir) {
            TaggedToken t = toks.get(i);
            if (t.sentence() != sentence || isClauseEnd(t) || stopAtComma && t.word().equals(",")) {
                return null;
            }
            if (dir < 0 && i < first && WordTense.ownObject(toks, i)) {
                continue; // "since 2019 this autumn": "since" places its 2019, not the autumn
            }
            if (stopAtComma && dir < 0 && participleAfterComma(toks, i)) {
                return i >= 2 ? scan(toks, i - 2, -1, false) : null; // "rose on Monday, ending above Friday's"
            }
            Tense cue = cue(toks, i);
            if (cue == FUTURE && dir < 0 && isWeakFuture(toks.get(i)) && scan(toks, i - 1, -1, stopAtComma) == PAST) {
                return PAST; // "scored nine goals before Christmas": the past verb before "before" places it
            }
            if (cue != null) {
                return cue;
            }
        }
        return null;
    }

    /**
     * Whether token {@code i} is a participle opening a clause after a comma ("rose on Monday, ending above"), one the
     * tagger read as a noun included ("this autumn, opening/NN at the arena"), or one joined by "and" / "or" to the
     * clause before ("opening on Sept. 18 and closing on Oct. 9"): no tense of its own.
     */
    private static boolean participleAfterComma(List<TaggedToken> toks, int i) {
        TaggedToken t = toks.get(i);
        if (i == 0 || toks.get(i - 1).sentence() != t.sentence()) {
            return false;
        }
        String before = toks.get(i - 1).lower();
        boolean participle = t.pos().equals("VBG") || t.pos().equals("NN") && t.lower().endsWith("ing");
        return participle && before.equals(",") || t.pos().equals("VBG") && (before.equals("and") || before.equals("or"));
    }

    private static boolean isClauseEnd(TaggedToken t) {
        String w = t.word();
        return QuoteMarks.DOUBLE.indexOf(w.charAt(0)) >= 0 || w.equals("``") || w.equals("''") || w.equals(";")
                || w.equals(":");
    }

    private static Tense cue(List<TaggedToken> toks, int i) {
        TaggedToken t = toks.get(i);
        boolean infinitive = t.pos().equals("VB") || t.pos().startsWith("JJ") && i > 0 && toks.get(i - 1).lower().equals("to");
        if (infinitive && (afterFutureModal(toks, i) || infinitiveOfFuture(toks, i))) {
            return FUTURE; // "will last from March", "is expected to last until": a verb after "will" or a future
            // infinitive's "to" is future whatever the word is a cue for (and whatever the tagger read it as: "is due
            // to last", "last" an adjective)
        }
        if (ScheduleVerbs.timetable(toks, i)) {
            return FUTURE; // "The court sits again on Monday", "Parliament votes Tuesday", "is set for Friday"
        }
        boolean modalVerb = t.pos().equals("VB") && afterModal(toks, i); // "could last": no cue "last"
        String word = modalVerb ? null : Lexicon.TENSE_CUES.get(t.lower());
        if (word == null && t.lemma() != null && !modalVerb) {
            word = Lexicon.TENSE_CUES.get(t.lemma().toLowerCase(java.util.Locale.ROOT));
        }
        if (word != null && !word.equals(POSSIBLE)) { // a modal of what may be ("could", "May") is no cue itself
            return word.equals("past") ? PAST : FUTURE;
        }
        switch (t.pos()) {
            case "VBD":
                return PAST;
            case "VBN":
                if (i > 0 && toks.get(i - 1).pos().equals("HYPH")) {
                    return null; // "second-placed", "long-awaited": a participle closing a compound adjective
                }
                if (PlannedEvents.calledInThePresentPerfect(toks, i)) {
                    return FUTURE; // "The union has called a strike on Thursday": the strike is ahead
                }
                if (i > 0 && i + 1 < toks.size() && toks.get(i - 1).word().equals(",")
                        && toks.get(i + 1).lower().equals("by")) {
                    return null; // ", followed by a vote in July": a link to the clause before, no tense of its own
                }
                return passive(toks, i);
            case "VBZ", "VBP":
                if (t.pos().equals("VBP") && !"be".equals(t.lemma()) && !"have".equals(t.lemma()) && i > 0
                        && (toks.get(i - 1).pos().equals("NNP")
                        || toks.get(i - 1).pos().equals("NN"))) {
                    return PAST; // "the river burst its banks": a base form after a singular subject is a past
                    // ("are" and "have" are no such forms: "bookings for the half-term are")
                }
                return "have".equals(t.lemma()) && i + 1 < toks.size() && nextIsParticiple(toks, i) ? PAST : PRESENT;
            case "VB":
                if (afterFutureModal(toks, i) || infinitiveOfFuture(toks, i)) {
                    return FUTURE;
                }
                return afterDoInThePast(toks, i) ? PAST : PRESENT;
            case "VBG":
                // "Shares rose on Monday, ending above Friday's close": a participle opening a clause after a comma
                // has no tense of its own; it takes its main clause's
                return participleAfterComma(toks, i) ? null : PRESENT;
            default:
                return null;
        }
    }

    /** "will be held" is future, "is held" present, "were killed" or "has been held" past. */
    private static Tense passive(List<TaggedToken> toks, int i) {
        for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
            TaggedToken t = toks.get(j);
            if (t.pos().equals("MD")) {
                return futureModal(toks, j, i) ? FUTURE : PRESENT;
            }
            if (t.pos().equals("VBZ") || t.pos().equals("VBP")) {
                return "be".equals(t.lemma()) ? PRESENT : PAST;
            }
        }
        return PAST;
    }

    /**
     * "will lead", "will not meet", "'ll soon travel": a bare verb after a future modal, adverbs skipped; also a bare
     * verb joined by "and" / "or" to such a verb ("will close … and reopen").
     */
    private static boolean afterFutureModal(List<TaggedToken> toks, int i) {
        for (int j = i - 1, seen = 0; j >= 0 && seen < 3; j--, seen++) {
            TaggedToken t = toks.get(j);
            if (t.pos().equals("MD")) {
                return futureModal(toks, j, i);
            }
            if (t.pos().equals("CC") && seen == 0) {
                return coordinatedWithFuture(toks, j);
            }
            if (!t.pos().startsWith("RB")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the modal at {@code modal} puts the verb at {@code verb} in the future: a future modal ("will"), or one
     * of what may be ("could", "might": {@code possible} in {@code en/tense-cues.txt}) neither negated nor perfect
     * ("could not be reached", "may have left" keep the tense around them).
     */
    private static boolean futureModal(List<TaggedToken> toks, int modal, int verb) {
        String kind = Lexicon.TENSE_CUES.get(toks.get(modal).lower());
        if ("future".equals(kind)) {
            return true;
        }
        if (!POSSIBLE.equals(kind)) {
            return false;
        }
        for (int j = modal + 1; j <= verb && j < toks.size(); j++) {
            String w = toks.get(j).lower();
            if (w.equals("not") || w.equals("n't") || w.equals("never") || "have".equals(toks.get(j).lemma())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWeakFuture(TaggedToken t) {
        return "weak-future".equals(Lexicon.TENSE_CUES.get(t.lower()));
    }

    /**
     * "could last until Christmas": a bare verb after a modal, adverbs skipped, whose word is then no cue of its own
     * (the verb "last" is no "last" of the past); its tense is the modal's.
     */
    private static boolean afterModal(List<TaggedToken> toks, int i) {
        for (int j = i - 1, seen = 0; j >= 0 && seen < 3; j--, seen++) {
            TaggedToken t = toks.get(j);
            if (t.pos().equals("MD")) {
                return true;
            }
            if (!t.pos().startsWith("RB")) {
                return false;
            }
        }
        return false;
    }

    /** Whether the verb before the "and" at {@code cc}, within its sentence and clause, is a future bare verb. */
    private static boolean coordinatedWithFuture(List<TaggedToken> toks, int cc) {
        for (int j = cc - 1; j >= Math.max(0, cc - 10); j--) {
            TaggedToken t = toks.get(j);
            if (t.sentence() != toks.get(cc).sentence() || t.word().equals(",") || t.word().equals(";")) {
                return false;
            }
            if (t.pos().startsWith("VB")) {
                if (t.pos().equals("VBN")) {
                    return passive(toks, j) == FUTURE; // "will be closed on Friday and reopen on Monday"
                }
                if (!t.pos().equals("VB")) {
                    return false;
                }
                for (int k = j - 1, seen = 0; k >= 0 && seen < 3; k--, seen++) {
                    TaggedToken m = toks.get(k);
                    if (m.pos().equals("MD")) {
                        return futureModal(toks, k, j);
                    }
                    if (!m.pos().startsWith("RB")) {
                        return false;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /**
     * "is expected to begin", "plans to open": an infinitive whose governing word, left in its clause, is a future
     * cue ("wanted to meet" keeps the infinitive's own reading).
     */
    private static boolean infinitiveOfFuture(List<TaggedToken> toks, int i) {
        return i >= 2 && toks.get(i - 1).lower().equals("to") && toks.get(i - 1).sentence() == toks.get(i).sentence()
                && scan(toks, i - 2, -1, true) == FUTURE;
    }

    /** "did not hide": a bare verb after "did", adverbs skipped, is past. */
    private static boolean afterDoInThePast(List<TaggedToken> toks, int i) {
        for (int j = i - 1, seen = 0; j >= 0 && seen < 3; j--, seen++) {
            TaggedToken t = toks.get(j);
            if (t.pos().equals("VBD") && "do".equals(t.lemma())) {
                return true;
            }
            if (!t.pos().startsWith("RB")) {
                return false;
            }
        }
        return false;
    }

    private static boolean nextIsParticiple(List<TaggedToken> toks, int i) {
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
