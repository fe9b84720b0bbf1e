package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dossier.model.QuoteMention;
import org.junit.jupiter.api.Test;

/**
 * Quote recall and speaker accuracy on the English pattern set written for them ({@code quote-patterns-en.txt}:
 * attribution orders, surnames and honorifics, institutions, interrupted and line-broken quotes, fragments).
 * A quote counts as found when a quote of the same words is found; its speaker is right when it names the
 * expected person or institution (or, for an unnamed speaker, carries the expected description).
 */
class QuotePatternsTest {
    private static final LocalDate ANCHOR = LocalDate.of(2024, 5, 14);

    record Expected(String speaker, String text) {}

    record Case(String name, String text, List<Expected> quotes, List<String> notQuotes) {}

    @Test
    void englishPatternsReachTheRecallAndSpeakerGoals() throws IOException {
        int expected = 0;
        int found = 0;
        int rightSpeaker = 0;
        int spurious = 0;
        List<String> misses = new ArrayList<>();
        for (Case c : cases("quote-patterns-en.txt")) {
            List<QuoteMention> qs = Texts.annotate(c.text(), ANCHOR).quotes();
            for (Expected e : c.quotes()) {
                expected++;
                QuoteMention q = qs.stream().filter(m -> words(m.text()).equals(words(e.text()))).findFirst()
                        .orElse(null);
                if (q == null) {
                    misses.add(c.name() + ": not found \"" + e.text() + "\" in " + qs);
                    continue;
                }
                found++;
                if (speakerFits(e.speaker(), q)) {
                    rightSpeaker++;
                } else {
                    misses.add(c.name() + ": speaker " + q.speaker() + " / " + q.speakerDescription()
                            + " for \"" + e.text() + "\", expected " + e.speaker());
                }
            }
            for (String not : c.notQuotes()) {
                if (qs.stream().anyMatch(q -> words(q.text()).startsWith(words(not)))) {
                    spurious++;
                    misses.add(c.name() + ": not a quote, but found: " + not + " in " + qs);
                }
            }
        }
        double recall = found / (double) expected;
        double accuracy = rightSpeaker / (double) found;
        System.out.printf(Locale.ROOT, "quote patterns (en): %d expected, recall %.3f, speaker accuracy %.3f,"
                + " %d spurious%n", expected, recall, accuracy, spurious);
        misses.forEach(m -> System.out.println("  " + m));
        assertTrue(recall >= GOAL_RECALL, "recall " + recall + "\n" + String.join("\n", misses));
        assertTrue(accuracy >= GOAL_SPEAKER, "speaker accuracy " + accuracy + "\n" + String.join("\n", misses));
        assertTrue(spurious <= 1, "spurious quotes\n" + String.join("\n", misses));
    }

    private static final double GOAL_RECALL = 0.97;
    private static final double GOAL_SPEAKER = 0.90;

    private static boolean speakerFits(String expected, QuoteMention q) {
        if (expected.startsWith("~")) {
            String d = expected.substring(1).strip();
            return q.speaker() == null && d.equalsIgnoreCase(String.valueOf(q.speakerDescription()))
                    || q.speaker() != null && words(d).endsWith(words(q.speaker()));
        }
        return expected.equals(q.speaker());
    }

    static String words(String s) {
        return QuoteScore.words(s);
    }

    static List<Case> cases(String resource) throws IOException {
        String all;
        try (InputStream in = QuotePatternsTest.class.getResourceAsStream(resource)) {
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Case> out = new ArrayList<>();
        for (String block : all.split("(?m)^### ")) {
            if (block.startsWith("#") || block.isBlank()) {
                continue;
            }
            String[] lines = block.split("\n", -1);
            StringBuilder text = new StringBuilder();
            List<Expected> quotes = new ArrayList<>();
            List<String> nots = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                String l = lines[i];
                if (l.startsWith(">>> ")) {
                    String[] kv = l.substring(4).split("\\|", 2);
                    quotes.add(new Expected(kv[0].strip(), kv[1].strip()));
                } else if (l.startsWith("!!! ")) {
                    nots.add(l.substring(4).strip());
                } else {
                    text.append(l).append('\n');
                }
            }
            out.add(new Case(lines[0].strip(), text.toString().strip(), quotes, nots));
        }
        return out;
    }
}
