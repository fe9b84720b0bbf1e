package org.dossier.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.dossier.model.RawPage;

/**
 * The ingest stage: turns paths (files or folders) into raw pages. Unreadable inputs are reported to the
 * failure sink, one per file, and the rest of the batch goes on.
 */
public interface PageSource {
    List<RawPage> read(List<Path> paths, Consumer<InputFailure> failures);
}
