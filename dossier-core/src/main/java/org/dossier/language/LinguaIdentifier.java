package org.dossier.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * Language identification with Lingua, limited to the languages Dossier detects ({@link Languages#detected()});
 * the detector is built once, on first use, and shared, with its models loaded then, in parallel.
 *
 * <p>A text is judged on its first {@value #SAMPLE_CHARS} characters. To spare most of that work, a longer text
 * is first judged on its opening, up to its {@value #QUICK_LETTERS}th letter: when one language wins there by a wide margin (the
 * runner-up's relative confidence at most {@value #CLEAR_RUNNER_UP}, twice the distance below which a text is
 * "und"), that language is the answer; otherwise the full sample decides, as it always did. The two can only
 * disagree for a text whose opening is clearly in one language and whose next characters are in
 * another. Letters, not characters, measure the opening, so that a dateline or a row of figures leaves it
 * its words. Its length was chosen by measuring agreement with the labels of a 1,000-character opening
 * ({@code org.dossier.bench.LanguageAgreement}, docs/BENCHMARKS.md): every label kept on 997 texts in seven
 * languages, at a fraction of the CPU.
 */
public final class LinguaIdentifier implements LanguageIdentifier {
    /** Below this confidence margin the text is too short or mixed to tell. */
    private static final double MIN_DISTANCE = 0.05;
    private static final int SAMPLE_CHARS = 4000;
    /** The opening judged first: this many letters, with whatever else stands between them. */
    private static final int QUICK_LETTERS = 200;
    /** The runner-up's relative confidence on the opening at or below which the opening's winner is taken. */
    private static final double CLEAR_RUNNER_UP = 1.0 - 2 * MIN_DISTANCE;

    private final int openingLetters;

    /** The stage as the chain runs it. */
    public LinguaIdentifier() {
        this(QUICK_LETTERS);
    }

    /** The stage judging a clear opening of {@code openingLetters} letters first (for measuring other lengths). */
    public LinguaIdentifier(int openingLetters) {
        this.openingLetters = openingLetters;
    }

    private static final class Holder {
        static final LanguageDetector DETECTOR = LanguageDetectorBuilder
                .fromLanguages(Languages.detected().toArray(Language[]::new))
                .withMinimumRelativeDistance(MIN_DISTANCE)
                .withLowAccuracyMode()
                .withPreloadedLanguageModels()
                .build();
    }

    @Override
    public String identify(String text) {
        if (text == null || text.isBlank()) {
            return "und";
        }
        int opening = openingEnd(text, openingLetters);
        if (opening < text.length()) {
            Language clear = clearWinner(Holder.DETECTOR.computeLanguageConfidenceValues(text.substring(0, opening)));
            if (clear != null) {
                return code(clear);
            }
        }
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        return code(Holder.DETECTOR.detectLanguageOf(sample));
    }

    /**
     * Where the opening ends: just after its {@code letters}-th letter (digits, punctuation and spaces do not
     * count, so a dateline or a row of figures does not take the opening's place), or the text's length when it
     * has fewer letters.
     */
    static int openingEnd(String text, int letters) {
        int seen = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i)) && ++seen == letters) {
                return i + 1;
            }
        }
        return text.length();
    }

    /** The most likely language when the runner-up is far behind (or there is none), else null. */
    private static Language clearWinner(SortedMap<Language, Double> confidences) {
        Iterator<Map.Entry<Language, Double>> ranked = confidences.entrySet().iterator();
        if (!ranked.hasNext()) {
            return null;
        }
        Language first = ranked.next().getKey();
        if (first == Language.UNKNOWN) {
            return null;
        }
        return !ranked.hasNext() || ranked.next().getValue() <= CLEAR_RUNNER_UP ? first : null;
    }

    private static String code(Language lang) {
        return lang == Language.UNKNOWN ? "und" : lang.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }
}
