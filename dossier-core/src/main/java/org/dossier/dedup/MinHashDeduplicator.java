package org.dossier.dedup;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.dossier.dedup.DedupEvidence.Relation;
import org.dossier.model.Article;
import org.dossier.text.TextFeatures;

/**
 * Near-duplicate detection with Lucene MinHash and LSH banding: copies ({@code duplicateOf}), reposts with other
 * chrome and translations ({@code derivedFrom}, by language-independent fingerprints). Memory is bounded by a
 * window: articles older than {@code windowDays} (when dated) or beyond {@code capacity} are forgotten.
 */
public final class MinHashDeduplicator implements Deduplicator {
    /** 32 bands of 4 of the 128 text hashes: pairs with shingle Jaccard 0.5 become candidates with p ≈ 0.87. */
    static final int TEXT_ROWS = 4;
    /** 16 bands of 2 of the 32 fingerprint hashes: fingerprints overlapping by half are candidates with p ≈ 0.99. */
    static final int FINGERPRINT_ROWS = 2;

    /** Candidates verified per index: those sharing the most bands; the best copy is among them. */
    static final int CANDIDATES = 8;

    private final CopyRules rules;
    private final int windowDays;
    private final int capacity;
    private final Signer signer = new Signer();
    private static final ThreadLocal<Signer> SIGNERS = ThreadLocal.withInitial(Signer::new);
    private final LshIndex<Entry> textIndex = new LshIndex<>(TEXT_ROWS, e -> e.sig().shingleHashes());
    private final LshIndex<Entry> fingerprintIndex = new LshIndex<>(FINGERPRINT_ROWS, e -> e.sig().fingerprintHashes());
    private final Deque<Entry> window = new ArrayDeque<>();
    private final Map<String, DedupEvidence> evidence = new HashMap<>();
    private LocalDate newest;

    /**
     * A translation is only claimed when the two texts are in different languages or one reads as a machine
     * translation (extraction's score); two native texts sharing facts are independent reports of one event.
     */
    static final double MACHINE_TRANSLATION = Article.LIKELY_MACHINE_TRANSLATION;

    /**
     * A deduplicator remembering 90 days of dated articles (reposts often carry a page date weeks after the
     * original) and at most 200,000 articles.
     */
    public MinHashDeduplicator() {
        this(CopyRules.DEFAULT, 90, 200_000);
    }

    public MinHashDeduplicator(CopyRules rules, int windowDays, int capacity) {
        this.rules = rules;
        this.windowDays = windowDays;
        this.capacity = capacity;
    }

    /** A remembered article; compared by identity (it sits in hash-based LSH buckets). */
    private static final class Entry extends LshIndex.Item {
        private final String id;
        private final String root;
        private final LocalDate date;
        private final String lang;
        private final double translationScore;
        private final TextSignature sig;

        Entry(String id, String root, LocalDate date, String lang, double translationScore, TextSignature sig) {
            this.id = id;
            this.root = root;
            this.date = date;
            this.lang = lang;
            this.translationScore = translationScore;
            this.sig = sig;
        }

        String lang() {
            return lang;
        }

        double translationScore() {
            return translationScore;
        }

        String id() {
            return id;
        }

        String root() {
            return root;
        }

        LocalDate date() {
            return date;
        }

        TextSignature sig() {
            return sig;
        }
    }

    @Override
    public Article add(Article article, TextFeatures features) {
        return add(article, features, null);
    }

    /** The signature {@link #add} computes for an article, on any thread (each thread has a signer of its own). */
    public static TextSignature sign(Article article, TextFeatures features) {
        return SIGNERS.get().sign(article.title(), article.text(), features);
    }

    @Override
    public Article add(Article article, TextFeatures features, TextSignature signed) {
        TextSignature sig = signed != null ? signed : signer.sign(article.title(), article.text(), features);
        advance(article.published());
        DedupEvidence best = null;
        Entry bestEntry = null;
        for (Entry c : candidates(sig)) {
            DedupEvidence ev = rules.judge(c.id(), sig, c.sig());
            if (ev.relation() == Relation.TRANSLATION && !translationPossible(article, c)) {
                continue;
            }
            if (ev.isCopy() && (best == null || rules.stronger(ev, best))) {
                best = ev;
                bestEntry = c;
            }
        }
        String root = bestEntry == null ? article.id() : bestEntry.root();
        remember(new Entry(article.id(), root, article.published(), article.language(), article.translationScore(), sig));
        if (best == null) {
            return article;
        }
        evidence.put(article.id(), best);
        return best.relation() == Relation.DUPLICATE
                ? article.withDuplicateOf(bestEntry.root(), null)
                : article.withDuplicateOf(null, bestEntry.root());
    }

    private static boolean translationPossible(Article a, Entry b) {
        return translationPossible(a.language(), a.translationScore(), b.lang(), b.translationScore());
    }

    /** Whether texts of these languages and machine-translation scores can be a translation of each other. */
    static boolean translationPossible(String langA, double scoreA, String langB, double scoreB) {
        boolean sameLanguage = langA != null && langA.equals(langB);
        return !sameLanguage || Math.max(scoreA, scoreB) >= MACHINE_TRANSLATION;
    }

    /** The evidence behind the mark given to an article still in the window, or null when it was not marked. */
    public DedupEvidence evidenceFor(String articleId) {
        return evidence.get(articleId);
    }

    /** The evidence for any pair of articles, independent of the window: is {@code a} a copy of {@code b}? */
    public DedupEvidence compare(Article a, Article b) {
        Signer s = new Signer();
        return rules.judge(b.id(), s.sign(a.title(), a.text(), TextFeatures.of(a.title(), a.text(), a.language())),
                s.sign(b.title(), b.text(), TextFeatures.of(b.title(), b.text(), b.language())));
    }

    @Override
    public int remembered() {
        return window.size();
    }

    private Set<Entry> candidates(TextSignature sig) {
        Set<Entry> out = new LinkedHashSet<>(textIndex.candidates(sig.shingleHashes(), CANDIDATES));
        out.addAll(fingerprintIndex.candidates(sig.fingerprintHashes(), CANDIDATES));
        return out;
    }

    private void remember(Entry e) {
        window.addLast(e);
        textIndex.add(e);
        fingerprintIndex.add(e);
        while (window.size() > capacity) {
            forget(window.removeFirst());
        }
    }

    /** Moves the clock to the newest publication date and forgets articles older than the window. */
    private void advance(LocalDate date) {
        if (date == null || (newest != null && !date.isAfter(newest))) {
            return;
        }
        newest = date;
        LocalDate cutoff = newest.minusDays(windowDays);
        while (!window.isEmpty() && window.peekFirst().date() != null && window.peekFirst().date().isBefore(cutoff)) {
            forget(window.removeFirst());
        }
    }

    private void forget(Entry e) {
        textIndex.remove(e);
        fingerprintIndex.remove(e);
        evidence.remove(e.id());
    }
}
