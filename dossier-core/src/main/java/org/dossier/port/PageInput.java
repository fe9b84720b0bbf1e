package org.dossier.port;

import java.util.function.Consumer;
import org.dossier.model.InputFailure;
import org.dossier.model.RawPage;

/**
 * The input port: a source of raw pages (files and folders today; archives and feeds are other adapters of the
 * same port). Pages are pushed to the sink one at a time as they are read, so an input larger than memory
 * streams through; an input, or one record of it, that cannot be read is reported to the failure sink in one
 * line and the rest goes on.
 */
@FunctionalInterface
public interface PageInput {
    /** Reads every page, in a stable order, into {@code pages}; unreadable inputs go to {@code failures}. */
    void read(Consumer<RawPage> pages, Consumer<InputFailure> failures);
}
