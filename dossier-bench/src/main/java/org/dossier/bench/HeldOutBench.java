package org.dossier.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.dossier.annotate.Annotator;
import org.dossier.annotate.TimexValues;
import org.dossier.chain.StandardStages;
import org.dossier.model.Annotations;
import org.dossier.model.Article;
import org.dossier.model.QuoteMention;
import org.dossier.model.TimeValue;

/**
 * Benchmark (not a test): quote recall, speaker accuracy and TIMEX3 value accuracy of Dossier's annotate stage and
 * of CoreNLP's full pipeline ({@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote}: QuoteAnnotator with its
 * attribution, SUTime in NER) on the held-out English sets of {@code HeldOutEnglishNewsTest}, scored the same way.
 * Usage: HeldOutBench SET_FILE...
 */
public final class HeldOutBench {
    private HeldOutBench() {}

    record Quote(String speaker, String text) {}

    record Time(String text, String value) {}

    record Case(String name, LocalDate date, String text, List<Quote> quotes, List<Time> times) {}

    /** What a system found in one article: its quotes (text, speaker) and its time values. */
    record Found(List<String[]> quotes, List<TimeValue> times) {}

    public static void main(String[] args) throws IOException {
        Annotator ours = new StandardStages(Clock.systemDefaultZone()).annotator();
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        StanfordCoreNLP full = new StanfordCoreNLP(p);
        for (String file : args) {
            List<Case> cases = read(Paths.get(file));
            List<Found> dossier = new ArrayList<>();
            List<Found> corenlp = new ArrayList<>();
            for (Case c : cases) {
                Article a = new Article(c.name(), null, null, null, null, null, null, null, "en", null, c.text(), 0,
                        null, null);
                Annotations ann = ours.annotate(a, c.date());
                dossier.add(new Found(ann.quotes().stream().map(q -> new String[] {q.text(), q.speaker()}).toList(),
                        TimexValues.all(c.text(), "en", ann.times(), c.date())));
                corenlp.add(coreNlp(full, c));
            }
            System.out.println(Path.of(file).getFileName() + ": " + cases.size() + " articles");
            System.out.println("  Dossier annotate:     " + score(cases, dossier));
            System.out.println("  CoreNLP full pipeline: " + score(cases, corenlp));
        }
    }

    private static Found coreNlp(StanfordCoreNLP full, Case c) {
        Annotation a = new Annotation(c.text());
        a.set(CoreAnnotations.DocDateAnnotation.class, c.date().toString());
        full.annotate(a);
        List<String[]> quotes = new ArrayList<>();
        List<CoreMap> qs = a.get(CoreAnnotations.QuotationsAnnotation.class);
        for (CoreMap q : qs == null ? List.<CoreMap>of() : qs) {
            String speaker = q.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class);
            if (speaker == null) {
                speaker = q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
            }
            quotes.add(new String[] {q.get(CoreAnnotations.TextAnnotation.class), speaker});
        }
        List<TimeValue> times = new ArrayList<>();
        List<CoreMap> mentions = a.get(CoreAnnotations.MentionsAnnotation.class);
        for (CoreMap m : mentions == null ? List.<CoreMap>of() : mentions) {
            Timex t = m.get(TimeAnnotations.TimexAnnotation.class);
            if (t != null && t.value() != null) {
                times.add(new TimeValue(m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                        m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
                        m.get(CoreAnnotations.TextAnnotation.class), t.value()));
            }
        }
        return new Found(quotes, times);
    }

    private static String score(List<Case> cases, List<Found> found) {
        int quotes = 0;
        int hit = 0;
        int right = 0;
        int times = 0;
        int values = 0;
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            for (Quote want : c.quotes()) {
                quotes++;
                String[] q = found.get(i).quotes().stream().filter(f -> holds(f[0], want.text())).findFirst()
                        .orElse(null);
                if (q != null) {
                    hit++;
                    right += speakerFits(want.speaker(), q[1]) ? 1 : 0;
                }
            }
            for (Time want : c.times()) {
                times++;
                int start = c.text().indexOf(want.text());
                int end = start + want.text().length();
                values += found.get(i).times().stream().anyMatch(v -> v.start() < end && v.end() > start
                        && v.value().equals(want.value())) ? 1 : 0;
            }
        }
        return String.format(Locale.ROOT, "quote recall %d/%d = %.3f, speaker accuracy %d/%d = %.3f,"
                + " time values %d/%d = %.3f", hit, quotes, hit / (double) quotes, right, hit,
                right / (double) Math.max(1, hit), values, times, values / (double) times);
    }

    /** As the test: the found quote holds the expected words and is not much longer. */
    private static boolean holds(String found, String want) {
        String f = words(found);
        String w = words(want);
        return (" " + f + " ").contains(" " + w + " ") && f.length() <= 3 * w.length() + 40;
    }

    /** As the test, for a named speaker; an unnamed one ("~ …") counts as right when no name is given. */
    private static boolean speakerFits(String expected, String speaker) {
        if (expected.startsWith("~")) {
            return speaker == null;
        }
        for (String alt : expected.split(" / ")) {
            if (speaker != null && name(alt).equals(name(speaker))) {
                return true;
            }
        }
        return false;
    }

    private static String name(String s) {
        return words(s).replaceFirst("^the ", "");
    }

    private static String words(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    static List<Case> read(Path file) throws IOException {
        String all = Files.readString(file, StandardCharsets.UTF_8);
        List<Case> out = new ArrayList<>();
        for (String block : all.split("(?m)^### ")) {
            if (block.startsWith("#") || block.isBlank()) {
                continue;
            }
            String[] lines = block.split("\n", -1);
            StringBuilder text = new StringBuilder();
            List<Quote> quotes = new ArrayList<>();
            List<Time> times = new ArrayList<>();
            for (int i = 2; i < lines.length; i++) {
                String[] kv = lines[i].length() > 4 ? lines[i].substring(4).split("\\|", 2) : new String[0];
                if (lines[i].startsWith(">>> ")) {
                    quotes.add(new Quote(kv[0].strip(), kv[1].strip()));
                } else if (lines[i].startsWith("@@@ ")) {
                    times.add(new Time(kv[0].strip(), kv[1].strip()));
                } else if (!lines[i].startsWith("!!! ")) {
                    text.append(lines[i]).append('\n');
                }
            }
            out.add(new Case(lines[0].strip(), LocalDate.parse(lines[1].replaceFirst("^date:", "").strip()),
                    text.toString().strip(), quotes, times));
        }
        return out;
    }
}
