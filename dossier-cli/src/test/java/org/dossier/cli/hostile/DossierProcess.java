package org.dossier.cli.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code dossier} process (java from this JVM's home, the test class path, the CLI's main class) with its
 * output in files, for tests that must see exit codes and stderr as a user does or must kill the process.
 */
final class DossierProcess {
    private final Process process;
    private final Path out;
    private final Path err;

    private DossierProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** Starts {@code dossier ARGS} with a heap of {@code heap} (e.g. "768m"); output goes to files in {@code logs}. */
    static DossierProcess start(Path logs, String heap, List<String> prefix, String... args) throws IOException {
        Files.createDirectories(logs);
        List<String> cmd = new ArrayList<>(prefix);
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + heap);
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-cp");
        cmd.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        cmd.add("org.dossier.cli.DossierCli");
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(logs, "out", ".txt");
        Path err = Files.createTempFile(logs, "err", ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new DossierProcess(p, out, err);
    }

    static DossierProcess start(Path logs, String heap, String... args) throws IOException {
        return start(logs, heap, List.of(), args);
    }

    /** Waits for the end (at most {@code seconds}) and returns the exit code. */
    int waitFor(long seconds) throws InterruptedException, IOException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("dossier did not finish in " + seconds + " s; stderr: " + err());
        }
        return process.exitValue();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** SIGKILL, as {@code kill -9}: no shutdown hook, no flush. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    String out() throws IOException {
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    String err() throws IOException {
        return Files.readString(err, StandardCharsets.UTF_8);
    }
}
