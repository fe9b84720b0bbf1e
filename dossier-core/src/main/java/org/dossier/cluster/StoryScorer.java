package org.dossier.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How similar a document is to an open story (and two stories to each other) under the clusterer's parameters:
 * centroid cosines of lexical terms and of name and number keys, within the story's time window.
 */
final class StoryScorer {
    /**
     * When both sides name people, places or dates, an event needs at least this cosine of their keys: a story
     * about other names is another event however similar the topic words (tuned on ECB+ dev with the rest).
     */
    static final double KEY_GATE = 0.1;

    /**
     * Across languages a story and a document must share at least this many keys seen in more than one language,
     * one of them a name: a number or a date alone (a "300" in an unrelated page of another language) is no anchor.
     */
    static final int SHARED_KEYS = 2;

    private final ClusterParams params;
    /** Whether a key was seen in documents of more than one language (the document frequencies know). */
    private final java.util.function.IntPredicate multilingual;

    StoryScorer(ClusterParams params) {
        this(params, id -> true);
    }

    /** Whether a key is a name ({@code e:}); null: across languages any keys anchor (no {@link #SHARED_KEYS} test). */
    private final java.util.function.IntPredicate names;

    StoryScorer(ClusterParams params, java.util.function.IntPredicate multilingual) {
        this(params, multilingual, null);
    }

    StoryScorer(ClusterParams params, java.util.function.IntPredicate multilingual, java.util.function.IntPredicate names) {
        this.params = params;
        this.multilingual = multilingual;
        this.names = names;
    }

    /** A story's similarity to a document, with its two parts. */
    record Match(OpenStory story, double similarity, double lexical, double keys) {}

    /** The candidates within the time window, most similar first. */
    List<Match> matches(List<OpenStory> candidates, DocVector v) {
        List<Match> out = new ArrayList<>();
        for (OpenStory s : candidates) {
            if (withinWindow(s, v.date())) {
                out.add(score(s, v));
            }
        }
        out.sort(Comparator.comparingDouble(Match::similarity).reversed());
        return out;
    }

    /** The most similar candidate within the time window with both parts computed (for explanations), or null. */
    Match best(List<OpenStory> candidates, DocVector v) {
        Match best = null;
        for (OpenStory s : candidates) {
            if (!withinWindow(s, v.date())) {
                continue;
            }
            Match m = score(s, v, true);
            if (best == null || m.similarity() > best.similarity()) {
                best = m;
            }
        }
        return best;
    }

    /**
     * Same language: a mix of lexical and key cosine. Other language: only names and numbers are comparable, so
     * the key cosine alone decides, over the keys seen in more than one language. The lexical cosine, the costlier part, is left at 0 where it cannot count:
     * the keys disagree or the languages differ. A document of one of the languages of a story that holds several is
     * read both ways, the closer counting ({@link #heldInOtherLanguages}).
     */
    Match score(OpenStory s, DocVector v) {
        return score(s, v, false);
    }

    /** As {@link #score(OpenStory, DocVector)}; {@code bothParts} computes the lexical part even where it does not count. */
    private Match score(OpenStory s, DocVector v, boolean bothParts) {
        boolean sameLanguage = v.lang() == null || s.languages.isEmpty() || s.languages.contains(v.lang());
        // Across languages only the keys that several languages write alike are anchors: a language that
        // capitalises its nouns (German) would otherwise fill the key vector with words no other language shares.
        double key = sameLanguage ? s.keys.cosineWithUnit(v.keys()) : acrossLanguages(s, v);
        boolean keysDisagree = key < KEY_GATE && !v.keys().isEmpty() && s.keys.size() > 0;
        boolean lexicalCounts = sameLanguage && !keysDisagree;
        double lex = lexicalCounts || bothParts ? lexical(s, v) : 0;
        double sim = keysDisagree ? 0 : sameLanguage
                ? (1 - params.keyWeight()) * lex + params.keyWeight() * key
                : key * params.crossLingualFactor();
        if (sameLanguage && !keysDisagree && names != null && heldInOtherLanguages(s, v)) {
            double across = acrossLanguages(s, v) * params.crossLingualFactor();
            if (across > sim) {
                return new Match(s, across, lex, across);
            }
        }
        return new Match(s, sim, lex, key);
    }

    /**
     * Whether the story holds reports of a language besides the document's: then the document is also compared with
     * it as a document of another language would be (the names and numbers several languages write, anchored), and
     * the closer reading counts. A story a report of another language joined by its names takes a follow-up of the
     * first language naming them too, as it would were that report alone, however far the follow-up's words have
     * moved from the first reports' (a dispute's later days: a deal, not the talks).
     */
    private static boolean heldInOtherLanguages(OpenStory s, DocVector v) {
        return v.lang() != null && s.languages.size() > 1;
    }

    /**
     * The lexical cosine of a document with the story: with the whole centroid, or with its own language's part where
     * the story holds several languages and that reads closer (English reports do not dilute a German one's words).
     */
    private static double lexical(OpenStory s, DocVector v) {
        double whole = s.lexical.cosineWithUnit(v.lexical());
        SparseVector own = s.lexicalFor(v.lang());
        return own == s.lexical ? whole : Math.max(whole, own.cosineWithUnit(v.lexical()));
    }

    /** The key cosine over the keys seen in more than one language; 0 unless the two are {@link #anchored}. */
    private double acrossLanguages(OpenStory s, DocVector v) {
        return names == null || anchored(s, v) ? s.keys.cosineWithUnitOver(v.keys(), multilingual) : 0;
    }

    /** Whether the document shares with the story {@link #SHARED_KEYS} keys seen in several languages, one a name. */
    boolean anchored(OpenStory s, DocVector v) {
        int shared = 0;
        boolean name = false;
        for (int id : v.keys().ids()) {
            if (multilingual.test(id) && s.keys.holds(id)) {
                shared++;
                name |= names.test(id);
            }
        }
        return name && shared >= SHARED_KEYS;
    }

    /** Whether two stories' centroids are similar enough for them to be one story. */
    boolean sameStory(OpenStory a, OpenStory b) {
        return centroidSimilarity(a, b) >= params.mergeThreshold();
    }

    /**
     * How well a story settles into another at the end of a batch, or 0 where it does not: they share a language,
     * fall within each other's time window, their names do not disagree ({@link #KEY_GATE}), and their centroid
     * similarity reaches the least similarity of two stories of one language clustered apart
     * ({@link CentroidMerge#ACROSS_PARTS}), or, where one is a single document, the least at which a batch's
     * second pass moves a document left alone ({@link SecondPass#LONE_DOCUMENT_JOIN}). Both were tuned on ECB+ dev
     * for those passes and are kept: through ingest, B³ F1 on ECB+ dev 0.810 → 0.868 and on the same-language set
     * 0.783 → 0.968 (docs/BENCHMARKS.md).
     */
    double settleSimilarity(OpenStory a, OpenStory b) {
        boolean shareLanguage = a.languages.isEmpty() || b.languages.isEmpty()
                || a.languages.stream().anyMatch(b.languages::contains);
        if (!shareLanguage || !withinWindow(a, b)) {
            return 0;
        }
        double least = Math.min(a.members.size(), b.members.size()) == 1 ? SecondPass.LONE_DOCUMENT_JOIN
                : CentroidMerge.ACROSS_PARTS;
        boolean keysDisagree = a.keys.size() > 0 && b.keys.size() > 0 && a.keys.cosine(b.keys) < KEY_GATE;
        double sim = keysDisagree ? 0 : centroidSimilarity(a, b);
        return sim >= least ? sim : 0;
    }

    /** Whether two stories' date ranges come within the time window of each other (unknown dates: yes). */
    private boolean withinWindow(OpenStory a, OpenStory b) {
        if (a.firstDate == null || b.firstDate == null) {
            return true;
        }
        int w = params.windowDays();
        return !a.firstDate.minusDays(w).isAfter(b.lastDate) && !b.firstDate.minusDays(w).isAfter(a.lastDate);
    }

    /** The similarity of two stories' centroids: lexical and key cosine, mixed by the key weight. */
    double centroidSimilarity(OpenStory a, OpenStory b) {
        return a.lexical.cosine(b.lexical) * (1 - params.keyWeight()) + a.keys.cosine(b.keys) * params.keyWeight();
    }

    /** Whether a document of this date (null: unknown) falls within the story's window. */
    boolean withinWindow(OpenStory s, LocalDate date) {
        return date == null || s.lastDate == null
                || (!date.isBefore(s.firstDate.minusDays(params.windowDays()))
                    && !date.isAfter(s.lastDate.plusDays(params.windowDays())));
    }
}
