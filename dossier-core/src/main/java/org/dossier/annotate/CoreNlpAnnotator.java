package org.dossier.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dossier.model.Annotations;
import org.dossier.model.Article;
import org.dossier.model.EntityMention;
import org.dossier.model.QuoteMention;
import org.dossier.model.SentenceSpan;
import org.dossier.model.TimeMention;

/**
 * The annotate stage on Stanford CoreNLP (tokenize, ssplit, pos, lemma, ner; SUTime on the stretches around time
 * triggers, {@link TimeWindows}; no parser, no coref):
 * entities, anchored time expressions and attributed quotes of an article's clean text. The models are shared by
 * every instance and load on first use. English is read with SUTime; another language with a model on the class
 * path ({@link #hasModel}) with its own tokenizer, tagger and NER, and its dates from the rule data ({@link RuleDates}).
 */
public final class CoreNlpAnnotator implements Annotator {
    private final Clock clock;
    private final String language;
    private final boolean wholeSentenceTimes;

    /**
     * An English annotator whose "today" (the reference for a month and day without a year when an article has no
     * anchor) is the clock's date; the composition passes {@code Clock.systemDefaultZone()}, tests a fixed clock.
     */
    public CoreNlpAnnotator(Clock clock) {
        this(clock, "en");
    }

    /** An annotator with the model of {@code language} (an ISO 639-1 code with {@link #hasModel}). */
    public CoreNlpAnnotator(Clock clock, String language) {
        this(clock, language, false);
    }

    private CoreNlpAnnotator(Clock clock, String language, boolean wholeSentenceTimes) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.language = Objects.requireNonNull(language, "language");
        this.wholeSentenceTimes = wholeSentenceTimes;
        if (!hasModel(language)) {
            throw new IllegalArgumentException("no CoreNLP model for language " + language + " on the class path");
        }
    }

    /**
     * This annotator with SUTime reading every sentence with a time trigger whole instead of the stretches around its
     * triggers ({@link TimeWindows}): slower, for benchmarks and tests that check the stretches lose no time value.
     */
    public CoreNlpAnnotator withWholeSentenceTimes() {
        return new CoreNlpAnnotator(clock, language, true);
    }

    /**
     * Whether this process can read a language (ISO 639-1) with a CoreNLP model: English always; German, French and
     * Spanish when their model jars (Maven profile {@code languages}) are on the class path.
     */
    public static boolean hasModel(String language) {
        return CoreNlpModels.available(language);
    }

    @Override
    public Annotations annotate(Article article, LocalDate anchor) {
        if (!language.equals("en")) {
            return annotateOther(article, anchor);
        }
        String text = article.text();
        Annotation ann = new Annotation(text);
        if (anchor != null) {
            ann.set(CoreAnnotations.DocDateAnnotation.class, anchor.toString());
        }
        CoreNlpModels.get().annotate(ann);
        AnnotatedText doc = toAnnotatedText(text, ann);
        List<TimeMention> times = new TimeResolver(doc, anchor, LocalDate.now(clock))
                .resolve(timexes(text, ann, anchor));
        List<QuoteMention> quotes = SpeakerFinder.quotesOf(doc, article.language());
        return new Annotations(article.id(), anchor, doc.sentences(), doc.entities(), times, quotes);
    }

    /** Another language: its model's tokens, tags and entities; dates from its rule data, never SUTime's English. */
    private Annotations annotateOther(Article article, LocalDate anchor) {
        String text = article.text();
        Annotation ann = new Annotation(text);
        CoreNlpModels.get(language).annotate(ann);
        // These models have no lemmatiser: the word stands for its lemma (the language's quote rules read word forms).
        for (CoreLabel l : ann.get(CoreAnnotations.TokensAnnotation.class)) {
            if (l.lemma() == null) {
                l.setLemma(l.word());
            }
        }
        AnnotatedText doc = toAnnotatedText(text, ann);
        List<TimeMention> times = RuleDates.of(language).find(text, doc.sentences(), anchor, LocalDate.now(clock));
        List<QuoteMention> quotes = SpeakerFinder.quotesOf(NameGuesses.completing(doc, language), language);
        return new Annotations(article.id(), anchor, doc.sentences(), doc.entities(), times, quotes);
    }

    /**
     * Loads the CoreNLP models now instead of on the first article; they are shared by every annotator of the
     * process and load once. For callers that time the load or want it out of the way before work starts.
     */
    public static void loadModels() {
        CoreNlpModels.get();
    }

    /** Loads this annotator's models (shared by the process, loaded once): English with SUTime, else its language's. */
    @Override
    public void prepare(String ignored) {
        if (language.equals("en")) {
            CoreNlpModels.sutime();
        } else {
            CoreNlpModels.get(language);
        }
    }

    private static AnnotatedText toAnnotatedText(String text, Annotation ann) {
        List<TaggedToken> toks = new ArrayList<>();
        List<SentenceSpan> sentences = new ArrayList<>();
        List<CoreMap> sents = ann.get(CoreAnnotations.SentencesAnnotation.class);
        for (int s = 0; s < sents.size(); s++) {
            CoreMap sent = sents.get(s);
            sentences.add(new SentenceSpan(sent.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    sent.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)));
            for (CoreLabel l : sent.get(CoreAnnotations.TokensAnnotation.class)) {
                toks.add(TaggedToken.of(l, s));
            }
        }
        List<EntityMention> entities = EntityExtractor.extract(text, mentions(ann));
        return new AnnotatedText(text, toks, sentences, AnnotatedText.paragraphsOf(text), entities);
    }

    /** SUTime's time expressions, read only on the stretches around time triggers (or their sentences whole). */
    private List<CoreMap> timexes(String text, Annotation ann, LocalDate anchor) {
        List<CoreMap> sentences = ann.get(CoreAnnotations.SentencesAnnotation.class);
        List<CoreMap> selected = wholeSentenceTimes ? TimeWindows.wholeSentences(sentences) : TimeWindows.of(text, sentences);
        if (selected.isEmpty()) {
            return List.of();
        }
        Annotation sub = new Annotation(text);
        sub.set(CoreAnnotations.SentencesAnnotation.class, selected);
        if (anchor != null) {
            sub.set(CoreAnnotations.DocDateAnnotation.class, anchor.toString());
        }
        CoreNlpModels.sutime().annotate(sub);
        List<CoreMap> found = sub.get(TimeAnnotations.TimexAnnotations.class);
        return found == null ? List.of() : found;
    }

    private static List<CoreMap> mentions(Annotation ann) {
        List<CoreMap> m = ann.get(CoreAnnotations.MentionsAnnotation.class);
        return m == null ? List.of() : m;
    }
}
