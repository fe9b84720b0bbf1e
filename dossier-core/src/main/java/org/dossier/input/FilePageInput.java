package org.dossier.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dossier.model.InputFailure;
import org.dossier.model.RawPage;
import org.dossier.port.PageInput;

/**
 * The input adapter for files and folders of {@code .html}, {@code .htm}, {@code .txt} and their {@code .gz}:
 * folders are walked in name order, and each page is read and handed on before the next is opened. Each page
 * gets an id from the hash of its bytes, so the same page read twice has the same id. A file that cannot be
 * used (empty, binary, truncated archive, undecodable text) is reported and skipped.
 */
public final class FilePageInput implements PageInput {
    private final List<Path> paths;

    public FilePageInput(List<Path> paths) {
        this.paths = List.copyOf(paths);
    }

    /** Every page the paths hold, read at once (for tests and small inputs). */
    public List<RawPage> readAll(Consumer<InputFailure> failures) {
        List<RawPage> pages = new ArrayList<>();
        read(pages::add, failures);
        return pages;
    }

    @Override
    public void read(Consumer<RawPage> pages, Consumer<InputFailure> failures) {
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                for (Path file : listPages(path, failures)) {
                    readOne(file, failures).ifPresent(pages);
                }
            } else if (Files.isRegularFile(path)) {
                readOne(path, failures).ifPresent(pages);
            } else {
                failures.accept(new InputFailure(path.toString(), "no such file or folder"));
            }
        }
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
