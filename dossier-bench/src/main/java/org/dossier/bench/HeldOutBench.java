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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.dossier.annotate.Annotator;
import org.dossier.annotate.QuoteScore;
import org.dossier.annotate.QuoteScore.Case;
import org.dossier.annotate.TimexValues;
import org.dossier.chain.StandardStages;
import org.dossier.model.Annotations;
import org.dossier.model.Article;
import org.dossier.model.QuoteMention;
import org.dossier.model.TimeValue;

/**
 * Benchmark (not a test): quote recall, speaker accuracy and TIMEX3 value accuracy of Dossier's annotate stage and
 * of CoreNLP's full pipeline ({@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote}: QuoteAnnotator with its
 * attribution, SUTime in NER) on the held-out English sets of {@code HeldOutEnglishNewsTest}, scored by the same
 * {@link QuoteScore}.
 * Usage: HeldOutBench SET_FILE...
 */
public final class HeldOutBench {
    private HeldOutBench() {}

    /** What a system found in one article: its quotes (text, speaker) and its time values. */
    record Found(List<QuoteScore.Found> quotes, List<TimeValue> times) {}

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
                dossier.add(new Found(ann.quotes().stream()
                        .map(q -> new QuoteScore.Found(q.text(), q.speaker(), q.speakerDescription())).toList(),
                        TimexValues.all(c.text(), "en", ann.times(), c.date())));
                corenlp.add(coreNlp(full, c));
            }
            System.out.println(Path.of(file).getFileName() + ": " + cases.size() + " articles");
            System.out.println("  Dossier annotate:     " + score(cases, dossier, true));
            System.out.println("  CoreNLP full pipeline: " + score(cases, corenlp, false));
        }
    }

    private static Found coreNlp(StanfordCoreNLP full, Case c) {
        Annotation a = new Annotation(c.text());
        a.set(CoreAnnotations.DocDateAnnotation.class, c.date().toString());
        full.annotate(a);
        List<QuoteScore.Found> quotes = new ArrayList<>();
        List<CoreMap> qs = a.get(CoreAnnotations.QuotationsAnnotation.class);
        for (CoreMap q : qs == null ? List.<CoreMap>of() : qs) {
            String speaker = q.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class);
            if (speaker == null) {
                speaker = q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
            }
            quotes.add(new QuoteScore.Found(q.get(CoreAnnotations.TextAnnotation.class), speaker, null));
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

    /**
     * The shared scoring ({@link QuoteScore}); {@code descriptions}: whether the system describes unnamed speakers
     * (CoreNLP does not: an unnamed expected speaker counts as right when it names no one).
     */
    private static String score(List<Case> cases, List<Found> found, boolean descriptions) {
        QuoteScore.Figures f = QuoteScore.quotes(cases, found.stream().map(Found::quotes).toList(), descriptions,
                new ArrayList<>());
        int times = 0;
        int values = 0;
        for (int i = 0; i < cases.size(); i++) {
            for (QuoteScore.Time want : cases.get(i).times()) {
                times++;
                values += QuoteScore.timeRight(want, cases.get(i).text(), found.get(i).times()) ? 1 : 0;
            }
        }
        return String.format(Locale.ROOT, "%s, time values %d/%d = %.3f", f, values, times,
                values / (double) Math.max(1, times));
    }

    static List<Case> read(Path file) throws IOException {
        return QuoteScore.parse(Files.readString(file, StandardCharsets.UTF_8));
    }
}
