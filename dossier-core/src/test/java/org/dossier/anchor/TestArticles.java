package org.dossier.anchor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dossier.model.Article;

/** Test helper: articles from a text or a seed page, and the fixed day the anchor tests take as today. */
final class TestArticles {
    /** The "today" of the anchor tests, whatever the real date. */
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    /** A today well after the invented stories of the tests, so none of their dates lies in the future. */
    static final Clock CLOCK_FAR = Clock.fixed(LocalDate.of(2040, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant(),
            ZoneOffset.UTC);
    private static final Path SEEDS = Paths.get(System.getProperty("dossier.root", "."), "../shared/corpus/seeds");

    private TestArticles() {}

    /** An English article with only an id and a text: no page dates. */
    static Article article(String id, String text) {
        return new Article(id, null, null, null, null, null, null, null, "en", null, text, 0, null, null);
    }

    static Path seed(String prefix) throws IOException {
        try (Stream<Path> s = Files.list(SEEDS)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
    }

    /** Body paragraphs of a scraped page: lines of at least 8 words. */
    static String body(Path page) throws IOException {
        return Files.readAllLines(page, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(l -> l.split("\\s+").length >= 8).collect(Collectors.joining("\n\n"));
    }
}
