package org.dossier.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.dossier.app.Progress;

/** Shows pipeline progress as a terminal progress bar on stderr; silent when stderr is not a terminal. */
final class ProgressBars implements Progress {
    private ProgressBar bar;

    static Progress forTerminal() {
        return System.console() != null ? new ProgressBars() : Progress.NONE;
    }

    @Override
    public void start(String task, int total) {
        done();
        bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
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
