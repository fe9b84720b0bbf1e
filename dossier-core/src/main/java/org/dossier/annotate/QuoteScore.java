package org.dossier.annotate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dossier.model.TimeValue;

/**
 * How a held-out set of short articles with known quotes, speakers and time values is read and scored, the one
 * scoring that the held-out tests and the bench against CoreNLP ({@code HeldOutBench}) share. A set is text:
 * articles opening with {@code ### name} and {@code date: YYYY-MM-DD}, then the article, with lines
 * {@code >>> SPEAKER | QUOTE} (a quote and who says it), {@code @@@ TEXT | VALUE} (a time expression and its TIMEX3
 * value) and {@code !!! TEXT} (paraphrase that no quote may hold); lines opening with {@code #} before the first
 * article are comments. A quote is found when a found quote holds its words and is not much longer; its speaker
 * is right when it names the expected person or institution ("A / B": either), or, for {@code ~ DESCRIPTION}
 * ({@code ~ DESCRIPTION / NAME …}), when no one is named and the unnamed speaker's description is that one (or one
 * of the names is given).
 */
public final class QuoteScore {
    private QuoteScore() {}

    /** An expected quote: who says it and its words. */
    public record Quote(String speaker, String text) {}

    /** An expected time value: the expression as written and its TIMEX3 value. */
    public record Time(String text, String value) {}

    /** An article of a held-out set with what it should yield. */
    public record Case(String name, LocalDate date, String text, List<Quote> quotes, List<Time> times,
                          List<String> notQuotes) {}

    /** Quotes expected, found and found with the right speaker, and paraphrases read as quotes. */
    public record Figures(int expected, int found, int right, int paraphrases) {
        public double recall() {
            return found / (double) Math.max(1, expected);
        }

        public double accuracy() {
            return right / (double) Math.max(1, found);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "quote recall %d/%d = %.3f, speaker accuracy %d/%d = %.3f", found,
                    expected, recall(), right, found, accuracy());
        }
    }

    /** A quote some system found: its text, the speaker it names (or null) and the description of an unnamed one. */
    public record Found(String text, String speaker, String description) {}

    /** The articles of a set's text (see the class comment). */
    public static List<Case> parse(String set) {
        List<Case> out = new ArrayList<>();
        for (String block : set.split("(?m)^### ")) {
            if (block.startsWith("#") || block.isBlank()) {
                continue;
            }
            String[] lines = block.split("\n", -1);
            LocalDate date = LocalDate.parse(lines[1].replaceFirst("^date:", "").strip());
            StringBuilder text = new StringBuilder();
            List<Quote> quotes = new ArrayList<>();
            List<Time> times = new ArrayList<>();
            List<String> notQuotes = new ArrayList<>();
            for (int i = 2; i < lines.length; i++) {
                String l = lines[i];
                if (l.startsWith("!!! ")) {
                    notQuotes.add(l.substring(4).strip());
                } else if (l.startsWith(">>> ") || l.startsWith("@@@ ")) {
                    String[] kv = l.substring(4).split("\\|", 2);
                    if (l.startsWith(">>> ")) {
                        quotes.add(new Quote(kv[0].strip(), kv[1].strip()));
                    } else {
                        times.add(new Time(kv[0].strip(), kv[1].strip()));
                    }
                } else {
                    text.append(l).append('\n');
                }
            }
            out.add(new Case(lines[0].strip(), date, text.toString().strip(), quotes, times, notQuotes));
        }
        return out;
    }

    /**
     * Scores the quotes found in each article ({@code found.get(i)} for {@code articles.get(i)}); a line per miss
     * goes to {@code misses}. {@code descriptions}: whether the system gives unnamed speakers a description (where
     * it does not, an unnamed expected speaker is right when no one is named).
     */
    public static Figures quotes(List<Case> articles, List<List<Found>> found, boolean descriptions,
                                 List<String> misses) {
        int expected = 0;
        int hit = 0;
        int right = 0;
        int paraphrases = 0;
        for (int i = 0; i < articles.size(); i++) {
            Case a = articles.get(i);
            List<Found> qs = found.get(i);
            for (Quote want : a.quotes()) {
                expected++;
                Found q = qs.stream().filter(f -> holds(f.text(), want.text())).findFirst().orElse(null);
                if (q == null) {
                    misses.add(a.name() + ": not found \"" + want.text() + "\" in " + qs);
                    continue;
                }
                hit++;
                if (speakerFits(want.speaker(), q.speaker(), q.description(), descriptions)) {
                    right++;
                } else {
                    misses.add(a.name() + ": speaker " + q.speaker() + " / " + q.description() + " for \""
                            + want.text() + "\", expected " + want.speaker());
                }
            }
            for (String not : a.notQuotes()) {
                String w = " " + words(not) + " ";
                for (Found q : qs) {
                    if ((" " + words(q.text()) + " ").contains(w)) {
                        paraphrases++;
                        misses.add(a.name() + ": paraphrase read as a quote: \"" + q.text() + "\"");
                    }
                }
            }
        }
        return new Figures(expected, hit, right, paraphrases);
    }

    /** Whether a time value overlapping the expected expression in {@code text} has its value. */
    public static boolean timeRight(Time want, String text, List<TimeValue> values) {
        int start = text.indexOf(want.text());
        int end = start + want.text().length();
        return values.stream().anyMatch(v -> v.start() < end && v.end() > start && v.value().equals(want.value()));
    }

    /** Whether a found quote holds the expected words, and is not much longer than them (one utterance at most). */
    public static boolean holds(String found, String want) {
        String f = words(found);
        String w = words(want);
        return (" " + f + " ").contains(" " + w + " ") && f.length() <= 3 * w.length() + 40;
    }

    /** Whether the speaker (and description) found fits the expected one; see the class comment. */
    public static boolean speakerFits(String expected, String speaker, String description, boolean descriptions) {
        if (expected.startsWith("~")) {
            String[] alts = expected.substring(1).split(" / ");
            if (speaker == null) {
                return !descriptions || name(alts[0]).equals(name(String.valueOf(description)));
            }
            for (int k = 1; k < alts.length; k++) {
                if (name(alts[k]).equals(name(speaker))) {
                    return true;
                }
            }
            return false;
        }
        for (String alt : expected.split(" / ")) {
            if (speaker != null && name(alt).equals(name(speaker))) {
                return true;
            }
        }
        return false;
    }

    /** The words of a text, lower case, apart by single spaces, punctuation dropped. */
    public static String words(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static String name(String s) {
        return words(s).replaceFirst("^the ", "");
    }
}
