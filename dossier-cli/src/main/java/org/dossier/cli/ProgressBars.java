package org.dossier.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.List;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.dossier.app.Progress;
import org.dossier.input.FilePageInput;
import org.dossier.input.Inputs;

/**
 * Shows pipeline progress as a terminal progress bar on stderr, with the items per second and, when the total is
 * known, the time left; silent when stderr is not a terminal. An ingest of page files and folders knows its total
 * beforehand (one page a file); one of archives, JSON lines or feeds does not, and shows the rate only.
 */
final class ProgressBars implements Progress {
    private ProgressBar bar;
    private final long expected;

    private ProgressBars(long expected) {
        this.expected = expected;
    }

    static Progress forTerminal() {
        return System.console() != null ? new ProgressBars(-1) : Progress.NONE;
    }

    /** For an ingest of {@code paths}: the first task of unknown total takes the number of page files as total. */
    static Progress forIngest(List<Path> paths) {
        return System.console() != null ? new ProgressBars(pageFiles(paths)) : Progress.NONE;
    }

    /** How many pages the paths hold when all are page files (folders walked), else -1. */
    static long pageFiles(List<Path> paths) {
        long n = 0;
        for (Path p : paths) {
            try (Stream<Path> walk = Files.isDirectory(p) ? Files.walk(p) : Stream.of(p)) {
                for (Path f : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                    String name = f.getFileName().toString();
                    if (FilePageInput.isPageFile(name)) {
                        n++;
                    } else if (Inputs.isInputFile(name) || name.endsWith(".xml")) {
                        return -1; // an archive, JSON lines or a feed: pages not known before reading
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                return -1;
            }
        }
        return n;
    }

    @Override
    public void start(String task, int total) {
        done();
        long max = total < 0 && expected >= 0 ? expected : total;
        bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(max).setStyle(ProgressBarStyle.ASCII)
                .setUnit(task.startsWith("Analys") ? " articles" : " pages", 1).showSpeed(new DecimalFormat("#"))
                .setUpdateIntervalMillis(250).continuousUpdate().build();
    }

    @Override
    public void step() {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public void done() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
