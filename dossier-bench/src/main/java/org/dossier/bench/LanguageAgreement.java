package org.dossier.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.extract.Extractor;
import org.dossier.chain.StandardStages;
import org.dossier.input.FilePageInput;
import org.dossier.language.LanguageIdentifier;
import org.dossier.language.LinguaIdentifier;
import org.dossier.model.Json;
import org.dossier.model.RawPage;

/**
 * Whether a shorter opening keeps the language stage's labels, and what it saves: reads texts (the {@code text}
 * of JSON lines files, or the articles of the pages of a folder), labels each with the stage as configured by
 * default and with the stage judging a clear opening of each length given, and prints per length the labels that
 * differ (each named), the share of texts decided by the opening alone and the CPU time per text (warm).
 * The reference labels come from a file the stage of another build wrote ({@code labels} mode), so that the
 * labels of one commit can be compared with another's.
 * Usage: LanguageAgreement labels (FILE.jsonl | FOLDER)... &gt; LABELS.tsv   (the default stage's label per text)
 *        LanguageAgreement OPENING_LETTERS,... LABELS.tsv (FILE.jsonl | FOLDER)...
 */
public final class LanguageAgreement {
    private LanguageAgreement() {
    }

    public static void main(String[] args) throws Exception {
        List<String> names = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        Extractor extractor = new StandardStages(Clock.systemUTC()).extractor();
        boolean write = args[0].equals("labels");
        for (int a = write ? 1 : 2; a < args.length; a++) {
            Path p = Path.of(args[a]);
            if (Files.isDirectory(p)) {
                List<Path> files;
                try (Stream<Path> s = Files.list(p)) {
                    files = s.sorted().toList();
                }
                for (RawPage page : FilePageInput.withoutIds(files).readAll(f -> System.err.println(f))) {
                    try {
                        texts.add(extractor.extract(page).text());
                        names.add(page.source());
                    } catch (Exception e) {
                        System.err.println(page.source() + ": " + e.getMessage());
                    }
                }
            } else {
                int line = 0;
                for (String l : Files.readAllLines(p)) {
                    line++;
                    JsonNode o = Json.MAPPER.readTree(l);
                    texts.add(o.get("text").asText());
                    names.add(p.getFileName() + ":" + line);
                }
            }
        }
        LanguageIdentifier reference = new LinguaIdentifier();
        if (write) {
            for (int i = 0; i < texts.size(); i++) {
                System.out.println(names.get(i) + "\t" + reference.identify(texts.get(i)));
            }
            return;
        }
        List<String> labels = new ArrayList<>();
        for (String l : Files.readAllLines(Path.of(args[1]))) {
            labels.add(l.substring(l.lastIndexOf('\t') + 1));
        }
        if (labels.size() != texts.size()) {
            throw new IllegalArgumentException(args[1] + ": " + labels.size() + " labels for " + texts.size() + " texts");
        }
        System.out.printf("%d texts; reference labels: %s%n", texts.size(), counts(labels));
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<Integer> openings = new ArrayList<>();
        for (String s : args[0].split(",")) {
            openings.add(Integer.parseInt(s));
        }
        for (int pass = 0; pass < 3; pass++) {
            time("default", reference, texts, labels, names, cpu, pass == 2);
            for (int opening : openings) {
                time("opening " + opening, new LinguaIdentifier(opening), texts, labels, names, cpu, pass == 2);
            }
        }
    }

    private static void time(String what, LanguageIdentifier id, List<String> texts, List<String> labels,
            List<String> names, ThreadMXBean cpu, boolean print) {
        long t = cpu.getCurrentThreadCpuTime();
        List<String> got = texts.stream().map(id::identify).toList();
        long ns = cpu.getCurrentThreadCpuTime() - t;
        int differ = 0;
        StringBuilder which = new StringBuilder();
        for (int i = 0; i < texts.size(); i++) {
            if (!got.get(i).equals(labels.get(i))) {
                differ++;
                which.append(String.format("    %s: %s -> %s%n", names.get(i), labels.get(i), got.get(i)));
            }
        }
        if (print) {
            System.out.printf("%-14s %.3f ms/text CPU, %d of %d labels differ%n%s", what, ns / 1e6 / texts.size(),
                    differ, texts.size(), which);
        }
    }

    private static String counts(List<String> labels) {
        java.util.Map<String, Integer> c = new java.util.TreeMap<>();
        labels.forEach(l -> c.merge(l, 1, Integer::sum));
        return c.toString();
    }
}
