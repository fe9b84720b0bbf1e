package org.dossier.spark;

import java.io.Serializable;
import java.time.LocalDate;
import org.dossier.dedup.CopyJudge;
import org.dossier.dedup.TextSignature;

/**
 * One article as the distributed stories step moves it between tasks: its place in ingest's order ({@code seq}:
 * date, undated last, ties in input order), what clustering reads (title, text, date, language) and its dedup
 * signature (as {@link TextSignature}'s arrays). Serializable.
 */
record SignedArticle(String id, long seq, String title, String text, LocalDate published, String lang,
                     double translationScore, long[] shingleHashes, int shingles, int words, long[] numbers,
                     long[] names, int quotes, long[] fingerprintHashes) implements Serializable {

    static SignedArticle of(String id, long seq, String title, String text, LocalDate published, String lang,
                            double translationScore, TextSignature s) {
        return new SignedArticle(id, seq, title, text, published, lang, translationScore, s.shingleHashes(),
                s.shingles(), s.words(), s.numbers(), s.names(), s.quotes(), s.fingerprintHashes());
    }

    TextSignature signature() {
        return new TextSignature(shingleHashes, shingles, words, numbers, names, quotes, fingerprintHashes);
    }

    CopyJudge.Side side() {
        return new CopyJudge.Side(id, lang, translationScore, published, signature());
    }
}
