package org.dossier.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one file per name suffix that the reader targets of {@link ReaderFuzzTest} write each input to, overwritten
 * by the next: in memory ({@code /dev/shm}) where the machine has it, else in the temporary folder; deleted when the
 * JVM exits. Creating and deleting a temporary file per input cost more than the read itself (about 4 ms of 5 on a
 * disk file system), so a fuzz run spent its time in the file system. One thread at a time (fuzzers run one input
 * at a time).
 */
final class Scratch {
    private static final Map<String, Path> FILES = new ConcurrentHashMap<>();

    private Scratch() {}

    static Path file(String suffix) {
        return FILES.computeIfAbsent(suffix, Scratch::create);
    }

    private static Path create(String suffix) {
        try {
            Path shm = Path.of("/dev/shm");
            Path f = Files.isDirectory(shm) && Files.isWritable(shm)
                    ? Files.createTempFile(shm, "dossier-fuzz", suffix)
                    : Files.createTempFile("dossier-fuzz", suffix);
            f.toFile().deleteOnExit();
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
