package org.dossier.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dossier.bench.TimeWindowsBench;

/**
 * Benchmark (not a test): what each class of time trigger ({@link TimeWindows#isTrigger}) yields. SUTime reads the
 * triggered sentences whole; for each trigger class it prints the triggers met, how many lie inside a time expression
 * SUTime found, and how many expressions hold triggers of that class only (those a stretch of another class would
 * not reach); then the tokens SUTime reads with the stretches of today's triggers and with the narrower ones
 * ({@link TimeWindows#opensStretch}), and the expressions no narrower trigger lies in. Same inputs as
 * {@link TimeWindowsBench}. Usage: TimeTriggerYield FILE_OR_DIR...
 */
public final class TimeTriggerYield {
    private static final int[] REACHES = {2, 3, 4, 5, 6};

    private TimeTriggerYield() {}

    record Stat(int[] counts) {
        Stat() {
            this(new int[3]);
        }
    }

    public static void main(String[] args) throws IOException {
        List<TimeWindowsBench.Text> texts = new ArrayList<>();
        for (String a : args) {
            texts.addAll(TimeWindowsBench.read(Paths.get(a)));
        }
        CoreNlpModels.get();
        Map<String, Stat> byClass = new TreeMap<>();
        long tokens = 0;
        long wideTokens = 0;
        long narrowTokens = 0;
        int timexes = 0;
        int lost = 0;
        long[] reachTokens = new long[REACHES.length];
        int[] needed = new int[12];
        Map<String, Integer> afterSmall = new TreeMap<>();
        for (TimeWindowsBench.Text t : texts) {
            Annotation ann = new Annotation(t.text());
            ann.set(CoreAnnotations.DocDateAnnotation.class, t.anchor().toString());
            CoreNlpModels.get().annotate(ann);
            List<CoreMap> sentences = ann.get(CoreAnnotations.SentencesAnnotation.class);
            for (CoreMap s : sentences) {
                tokens += s.get(CoreAnnotations.TokensAnnotation.class).size();
            }
            wideTokens += count(TimeWindows.of(t.text(), sentences, (toks, i) -> TimeWindows.isTrigger(toks.get(i))));
            narrowTokens += count(TimeWindows.of(t.text(), sentences));
            for (int r = 0; r < REACHES.length; r++) {
                reachTokens[r] += count(TimeWindows.of(t.text(), sentences, TimeWindows::opensStretch, REACHES[r]));
            }
            List<CoreMap> whole = TimeWindows.wholeSentences(sentences);
            if (whole.isEmpty()) {
                continue;
            }
            Annotation sub = new Annotation(t.text());
            sub.set(CoreAnnotations.SentencesAnnotation.class, whole);
            sub.set(CoreAnnotations.DocDateAnnotation.class, t.anchor().toString());
            CoreNlpModels.sutime().annotate(sub);
            List<CoreMap> found = sub.get(TimeAnnotations.TimexAnnotations.class);
            found = found == null ? List.of() : found;
            for (CoreMap m : found) {
                timexes++;
                Set<String> classes = new HashSet<>();
                boolean narrow = false;
                for (CoreMap sent : sentences) {
                    List<CoreLabel> toks = sent.get(CoreAnnotations.TokensAnnotation.class);
                    for (int i = 0; i < toks.size(); i++) {
                        if (inside(toks.get(i), m) && TimeWindows.isTrigger(toks.get(i))) {
                            classes.add(classOf(toks, i));
                            narrow |= TimeWindows.opensStretch(toks, i);
                        }
                    }
                }
                int first = Integer.MAX_VALUE;
                int last = -1;
                int nearest = Integer.MAX_VALUE;
                List<Integer> opens = new ArrayList<>();
                for (CoreMap sent : sentences) {
                    List<CoreLabel> toks = sent.get(CoreAnnotations.TokensAnnotation.class);
                    for (int i = 0; i < toks.size(); i++) {
                        if (inside(toks.get(i), m)) {
                            first = Math.min(first, i);
                            last = Math.max(last, i);
                            if (TimeWindows.opensStretch(toks, i)) {
                                opens.add(i);
                            }
                        }
                    }
                }
                for (int o : opens) {
                    nearest = Math.min(nearest, Math.max(o - first, last - o));
                }
                if (!opens.isEmpty()) {
                    needed[Math.min(nearest, needed.length - 1)]++;
                }
                if (classes.size() == 1 && classes.iterator().next().startsWith("digit:")) {
                    System.out.println("digit only: " + m.get(CoreAnnotations.TextAnnotation.class) + " "
                            + classes + " (" + t.name() + ")");
                }
                if (classes.size() == 1) {
                    byClass.computeIfAbsent(classes.iterator().next(), k -> new Stat()).counts()[2]++;
                }
                if (!narrow) {
                    lost++;
                    System.out.println("no narrow trigger in: " + m.get(CoreAnnotations.TextAnnotation.class)
                            + " " + classes + " (" + t.name() + ")");
                }
            }
            for (CoreMap sent : sentences) {
                List<CoreLabel> toks = sent.get(CoreAnnotations.TokensAnnotation.class);
                for (int i = 0; i < toks.size(); i++) {
                    CoreLabel tok = toks.get(i);
                    if (!TimeWindows.isTrigger(tok)) {
                        continue;
                    }
                    Stat st = byClass.computeIfAbsent(classOf(toks, i), k -> new Stat());
                    st.counts()[0]++;
                    if (tok.word().matches("\\d{1,2}")) {
                        String next = i + 1 < toks.size() ? toks.get(i + 1).word().toLowerCase(Locale.ROOT) : "";
                        afterSmall.merge(next + (TimeWindows.isTrigger(toks.get(Math.min(i + 1, toks.size() - 1)))
                                ? "*" : ""), 1, Integer::sum);
                    }
                    if (found.stream().anyMatch(m -> inside(tok, m))) {
                        st.counts()[1]++;
                    }
                }
            }
        }
        System.out.println("class\ttriggers\tinside a timex\ttimexes of this class only");
        byClass.entrySet().stream().sorted((a, b) -> b.getValue().counts()[0] - a.getValue().counts()[0])
                .forEach(e -> System.out.printf("%s\t%d\t%d\t%d%n", e.getKey(), e.getValue().counts()[0],
                        e.getValue().counts()[1], e.getValue().counts()[2]));
        System.out.println("reach needed by a timex (tokens from its nearest narrower trigger to its far end): "
                + java.util.Arrays.toString(needed));
        for (int r = 0; r < REACHES.length; r++) {
            System.out.printf("reach %d: SUTime reads %d tokens%n", REACHES[r], reachTokens[r]);
        }
        afterSmall.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(40)
                .forEach(e -> System.out.println("after 1-2 digits: " + e.getKey() + "\t" + e.getValue()));
        System.out.printf("%d texts, %d tokens; SUTime reads %d (today's triggers) / %d (narrower); %d timexes,"
                + " %d with no narrower trigger inside%n", texts.size(), tokens, wideTokens, narrowTokens, timexes, lost);
    }

    private static long count(List<CoreMap> stretches) {
        return stretches.stream().mapToLong(s -> s.get(CoreAnnotations.TokensAnnotation.class).size()).sum();
    }

    private static boolean inside(CoreLabel tok, CoreMap m) {
        return tok.beginPosition() < m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)
                && tok.endPosition() > m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    }

    /** A coarse class of a trigger: its shape for a token with a digit (and its neighbours), else the word. */
    static String classOf(List<CoreLabel> all, int i) {
        CoreLabel tok = all.get(i);
        String w = tok.word();
        if (w.chars().noneMatch(Character::isDigit)) {
            return "word:" + w.toLowerCase(Locale.ROOT) + "/" + (tok.tag() == null ? "" : tok.tag().substring(0, Math.min(2, tok.tag().length())));
        }
        String prev = i > 0 ? all.get(i - 1).word() : "";
        String next = i + 1 < all.size() ? all.get(i + 1).word().toLowerCase(Locale.ROOT) : "";
        String shape;
        if (w.matches("(1[0-9]|20|21)\\d\\d")) {
            shape = "year";
        } else if (w.matches("\\d{1,2}")) {
            shape = "1-2 digits";
        } else if (w.matches("\\d+(st|nd|rd|th)")) {
            shape = "ordinal";
        } else if (w.matches("'?\\d+s")) {
            shape = "decade";
        } else if (w.matches("\\d{1,2}[:.]\\d\\d")) {
            shape = "clock";
        } else if (w.matches("\\d+[/.-]\\d+([/.-]\\d+)?")) {
            shape = "n-sep-n";
        } else if (w.matches("(?i)\\d+(am|pm|a\\.m\\.|p\\.m\\.|h)")) {
            shape = "ampm";
        } else if (w.matches("\\d{1,3}(,\\d{3})+")) {
            shape = "thousands";
        } else if (w.matches("\\d+\\.\\d+")) {
            shape = "decimal";
        } else if (w.matches("\\d+")) {
            shape = "other int";
        } else if (w.indexOf('-') > 0) {
            shape = "hyphenated";
        } else {
            shape = "alnum";
        }
        String ctx = "";
        if (prev.matches("[$€£¥]|US\\$|#")) {
            ctx = " after " + prev;
        } else if (next.matches("%|percent|per|million|billion|trillion|m|bn")) {
            ctx = " before " + next;
        }
        return "digit:" + shape + ctx;
    }
}
