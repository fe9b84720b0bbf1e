package org.dossier.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dossier.language.LanguageIdentifier;
import org.dossier.language.Languages;
import org.dossier.language.LinguaIdentifier;
import org.dossier.model.Json;

/**
 * The language stage's cost, cold and warm, and whether a shorter sample keeps every label: reads
 * {@code extract --json} lines (their {@code text} and {@code language}), builds Lingua's detector as the stage
 * does (low accuracy, the detected languages, minimum distance 0.05), once lazily and once with its models
 * preloaded, times a first (cold) and a later (warm) pass, and for each sample length counts labels that differ
 * from the file's; then times the stage itself ({@link LinguaIdentifier}, which judges a clear opening first) and
 * counts its labels that differ.
 * Usage: LanguageBench EXTRACT.jsonl [SAMPLE_CHARS...]
 */
public final class LanguageBench {
    private LanguageBench() {
    }

    public static void main(String[] args) throws Exception {
        List<String> texts = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            JsonNode o = Json.MAPPER.readTree(line);
            texts.add(o.get("text").asText());
            labels.add(o.get("language").asText());
        }
        boolean preload = Boolean.getBoolean("preload");
        long t0 = System.nanoTime();
        LanguageDetectorBuilder b = LanguageDetectorBuilder.fromLanguages(Languages.detected().toArray(Language[]::new))
                .withMinimumRelativeDistance(0.05).withLowAccuracyMode();
        LanguageDetector d = (preload ? b.withPreloadedLanguageModels() : b).build();
        System.out.printf("build%s: %.0f ms%n", preload ? " (preloaded)" : "", (System.nanoTime() - t0) / 1e6);
        int[] samples = args.length > 1
                ? java.util.Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray() : new int[] {4000};
        for (int pass = 0; pass < 4; pass++) {
            for (int sample : samples) {
                long t = System.nanoTime();
                int differ = 0;
                for (int i = 0; i < texts.size(); i++) {
                    String text = texts.get(i);
                    String label = "und";
                    if (!text.isBlank()) {
                        Language l = d.detectLanguageOf(text.length() > sample ? text.substring(0, sample) : text);
                        label = l == Language.UNKNOWN ? "und" : l.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
                    }
                    if (!label.equals(labels.get(i))) {
                        differ++;
                    }
                }
                System.out.printf("pass %d sample %d: %.0f ms for %d texts, %d labels differ%n", pass, sample,
                        (System.nanoTime() - t) / 1e6, texts.size(), differ);
            }
        }
        LanguageIdentifier stage = new LinguaIdentifier();
        for (int pass = 0; pass < 4; pass++) {
            long t = System.nanoTime();
            int differ = 0;
            for (int i = 0; i < texts.size(); i++) {
                if (!stage.identify(texts.get(i)).equals(labels.get(i))) {
                    differ++;
                }
            }
            System.out.printf("pass %d LinguaIdentifier: %.0f ms for %d texts, %d labels differ%n", pass,
                    (System.nanoTime() - t) / 1e6, texts.size(), differ);
        }
    }
}
