package org.dossier.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option shared by commands that use the store. */
final class DataOption {
    @Option(names = "--data", paramLabel = "DIR", description = "Store folder (default: ${DEFAULT-VALUE}).",
            defaultValue = "dossier-data")
    Path dir;
}
