package org.dossier.synthesize.positions;

import java.util.List;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.EntityMention;

/**
 * The names that can be a stance word's subject, for {@link StanceReader}: the name a possessive ends ("X's offer"),
 * the name opening a clause after a subordinator, and the subject-like names of a stretch of tokens ({@link
 * Actors#subjectLike}), each the actor it denotes in its article. Pure given the story's {@link Actors}.
 */
final class SubjectNames {
    private final Actors actors;

    SubjectNames(Actors actors) {
        this.actors = actors;
    }

    /** The actor whose name the possessive token ends ("Peru's"), or null. */
    Actors.Actor possessor(AnnotatedArticle a, List<EntityMention> mentions, Words.Tok possessive) {
        for (EntityMention m : mentions) {
            if (m.end() > possessive.start() && m.end() <= possessive.end() && m.end() >= possessive.end() - 2) {
                return actors.of(a.id(), m);
            }
        }
        return null;
    }

    /**
     * The name that opens a clause after a subordinator ("after the union rejected"): the first name among tokens
     * [from, to) that no possessive ends, taken although a preposition's object would stand there too.
     */
    Actors.Actor clauseSubject(AnnotatedArticle a, String text, List<Words.Tok> toks, int from, int to, int at,
                                       List<EntityMention> mentions, List<int[]> quotes) {
        for (int k = from; k < to; k++) {
            Words.Tok t = toks.get(k);
            for (EntityMention m : mentions) {
                String after = text.substring(m.end(), Math.min(text.length(), m.end() + 2));
                if (m.start() == t.start() && m.end() <= at && !Words.inside(quotes, m.start())
                        && !after.startsWith("'") && !after.startsWith("\u2019")) {
                    Actors.Actor x = actors.of(a.id(), m);
                    if (x != null) {
                        return x;
                    }
                }
            }
        }
        return null;
    }

    /** The first subject-like name among tokens [from, to), or null. */
    Actors.Actor nameIn(AnnotatedArticle a, StanceLexicon lex, String text, List<Words.Tok> toks, int from,
                                int to, int at, List<EntityMention> mentions, List<int[]> quotes) {
        for (int k = from; k < to; k++) {
            Actors.Actor x = nameAt(a, lex, text, toks.get(k), at, mentions, quotes, "any");
            if (x != null) {
                return x;
            }
        }
        return null;
    }

    /**
     * The actor a subject-like name starting at token {@code t} denotes, or null; {@code kind} "person" takes only a
     * person, "thing" only an organisation or country, "any" either (as the pronoun standing for it says).
     */
    Actors.Actor nameAt(AnnotatedArticle a, StanceLexicon lex, String text, Words.Tok t, int at,
                                List<EntityMention> mentions, List<int[]> quotes, String kind) {
        for (EntityMention m : mentions) {
            if ((m.start() == t.start() || Words.afterElision(text, t, m)) && m.end() <= at
                    && Actors.subjectLike(text, m, mentions, lex, quotes)) {
                Actors.Actor x = actors.of(a.id(), m);
                if (x != null && (kind.equals("any") || x.person() == kind.equals("person"))) {
                    return x;
                }
            }
        }
        return null;
    }
}
