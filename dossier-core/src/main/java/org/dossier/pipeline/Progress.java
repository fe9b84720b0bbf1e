package org.dossier.pipeline;

/** Receives progress from long pipeline steps; the CLI shows it as a progress bar. */
public interface Progress {
    Progress NONE = new Progress() {};

    default void start(String task, int total) {}

    default void step() {}

    default void done() {}
}
