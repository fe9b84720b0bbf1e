package org.dossier.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dossier.model.RawPage;

/**
 * Reads files and folders of {@code .html}, {@code .htm}, {@code .txt} and their {@code .gz}. Each page gets
 * an id from the hash of its bytes, so the same page read twice has the same id. A file that cannot be
 * used (empty, binary, truncated archive, undecodable text) is reported and skipped.
 */
public final class FilePageSource implements PageSource {

    @Override
    public List<RawPage> read(List<Path> paths, Consumer<InputFailure> failures) {
        List<RawPage> pages = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                for (Path file : listPages(path, failures)) {
                    readOne(file, failures).ifPresent(pages::add);
                }
            } else if (Files.isRegularFile(path)) {
                readOne(path, failures).ifPresent(pages::add);
            } else {
                failures.accept(new InputFailure(path.toString(), "no such file or folder"));
            }
        }
        return pages;
    }

    /** Whether a file name is one Dossier reads. */
    public static boolean isPageFile(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".txt");
    }

    private static List<Path> listPages(Path dir, Consumer<InputFailure> failures) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> isPageFile(p.getFileName().toString()))
                    .sorted()
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            failures.accept(new InputFailure(dir.toString(), "cannot list folder: " + e.getMessage()));
            return List.of();
        }
    }

    private static java.util.Optional<RawPage> readOne(Path file, Consumer<InputFailure> failures) {
        try {
            return java.util.Optional.of(PageReader.read(file));
        } catch (PageReader.BadPageException e) {
            failures.accept(new InputFailure(file.toString(), e.getMessage()));
        } catch (IOException e) {
            failures.accept(new InputFailure(file.toString(), "cannot read: " + e.getMessage()));
        }
        return java.util.Optional.empty();
    }
}
