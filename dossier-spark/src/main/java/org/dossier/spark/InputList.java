package org.dossier.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The job's input list: a text file naming one input a line (a WARC or ARC archive, a JSON lines file, a feed, a
 * page file or a folder of them, as {@code dossier ingest} takes them); blank lines and lines starting with
 * {@code #} are passed over. A relative path is read against the current folder, like an argument of
 * {@code dossier ingest}; paths are made absolute on the driver, so every executor reads the same file (on a
 * cluster, a path all executors see: a shared file system).
 */
public final class InputList {
    private InputList() {}

    /** One input of the list: its place in the list (0-based) and its absolute path. */
    public record Entry(int index, String path) implements java.io.Serializable {}

    public static List<Entry> read(Path list) throws IOException {
        List<Entry> out = new ArrayList<>();
        for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            String p = line.strip();
            if (p.isEmpty() || p.startsWith("#")) {
                continue;
            }
            out.add(new Entry(out.size(), Path.of(p).toAbsolutePath().normalize().toString()));
        }
        return out;
    }
}
