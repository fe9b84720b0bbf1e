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
import org.dossier.parallel.InOrder;
import org.dossier.port.PageInput;

/**
 * The input adapter for files and folders of {@code .html}, {@code .htm}, {@code .txt} and their {@code .gz}:
 * folders are walked in name order; the pages are read (gunzipped, decoded, hashed) on every core, a few ahead of
 * the consumer, and handed on in that order from the calling thread, so what is held stays bounded. Each page
 * gets an id from the hash of its bytes, so the same page read twice has the same id. A file that cannot be
 * used (empty, binary, truncated archive, undecodable text) is reported and skipped.
 */
public final class FilePageInput implements PageInput {
    private final List<Path> paths;
    private final boolean withIds;

    public FilePageInput(List<Path> paths) {
        this(paths, true);
    }

    private FilePageInput(List<Path> paths, boolean withIds) {
        this.paths = List.copyOf(paths);
        this.withIds = withIds;
    }

    /**
     * The same pages with empty ids, their bytes not hashed: for a front end that only shows the articles
     * ({@code dossier extract}); never for one that stores, deduplicates or compares pages.
     */
    public static FilePageInput withoutIds(List<Path> paths) {
        return new FilePageInput(paths, false);
    }

    /** Every page the paths hold, read at once (for tests and small inputs). */
    public List<RawPage> readAll(Consumer<InputFailure> failures) {
        List<RawPage> pages = new ArrayList<>();
        read(pages::add, failures);
        return pages;
    }

    @Override
    public void read(Consumer<RawPage> pages, Consumer<InputFailure> failures) {
        if (paths.size() == 1 && Files.isRegularFile(paths.get(0))) {
            readOne(paths.get(0), withIds).deliver(pages, failures); // one file: no threads
            return;
        }
        int workers = InOrder.cores();
        try (InOrder<Read> reads = new InOrder<>("dossier-read", workers, READ_AHEAD * workers,
                r -> r.deliver(pages, failures))) {
            for (Path path : paths) {
                if (Files.isDirectory(path)) {
                    List<InputFailure> listing = new ArrayList<>(0);
                    List<Path> files = listPages(path, listing::add);
                    for (InputFailure f : listing) {
                        reads.submit(() -> new Read(null, f));
                    }
                    for (Path file : files) {
                        reads.submit(() -> readOne(file, withIds));
                    }
                } else if (Files.isRegularFile(path)) {
                    reads.submit(() -> readOne(path, withIds));
                } else {
                    InputFailure f = new InputFailure(path.toString(), missing(path));
                    reads.submit(() -> new Read(null, f));
                }
            }
            reads.finish();
        }
    }

    /** Pages read ahead of the consumer, per core. */
    private static final int READ_AHEAD = 4;

    /** One file's page, or why it has none. */
    private record Read(RawPage page, InputFailure failure) {
        void deliver(Consumer<RawPage> pages, Consumer<InputFailure> failures) {
            if (page != null) {
                pages.accept(page);
            } else {
                failures.accept(failure);
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

    private static Read readOne(Path file, boolean withId) {
        try {
            return new Read(PageReader.read(file, withId), null);
        } catch (PageReader.BadPageException e) {
            return new Read(null, new InputFailure(file.toString(), e.getMessage()));
        } catch (IOException e) {
            return new Read(null, new InputFailure(file.toString(), "cannot read: " + reason(e)));
        }
    }

    /** Why a path that is neither a folder nor a file cannot be read. */
    static String missing(Path path) {
        if (Files.isSymbolicLink(path)) {
            return "symbolic link to nothing readable (broken, or a loop)";
        }
        return Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS) ? "not a file or folder" : "no such file or folder";
    }

    /** The one-line reason of an I/O error, without the path the message repeats. */
    public static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s+", " ").trim();
    }
}
