package org.dossier.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The dossier of one story: every entity, quote, timeline entry, claim and coverage cell cites the articles
 * (and character spans) it comes from. Serialised as documented in docs/dossier-schema.md.
 */
public record StoryDossier(
        String id,
        String title,
        DateRange span,
        List<SummarySentence> summary,
        List<ArticleRef> articles,
        List<Entity> entities,
        List<Quote> quotes,
        List<Position> positions,
        List<TimelineEntry> timeline,
        List<Claim> claims,
        List<Disagreement> disagreements,
        List<Fact> facts,
        List<Coverage> coverage) {

    /** The parts added after the first schema read as empty, not null, from an older dossier's JSON. */
    public StoryDossier {
        summary = summary == null ? List.of() : summary;
        positions = positions == null ? List.of() : positions;
        facts = facts == null ? List.of() : facts;
    }

    /** A dossier without summary, positions or fact table (the parts later stages add). */
    public StoryDossier(String id, String title, DateRange span, List<ArticleRef> articles, List<Entity> entities,
                        List<Quote> quotes, List<TimelineEntry> timeline, List<Claim> claims,
                        List<Disagreement> disagreements, List<Coverage> coverage) {
        this(id, title, span, List.of(), articles, entities, quotes, List.of(), timeline, claims, disagreements,
                List.of(), coverage);
    }

    /** One sentence of the story's extractive summary, citing the articles (and spans) it is taken from. */
    public record SummarySentence(String text, List<String> articles, List<Span> mentions) {}

    /**
     * What an actor (person, organisation, country) demands, offers, accepts, rejects, rules out, threatens,
     * denies or warns of: {@code stance} is one of those verbs' names (lower case, e.g. "demands", "rules_out"),
     * {@code proposition} the short normalised content, {@code text} the sentence it is read from.
     */
    public record Position(String actor, String stance, String proposition, String text, List<String> articles,
                           List<Span> mentions, LocalDate date) {}

    /**
     * A fact of the story as coverage counts it: {@code id} is what coverage cells name ("timeline:3"),
     * {@code label} a short readable label, {@code independentSources} how many independent sources carry it
     * (reposts, translations and one agency's copy count once), {@code singleSource} when only one does.
     */
    public record Fact(String id, String kind, String label, List<String> articles, List<String> outlets,
                       int independentSources, boolean singleSource) {}

    /** First and last day the story's articles and events cover. */
    public record DateRange(LocalDate from, LocalDate to) {}

    /**
     * An article of the story as the dossier lists it; {@code anchorNote} explains a re-anchored date;
     * {@code machineTranslation} is extraction's score (0-1) of how much the text reads as a machine translation;
     * {@code analysis} is null for an article read with a model of its language, else why it could not be analysed
     * fully.
     */
    public record ArticleRef(String id, String title, String outlet, LocalDate published, String source,
                             String language, List<String> credits, String duplicateOf, String derivedFrom,
                             LocalDate anchor, String anchorNote, double machineTranslation, String analysis) {
        public ArticleRef(String id, String title, String outlet, LocalDate published, String source,
                          String language, List<String> credits, String duplicateOf, String derivedFrom,
                          LocalDate anchor, String anchorNote, double machineTranslation) {
            this(id, title, outlet, published, source, language, credits, duplicateOf, derivedFrom, anchor,
                    anchorNote, machineTranslation, null);
        }

        public ArticleRef(String id, String title, String outlet, LocalDate published, String source,
                          String language, List<String> credits, String duplicateOf, String derivedFrom,
                          LocalDate anchor, String anchorNote) {
            this(id, title, outlet, published, source, language, credits, duplicateOf, derivedFrom, anchor,
                    anchorNote, 0);
        }
    }

    /** A merged entity: canonical name, variants seen, roles from descriptions, and every mention. */
    public record Entity(String name, String type, List<String> variants, List<String> roles,
                         List<String> articles, List<Span> mentions) {}

    /** A quote with its speaker (null when unnamed) and the speaker's description when given. */
    public record Quote(String speaker, String speakerDescription, String text, String article, Span span) {}

    /**
     * An event on the timeline, reported by one or more articles; {@code dateNote} says why the date is only an
     * estimate (null when an article states or dates it).
     */
    public record TimelineEntry(LocalDate date, String precision, String summary, List<String> articles,
                                List<Span> mentions, String dateNote) {
        public TimelineEntry(LocalDate date, String precision, String summary, List<String> articles,
                             List<Span> mentions) {
            this(date, precision, summary, articles, mentions, null);
        }
    }

    /** A numeric claim: subject, value (and range), unit, the article and its date. */
    public record Claim(String subject, double value, Double low, Double high, String unit, String text,
                        String article, LocalDate date, Span span) {}

    /** Outlets giving different values for one subject; {@code kind} is "update" or "contradiction". */
    public record Disagreement(String subject, String unit, String kind, List<Value> values) {
        /** One of the values with the articles that report it and their dates. */
        public record Value(String value, List<String> articles, List<LocalDate> dates) {}
    }

    /** Which facts (timeline:N, claim:N, quote:N) an outlet reported, and whether it is an independent source. */
    public record Coverage(String outlet, List<String> facts, List<String> articles, boolean independent) {}
}
