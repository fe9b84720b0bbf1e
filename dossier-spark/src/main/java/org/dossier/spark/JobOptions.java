package org.dossier.spark;

import java.nio.file.Path;

/**
 * The job's command line: {@code --input LIST} (the input list file), {@code --out DIR} (the output folder; it must
 * not hold the tables already), {@code --master URL} (optional; {@code spark-submit} sets it otherwise) and
 * {@code --partitions N} (optional; default one partition per input of the list); for the stories step
 * {@code --stories auto|distributed|driver} (default auto: the driver up to {@link #DRIVER_MAX} articles), {@code --window-days N} (the clustering window of
 * the distributed step, default 30) and {@code --clustering batch|incremental} (how each window is clustered:
 * as ingest, the default, or as {@code dossier cluster}); {@code --analysis no} stops after the stories (no per-story
 * dossiers: for measuring the stories alone).
 */
public record JobOptions(String master, Path input, Path out, int partitions, StoriesStep.Mode stories, int windowDays,
                         boolean batch, boolean analysis) {
    /**
     * The most distinct articles {@code --stories auto} places on the driver (exactly as ingest does; one id pair per
     * article held there); a larger input is placed by the distributed step.
     */
    public static final long DRIVER_MAX = 100_000;

    /** Days of one clustering window of the distributed stories step. */
    public static final int WINDOW_DAYS = 30;

    public static final String USAGE =
            "usage: DossierJob [--master URL] --input LIST --out DIR [--partitions N] [--stories auto|distributed|driver]"
                    + " [--window-days N] [--clustering batch|incremental] [--analysis yes|no]";

    /** The options of {@code args}; an {@link IllegalArgumentException} says what is wrong with them. */
    public static JobOptions parse(String... args) {
        String master = null;
        Path input = null;
        Path out = null;
        int partitions = 0;
        StoriesStep.Mode stories = StoriesStep.Mode.AUTO;
        int windowDays = WINDOW_DAYS;
        boolean batch = false;
        boolean analysis = true;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-h") || a.equals("--help")) {
                throw new IllegalArgumentException(USAGE);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value of " + a + "\n" + USAGE);
            }
            String v = args[++i];
            switch (a) {
                case "--master" -> master = v;
                case "--input" -> input = Path.of(v);
                case "--out" -> out = Path.of(v);
                case "--partitions" -> {
                    try {
                        partitions = Integer.parseInt(v);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--partitions takes a number, not " + v);
                    }
                    if (partitions < 1) {
                        throw new IllegalArgumentException("--partitions takes a number of at least 1");
                    }
                }
                case "--stories" -> stories = switch (v) {
                    case "auto" -> StoriesStep.Mode.AUTO;
                    case "distributed" -> StoriesStep.Mode.DISTRIBUTED;
                    case "driver" -> StoriesStep.Mode.DRIVER;
                    default -> throw new IllegalArgumentException("--stories takes auto, distributed or driver, not " + v);
                };
                case "--clustering" -> batch = switch (v) {
                    case "batch" -> true;
                    case "incremental" -> false;
                    default -> throw new IllegalArgumentException("--clustering takes batch or incremental, not " + v);
                };
                case "--analysis" -> analysis = switch (v) {
                    case "yes" -> true;
                    case "no" -> false;
                    default -> throw new IllegalArgumentException("--analysis takes yes or no, not " + v);
                };
                case "--window-days" -> {
                    try {
                        windowDays = Integer.parseInt(v);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--window-days takes a number, not " + v);
                    }
                    if (windowDays < 1) {
                        throw new IllegalArgumentException("--window-days takes a number of at least 1");
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + a + "\n" + USAGE);
            }
        }
        if (input == null || out == null) {
            throw new IllegalArgumentException("--input and --out are needed\n" + USAGE);
        }
        return new JobOptions(master, input, out, partitions, stories, windowDays, batch, analysis);
    }
}
