package org.dossier.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;

/**
 * Language identification with Lingua, limited to the languages Dossier detects ({@link Languages#detected()});
 * the detector and its models are built once, on first use, and shared.
 */
public final class LinguaIdentifier implements LanguageIdentifier {
    /** Below this confidence margin the text is too short or mixed to tell. */
    private static final double MIN_DISTANCE = 0.05;
    private static final int SAMPLE_CHARS = 4000;

    private static final class Holder {
        static final LanguageDetector DETECTOR = LanguageDetectorBuilder
                .fromLanguages(Languages.detected().toArray(Language[]::new))
                .withMinimumRelativeDistance(MIN_DISTANCE)
                .withLowAccuracyMode()
                .build();
    }

    @Override
    public String identify(String text) {
        if (text == null || text.isBlank()) {
            return "und";
        }
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        Language lang = Holder.DETECTOR.detectLanguageOf(sample);
        if (lang == Language.UNKNOWN) {
            return "und";
        }
        return lang.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }
}
