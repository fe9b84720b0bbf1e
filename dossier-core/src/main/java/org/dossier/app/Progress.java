package org.dossier.app;

/** Receives progress from long use cases; the CLI shows it as a progress bar. A total below 0 means unknown. */
public interface Progress {
    Progress NONE = new Progress() {};

    default void start(String task, int total) {}

    default void step() {}

    default void done() {}
}
