package org.dossier.dedup;

import java.time.LocalDate;
import java.util.Arrays;
import org.dossier.dedup.DedupEvidence.Relation;

/**
 * The dedup stage's decisions for callers that find candidates themselves (a distributed job grouping articles
 * on band keys): the LSH band keys of a signature, as {@link MinHashDeduplicator} indexes it, and the judgement of
 * one candidate pair by the same {@link CopyRules}, with the same limits (a translation needs other languages or a
 * machine-translated side; articles further apart than the dedup window are not compared). Stateless.
 */
public final class CopyJudge {
    /** Candidates each article is compared with per band bucket: the newest, as a bucket of the index keeps them. */
    public static final int BUCKET_CAP = LshIndex.BUCKET_CAP;
    /** Days of dated articles dedup remembers (see {@link MinHashDeduplicator#MinHashDeduplicator()}). */
    public static final int WINDOW_DAYS = 90;

    private final CopyRules rules;

    public CopyJudge() {
        this(CopyRules.DEFAULT);
    }

    public CopyJudge(CopyRules rules) {
        this.rules = rules;
    }

    /** What the judge reads of an article: its language, machine-translation score, date (may be null), signature. */
    public record Side(String id, String lang, double translationScore, LocalDate date, TextSignature sig) {}

    /**
     * The band keys of a signature: one per band of its text hashes and one per band of its fingerprint hashes
     * (the two kept apart), as {@link MinHashDeduplicator}'s two indexes band them.
     */
    public static long[] bandKeys(TextSignature sig) {
        long[] text = new long[sig.shingleHashes().length / MinHashDeduplicator.TEXT_ROWS];
        LshIndex.bandKeys(sig.shingleHashes(), MinHashDeduplicator.TEXT_ROWS, text);
        long[] fp = new long[sig.fingerprintHashes().length / MinHashDeduplicator.FINGERPRINT_ROWS];
        LshIndex.bandKeys(sig.fingerprintHashes(), MinHashDeduplicator.FINGERPRINT_ROWS, fp);
        long[] out = Arrays.copyOf(text, text.length + fp.length);
        for (int i = 0; i < fp.length; i++) {
            out[text.length + i] = ~fp[i];
        }
        return out;
    }

    /**
     * What {@code later} is of {@code earlier} (the earlier article is the original): the evidence with its
     * relation, NONE where the pair cannot be a copy (outside the window, a translation between two native texts
     * of one language).
     */
    public DedupEvidence judge(Side later, Side earlier) {
        DedupEvidence ev = rules.judge(earlier.id(), later.sig(), earlier.sig());
        boolean apart = later.date() != null && earlier.date() != null
                && Math.abs(later.date().toEpochDay() - earlier.date().toEpochDay()) > WINDOW_DAYS;
        boolean impossible = ev.relation() == Relation.TRANSLATION && !MinHashDeduplicator.translationPossible(
                later.lang(), later.translationScore(), earlier.lang(), earlier.translationScore());
        return apart || impossible ? new DedupEvidence(ev.other(), ev.jaccard(), ev.containment(), ev.numberOverlap(),
                ev.nameOverlap(), ev.quotes(), ev.otherQuotes(), Relation.NONE) : ev;
    }

    /** Whether {@code a} is stronger evidence of a copy than {@code b} (between candidates of one article). */
    public boolean stronger(DedupEvidence a, DedupEvidence b) {
        return rules.stronger(a, b);
    }
}
