package org.dossier.synthesize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a sentence into clauses: stretches between commas, semicolons, colons and dashes are joined unless one
 * opens with a subordinating or relative word ("As envoys met in Oslo, two soldiers were killed in the east"
 * is two clauses); the clause words are the article's language's ({@code <lang>/clause-openers.txt}, read by
 * {@link EventWords}). Offsets are article offsets.
 */
final class Clauses {
    /** Punctuation that may end a stretch; a comma or colon between digits ("9,500", "4:17") is part of a number. */
    private static final Pattern BREAK = Pattern.compile("(?<!\\d)[,:]|[,:](?!\\d)|[;()\u2013\u2014]|\\s-\\s");
    private static final Pattern FIRST_WORD = Pattern.compile("^[\\s\"'\u201c\u201d\u00ab\u00bb]*(\\p{L}+)");

    private Clauses() {}

    /** One clause: the stretches of text that make it up (a main clause may resume after a relative one). */
    record Clause(List<int[]> parts) {
        boolean contains(int start, int end) {
            return parts.stream().anyMatch(p -> p[0] <= start && end <= p[1]);
        }
    }

    /** The clause of {@code text[from, to)} holding {@code offset}. */
    static Clause around(EventWords words, String text, int from, int to, int offset) {
        for (Clause c : split(words, text, from, to)) {
            if (c.parts().stream().anyMatch(p -> p[0] <= offset && offset < p[1])) {
                return c;
            }
        }
        return new Clause(List.of(new int[] {from, to}));
    }

    /**
     * The clauses of {@code text[from, to)}. A stretch opening with a clause word starts a clause of its own; a
     * following plain stretch resumes the clause before it ("Orlov, who led the team, said ..."). A relative word
     * opening the sentence opens no clause of its own: it is an article there ("Die Gespräche, die …, sollen …").
     */
    static List<Clause> split(EventWords words, String text, int from, int to) {
        List<int[]> pieces = new ArrayList<>();
        Matcher m = BREAK.matcher(text).region(from, to);
        int start = from;
        while (m.find()) {
            pieces.add(new int[] {start, m.start()});
            start = m.end();
        }
        pieces.add(new int[] {start, to});
        List<Clause> out = new ArrayList<>();
        Clause main = null;
        for (int[] p : pieces) {
            // a relative word opening the sentence is an article or demonstrative ("Die Gespräche, die …"): no
            // antecedent stands before it
            boolean relativeFirst = p[0] == from && opensClause(text.substring(p[0], p[1]), words.relatives);
            if (!relativeFirst && opensClause(text.substring(p[0], p[1]), words.clauseOpeners)) {
                out.add(new Clause(new ArrayList<>(List.<int[]>of(p))));
            } else if (main == null) {
                main = new Clause(new ArrayList<>(List.<int[]>of(p)));
                out.add(main);
            } else {
                main.parts().add(p);
            }
        }
        return out;
    }

    private static boolean opensClause(String piece, Set<String> openers) {
        Matcher m = FIRST_WORD.matcher(piece);
        return m.find() && openers.contains(m.group(1).toLowerCase(Locale.ROOT));
    }
}
