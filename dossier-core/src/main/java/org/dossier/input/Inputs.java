package org.dossier.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dossier.input.feed.FeedFiles;
import org.dossier.input.feed.FeedPageInput;
import org.dossier.input.jsonl.JsonLinesPageInput;
import org.dossier.input.warc.WarcPageInput;
import org.dossier.model.InputFailure;
import org.dossier.model.RawPage;
import org.dossier.port.PageInput;

/**
 * One {@link PageInput} for the paths a user names (the arguments of {@code dossier ingest} and {@code report}),
 * read in the order given: a web archive ({@code .warc}, {@code .arc}, and their {@code .gz}) goes to
 * {@link WarcPageInput}, JSON lines ({@code .jsonl}, {@code .jsonl.gz}) to {@link JsonLinesPageInput}, a feed
 * ({@code .rss}, {@code .atom}, {@code .xml}, and their {@code .gz}) to {@link FeedPageInput} (which reports an
 * {@code .xml} named on its own that is not a feed), any other file to {@link FilePageInput} (read as a page
 * whatever its name, as before). A folder is walked in name order for all four kinds alike: page files, archives,
 * JSON lines and feeds; an {@code .xml} in a folder is read only when its root element is a feed's, and it and
 * other files are otherwise passed over; a named folder that holds none of them is one failure line.
 */
public final class Inputs {
    private Inputs() {}

    /** The input of {@code paths}; archives and feeds count the records and items they pass over into {@code skipped}. */
    public static PageInput of(List<Path> paths, SkippedRecords skipped) {
        return of(paths, skipped, item -> { });
    }

    /** The same, telling {@code feedItems} what feeds say of their items (see {@link FeedPageInput}). */
    public static PageInput of(List<Path> paths, SkippedRecords skipped,
                               Consumer<org.dossier.model.FeedItem> feedItems) {
        return of(paths, skipped, feedItems, true);
    }

    /**
     * The same input for a front end that only shows the articles ({@code dossier extract}): page files are read
     * without hashing their bytes for an id ({@link FilePageInput#withoutIds}); never for one that stores,
     * deduplicates or compares pages.
     */
    public static PageInput forShowing(List<Path> paths, SkippedRecords skipped) {
        return of(paths, skipped, item -> { }, false);
    }

    private static PageInput of(List<Path> paths, SkippedRecords skipped,
                                Consumer<org.dossier.model.FeedItem> feedItems, boolean withIds) {
        List<Path> given = List.copyOf(paths);
        return (pages, failures) -> {
            List<Path> run = new ArrayList<>(); // consecutive page files: one FilePageInput reads them on every core
            for (Path path : given) {
                if (Files.isDirectory(path)) {
                    readRun(run, withIds, pages, failures); // what the listing reports comes after the pages before it
                    List<Path> files = listInputs(path, failures);
                    if (files == null) {
                        continue;
                    }
                    if (files.isEmpty()) {
                        failures.accept(new InputFailure(path.toString(),
                                "folder holds no pages, archives, JSON lines or feeds"));
                    }
                    for (Path file : files) {
                        read(file, run, withIds, skipped, feedItems, pages, failures);
                    }
                } else {
                    read(path, run, withIds, skipped, feedItems, pages, failures);
                }
            }
            readRun(run, withIds, pages, failures);
        };
    }

    /** Reads an archive, JSON lines or a feed at once (the page files gathered before it first); gathers a page file. */
    private static void read(Path file, List<Path> run, boolean withIds, SkippedRecords skipped,
                             Consumer<org.dossier.model.FeedItem> feedItems, Consumer<RawPage> pages,
                             Consumer<InputFailure> failures) {
        PageInput other = forFile(file, skipped, feedItems);
        if (other == null) {
            run.add(file);
        } else {
            readRun(run, withIds, pages, failures);
            other.read(pages, failures);
        }
    }

    private static void readRun(List<Path> run, boolean withIds, Consumer<RawPage> pages,
                                Consumer<InputFailure> failures) {
        if (!run.isEmpty()) {
            (withIds ? new FilePageInput(run) : FilePageInput.withoutIds(run)).read(pages, failures);
            run.clear();
        }
    }

    /**
     * Whether a file in a folder is one Dossier reads by its name: a page file, a web archive, JSON lines or a
     * {@code .rss}/{@code .atom} feed (an {@code .xml} also is when its root element is a feed's, see
     * {@link FeedFiles#looksLikeFeed}).
     */
    public static boolean isInputFile(String name) {
        return FilePageInput.isPageFile(name) || WarcPageInput.isArchiveFile(name)
                || JsonLinesPageInput.isJsonLinesFile(name) || FeedFiles.isFeedFile(name);
    }

    /** The input of an archive, JSON lines or a feed; null for any other file (a page file). */
    private static PageInput forFile(Path file, SkippedRecords skipped, Consumer<org.dossier.model.FeedItem> feedItems) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (Files.isRegularFile(file) && WarcPageInput.isArchiveFile(name)) {
            return new WarcPageInput(file, skipped);
        }
        if (Files.isRegularFile(file) && JsonLinesPageInput.isJsonLinesFile(name)) {
            return new JsonLinesPageInput(file);
        }
        if (Files.isRegularFile(file) && (FeedFiles.isFeedFile(name) || FeedFiles.isXmlFile(name))) {
            return new FeedPageInput(file, skipped, feedItems);
        }
        return null; // a page file (read as a page whatever its name)
    }

    private static List<Path> listInputs(Path dir, Consumer<InputFailure> failures) {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> all = walk.sorted().toList();
            for (Path p : all) {
                if (Files.isSymbolicLink(p) && !Files.exists(p) && isInputFile(p.getFileName().toString())) {
                    failures.accept(new InputFailure(p.toString(), FilePageInput.missing(p)));
                }
            }
            return all.stream().filter(Files::isRegularFile)
                    .filter(p -> isInputFile(p.getFileName().toString()) || FeedFiles.looksLikeFeed(p))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            failures.accept(new InputFailure(dir.toString(), "cannot list folder: "
                    + (e instanceof UncheckedIOException u ? FilePageInput.reason(u.getCause()) : FilePageInput.reason((IOException) e))));
            return null;
        }
    }

    /** Reads every page of {@code input} into a list (for tests and small inputs). */
    public static List<RawPage> readAll(PageInput input, Consumer<InputFailure> failures) {
        List<RawPage> out = new java.util.ArrayList<>();
        input.read(out::add, failures);
        return out;
    }
}
