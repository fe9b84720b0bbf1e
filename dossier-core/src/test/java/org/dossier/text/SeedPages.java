package org.dossier.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.model.Article;

/**
 * Test helper shared by the dedup and clustering tests: the seed pages as plain articles (file text minus blank
 * lines, one paragraph per line).
 */
public final class SeedPages {
    public static final Path DIR = Path.of("../shared/corpus/seeds");

    private SeedPages() {}

    public static List<Article> articles() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().map(SeedPages::article).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The non-blank lines of a seed page, trimmed. */
    public static List<String> lines(Path p) {
        try {
            return Files.readAllLines(p).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Article article(Path p) {
        return article(p.getFileName().toString(), lines(p));
    }

    /** An article whose first line is the title and whose lines are the paragraphs. */
    public static Article article(String id, List<String> lines) {
        return new Article(id, id, null, lines.get(0), List.of(), null, List.of(), null, "en", List.of(),
                String.join("\n\n", lines), 0, null, null);
    }
}
