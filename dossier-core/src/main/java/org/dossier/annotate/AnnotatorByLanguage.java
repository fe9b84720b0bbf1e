package org.dossier.annotate;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.dossier.model.Annotations;
import org.dossier.model.Article;

/**
 * The annotate stage for articles in several languages: each article goes to the annotator of the model
 * language its language is read with (the composition decides that from the language registry). Annotators are
 * made on first use, once per language model, so a run that meets only English loads only the English models; an
 * article of a language without a model goes to the annotator made for {@link #NO_MODEL}.
 */
public final class AnnotatorByLanguage implements Annotator {
    /** The model language of an article read with no model ({@link NameEvidenceAnnotator}). */
    public static final String NO_MODEL = "-";
    /**
     * The version of the annotate rules, in every tag: raise it when a change to them should re-read stored articles
     * (2: each language read with its own model or none, quotes of model-less languages; 3: English speakers named
     * after the quote's sentence, transcript turns; 4: English weekdays with a clock time, weekdays joined to a framed
     * one, named days and present-tense months placed by tense, numbers after a naming noun no years; English speakers
     * named again by title, titles left out of speakers' names; 5: a rank between the comma and a speaker's name,
     * "it said" of an organisation, a nationality noun for the person last named, all-quote paragraphs, seasons of
     * play, halves of a framed year, a body split from its place, a ticker's exchange; 6: English statements that
     * "read", reflexives after a speaker, the person asked answering, no "X said" after a quote's full stop, a role
     * before the name opening the sentence before a quote, "continue" with an object no speech; 7: an organisation
     * with a plural word named after a spokesman's role between a quote's halves, a verbless role
     * opening the sentence before an apposed speaker of a describing verb; 8: the first sentence starts after the
     * dateline the text opens with; the untagged surnames of people named in full; 9: the one asked answering after
     * a quoted or indirect question, short quotes before long speaker phrases, a quote left open by a paragraph's
     * last opening mark, gendered nouns beside names, an interview's introduction by surname; 12: speakers from the
     * subject opening the sentence before, ages and offices as speakers, given names before surnames, Easter's days,
     * academic years, could/may ahead, calls and plans pointing weekdays ahead in fr/de/es, day parts after days,
     * policing and faith titles, place compounds no tagged name covers, an event called in the present perfect ahead;
     * 13: a possessed campaign as speaker, the witness answering a quoted question, lone given names before an
     * apposition, union locals' numbers, Latin binomials, an event's own ordinal days, decades of manner, year-end,
     * weekdays linked to named days, a time between subject and verb).
     */
    public static final int RULES_VERSION = 14;

    private final Function<String, Annotator> factory;
    private final UnaryOperator<String> modelLanguage;
    private final Map<String, Annotator> made = new ConcurrentHashMap<>();

    /**
     * @param factory       makes the annotator of a model language (an ISO 639-1 code)
     * @param modelLanguage the model language an article's language (possibly null or "und") is read with
     */
    public AnnotatorByLanguage(Function<String, Annotator> factory, UnaryOperator<String> modelLanguage) {
        this.factory = factory;
        this.modelLanguage = modelLanguage;
    }

    /** The model language an article in {@code language} is annotated with. */
    public String modelFor(String language) {
        return modelLanguage.apply(language);
    }

    @Override
    public Annotations annotate(Article article, LocalDate anchor) {
        return made.computeIfAbsent(modelFor(article.language()), factory).annotate(article, anchor)
                .withAnnotatedBy(tagFor(article.language()));
    }

    /** Makes the annotator of the model that reads {@code language} (once per model) and has it load its models. */
    @Override
    public void prepare(String language) {
        made.computeIfAbsent(modelFor(language), factory).prepare(language);
    }

    /** "corenlp-de/2" for an article read with the German model, "no-model/2" for one read with none. */
    @Override
    public String tagFor(String language) {
        String model = modelFor(language);
        return (model.equals(NO_MODEL) ? "no-model" : "corenlp-" + model) + "/" + RULES_VERSION;
    }
}
