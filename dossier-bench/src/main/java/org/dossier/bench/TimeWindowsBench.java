package org.dossier.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.annotate.CoreNlpAnnotator;
import org.dossier.model.Annotations;
import org.dossier.model.Article;
import org.dossier.model.TimeMention;

/**
 * Benchmark (not a test): the English annotate stage with SUTime on the stretches around time triggers (as composed)
 * against SUTime on the triggered sentences whole, on the same articles: every article whose time mentions differ is
 * printed, with both lists, and the CPU seconds of each. Inputs: JSON lines of {@code {id, text, date}} (the ECB+ set;
 * a missing date reads against {@code 2022-01-10}), held-out sets (the {@code heldout-news-en*.txt} format) and
 * folders of plain-text pages. Usage: TimeWindowsBench FILE_OR_DIR...
 */
public final class TimeWindowsBench {
    private static final LocalDate DEFAULT_ANCHOR = LocalDate.of(2022, 1, 10);

    /** One input text: its name, text and the date its times resolve against. */
    public record Text(String name, String text, LocalDate anchor) {}

    private TimeWindowsBench() {}

    public static void main(String[] args) throws IOException {
        List<Text> texts = new ArrayList<>();
        for (String a : args) {
            texts.addAll(read(Paths.get(a)));
        }
        CoreNlpAnnotator windows = new CoreNlpAnnotator(Clock.systemDefaultZone());
        CoreNlpAnnotator whole = windows.withWholeSentenceTimes();
        CoreNlpAnnotator.loadModels();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (Text t : texts.subList(0, Math.min(20, texts.size()))) { // warm-up
            windows.annotate(article(t), t.anchor());
            whole.annotate(article(t), t.anchor());
        }
        long windowsNanos = 0;
        long wholeNanos = 0;
        int differing = 0;
        int mentions = 0;
        for (Text t : texts) {
            long c0 = cpu.getCurrentThreadCpuTime();
            Annotations w = windows.annotate(article(t), t.anchor());
            long c1 = cpu.getCurrentThreadCpuTime();
            Annotations s = whole.annotate(article(t), t.anchor());
            long c2 = cpu.getCurrentThreadCpuTime();
            windowsNanos += c1 - c0;
            wholeNanos += c2 - c1;
            mentions += s.times().size();
            if (!w.times().equals(s.times())) {
                differing++;
                System.out.println("differs: " + t.name());
                System.out.println("  stretches: " + show(t.text(), w.times()));
                System.out.println("  sentences: " + show(t.text(), s.times()));
            }
        }
        System.out.printf("%d articles, %d time mentions (whole sentences), %d articles differ; annotate CPU: stretches"
                + " %.1f s, whole sentences %.1f s (%.2fx)%n", texts.size(), mentions, differing, windowsNanos / 1e9,
                wholeNanos / 1e9, (double) wholeNanos / windowsNanos);
    }

    private static String show(String text, List<TimeMention> times) {
        StringBuilder b = new StringBuilder();
        for (TimeMention m : times) {
            b.append('[').append(text, m.start(), m.end()).append(" = ").append(m).append("] ");
        }
        return b.toString();
    }

    /** The texts of a JSON-lines file, a held-out set or a folder of plain-text pages. */
    public static List<Text> read(Path p) throws IOException {
        List<Text> out = new ArrayList<>();
        if (Files.isDirectory(p)) {
            try (Stream<Path> files = Files.list(p)) {
                for (Path f : files.sorted().toList()) {
                    out.add(new Text(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8),
                            DEFAULT_ANCHOR));
                }
            }
        } else if (p.toString().endsWith(".jsonl")) {
            ObjectMapper json = new ObjectMapper();
            for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                JsonNode n = json.readTree(line);
                String text = n.path("text").asText("");
                if (!text.isBlank()) {
                    String date = n.path("date").asText("");
                    out.add(new Text(n.path("id").asText(), text,
                            date.length() >= 10 ? LocalDate.parse(date.substring(0, 10)) : DEFAULT_ANCHOR));
                }
            }
        } else {
            for (org.dossier.annotate.QuoteScore.Case c : HeldOutBench.read(p)) {
                out.add(new Text(c.name(), c.text(), c.date()));
            }
        }
        return out;
    }

    private static Article article(Text t) {
        return new Article(t.name(), null, null, null, null, null, null, null, "en", null, t.text(), 0, null, null);
    }
}
