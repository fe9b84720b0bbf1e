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
     * denies or warns of: {@code side} is the country the actor speaks for when known (a country's own side is
     * itself; null when unknown), {@code stance} one of those verbs' names (lower case, e.g. "demands",
     * "rules_out"), {@code proposition} the short normalised content, {@code text} the sentence it is read from,
     * {@code date} the earliest date it was stated, {@code answers} (a rejection's) the demand of another actor it
     * rejects ("Russia demands guarantees …"; null, and left out of the JSON, when none is in the story).
     */
    public record Position(String actor, String side, String stance, String proposition, String text,
                           List<String> articles, List<Span> mentions, LocalDate date,
                           @com.fasterxml.jackson.annotation.JsonInclude(
                                   com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) String answers) {
        /** A position answering no demand. */
        public Position(String actor, String side, String stance, String proposition, String text,
                        List<String> articles, List<Span> mentions, LocalDate date) {
            this(actor, side, stance, proposition, text, articles, mentions, date, null);
        }

        /** The same position answering {@code demand}. */
        public Position answering(String demand) {
            return new Position(actor, side, stance, proposition, text, articles, mentions, date, demand);
        }
    }

    /**
     * A fact of the story as coverage counts it: {@code id} is what coverage cells name ("timeline:3"),
     * {@code label} a short readable label, {@code independentSources} how many independent sources carry it
     * (reposts, translations and one agency's copy count once), {@code singleSource} when only one does;
     * {@code group} the speaker of a quote or the actor of a position (the matrix shows each group as one row,
     * after the events and numbers), null for events and numbers.
     */
    public record Fact(String id, String kind, String label, List<String> articles, List<String> outlets,
                       int independentSources, boolean singleSource, String group) {
        /** A fact of no group (an event or a number). */
        public Fact(String id, String kind, String label, List<String> articles, List<String> outlets,
                    int independentSources, boolean singleSource) {
            this(id, kind, label, articles, outlets, independentSources, singleSource, null);
        }
    }

    /** First and last day the story's articles and events cover. */
    public record DateRange(LocalDate from, LocalDate to) {}

    /**
     * An article of the story as the dossier lists it; {@code anchorNote} explains a re-anchored date;
     * {@code machineTranslation} is extraction's score (0-1) of how much the text reads as a machine translation;
     * {@code anchorBefore}, when set, is what the evidence allows of an undated article's date: written before that
     * day (it speaks as future of events other articles report on that day); {@code anchor} is then only the day its
     * relative times were read against. {@code analysis} is null for an article read with a model of its language,
     * else why it could not be analysed fully. {@code authors} are the people its byline names, as extraction read
     * them (empty when it names none, and when an older dossier's JSON has no such field).
     */
    public record ArticleRef(String id, String title, String outlet, LocalDate published, String source,
                             String language, List<String> credits, String duplicateOf, String derivedFrom,
                             LocalDate anchor, String anchorNote, double machineTranslation, LocalDate anchorBefore,
                             String analysis, List<String> authors) {
        public ArticleRef {
            authors = authors == null ? List.of() : List.copyOf(authors);
        }

        public ArticleRef(String id, String title, String outlet, LocalDate published, String source,
                          String language, List<String> credits, String duplicateOf, String derivedFrom,
                          LocalDate anchor, String anchorNote, double machineTranslation, LocalDate anchorBefore,
                          String analysis) {
            this(id, title, outlet, published, source, language, credits, duplicateOf, derivedFrom, anchor,
                    anchorNote, machineTranslation, anchorBefore, analysis, List.of());
        }

        public ArticleRef(String id, String title, String outlet, LocalDate published, String source,
                          String language, List<String> credits, String duplicateOf, String derivedFrom,
                          LocalDate anchor, String anchorNote, double machineTranslation, LocalDate anchorBefore) {
            this(id, title, outlet, published, source, language, credits, duplicateOf, derivedFrom, anchor,
                    anchorNote, machineTranslation, anchorBefore, null);
        }

        public ArticleRef(String id, String title, String outlet, LocalDate published, String source,
                          String language, List<String> credits, String duplicateOf, String derivedFrom,
                          LocalDate anchor, String anchorNote, double machineTranslation) {
            this(id, title, outlet, published, source, language, credits, duplicateOf, derivedFrom, anchor,
                    anchorNote, machineTranslation, null, null);
        }

        public ArticleRef(String id, String title, String outlet, LocalDate published, String source,
                          String language, List<String> credits, String duplicateOf, String derivedFrom,
                          LocalDate anchor, String anchorNote) {
            this(id, title, outlet, published, source, language, credits, duplicateOf, derivedFrom, anchor,
                    anchorNote, 0);
        }
    }

    /**
     * A merged entity: canonical name, variants seen, roles from descriptions, every mention, and the adjectives
     * the story derives from it ({@code attributes}: "Russian", "pro-Russian" for Russia), which are not entities
     * of their own. An older dossier's JSON without attributes reads them as empty.
     */
    public record Entity(String name, String type, List<String> variants, List<String> roles,
                         List<String> articles, List<Span> mentions, List<String> attributes) {
        public Entity {
            attributes = attributes == null ? List.of() : attributes;
        }

        /**
         * The other names the entity goes by, for a reader: its variants without its name, and without a variant
         * written as one already listed in other capitals ("TARSEN" beside "Tarsen").
         */
        public List<String> otherNames() {
            java.util.Set<String> seen = new java.util.HashSet<>();
            seen.add(name.toLowerCase(java.util.Locale.ROOT));
            return variants.stream().filter(v -> seen.add(v.toLowerCase(java.util.Locale.ROOT))).toList();
        }

        /** An entity without attributes. */
        public Entity(String name, String type, List<String> variants, List<String> roles, List<String> articles,
                      List<Span> mentions) {
            this(name, type, variants, roles, articles, mentions, List.of());
        }

        /** The same entity with these attributes. */
        public Entity withAttributes(List<String> attrs) {
            return new Entity(name, type, variants, roles, articles, mentions, List.copyOf(attrs));
        }
    }

    /**
     * A quote with its speaker (null when unnamed) and the speaker's description when given; {@code date} is the
     * day it was said (a day its attribution states, else its article's anchor; null when neither is known) and
     * {@code alsoIn} the other articles carrying the same quote (reposts, other outlets), in story order;
     * {@code translations} the quotes of other languages that render the same words (same speaker, day, names and
     * numbers), each cited by its span.
     */
    public record Quote(String speaker, String speakerDescription, String text, String article, Span span,
                        LocalDate date, List<String> alsoIn, List<Span> translations) {
        public Quote {
            alsoIn = alsoIn == null ? List.of() : List.copyOf(alsoIn);
            translations = translations == null ? List.of() : List.copyOf(translations);
        }

        /** A quote with no translations linked. */
        public Quote(String speaker, String speakerDescription, String text, String article, Span span,
                     LocalDate date, List<String> alsoIn) {
            this(speaker, speakerDescription, text, article, span, date, alsoIn, List.of());
        }

        /** A quote without date or other carriers. */
        public Quote(String speaker, String speakerDescription, String text, String article, Span span) {
            this(speaker, speakerDescription, text, article, span, null, List.of());
        }
    }

    /**
     * An event on the timeline, reported by one or more articles. {@code summary} states it (who did what, where,
     * the outcome when stated), {@code sentence} is the sentence of the first report it is read from (every report's
     * span is in {@code mentions}), {@code kind} its class ("meeting", "statement", ...), {@code participants} those
     * who take part (or speak), {@code place} where. {@code precision} is "day", "week", "month", "year", or
     * "before" when the evidence gives only a bound: the event happened before {@code date}. {@code dateNote} says
     * why the date is only an estimate or a bound (null when an article states or dates it). {@code plannedAsOf} is
     * the latest day of the articles reporting it when every one of them is older than the event's day: a plan or a
     * forecast as of that day, not yet known to have happened (null otherwise).
     */
    public record TimelineEntry(LocalDate date, String precision, String summary, List<String> articles,
                                List<Span> mentions, String dateNote, String kind, List<String> participants,
                                String place, String sentence, LocalDate plannedAsOf) {
        public TimelineEntry {
            participants = participants == null ? List.of() : List.copyOf(participants);
        }

        public TimelineEntry(LocalDate date, String precision, String summary, List<String> articles,
                             List<Span> mentions, String dateNote, String kind, List<String> participants,
                             String place, String sentence) {
            this(date, precision, summary, articles, mentions, dateNote, kind, participants, place, sentence, null);
        }

        /** This entry as a plan of {@code asOf} (see {@link #plannedAsOf}). */
        public TimelineEntry planned(LocalDate asOf) {
            return new TimelineEntry(date, precision, summary, articles, mentions, dateNote, kind, participants, place,
                    sentence, asOf);
        }

        public TimelineEntry(LocalDate date, String precision, String summary, List<String> articles,
                             List<Span> mentions, String dateNote) {
            this(date, precision, summary, articles, mentions, dateNote, null, List.of(), null, null);
        }

        public TimelineEntry(LocalDate date, String precision, String summary, List<String> articles,
                             List<Span> mentions) {
            this(date, precision, summary, articles, mentions, null);
        }

        /**
         * The date as precisely as it is known, as reports and fact labels show it: a month, a year, the week of a
         * day, "before" a bound, "~" for an estimate; null when undated.
         */
        public String dateAsShown() {
            if (date == null) {
                return null;
            }
            String iso = date.toString();
            String shown = switch (precision == null ? "day" : precision) {
                case "month" -> iso.substring(0, 7);
                case "year" -> iso.substring(0, 4);
                case "week" -> "week of " + iso;
                case "before" -> "before " + iso;
                default -> iso;
            };
            return dateNote == null || "before".equals(precision) ? shown : "~" + shown;
        }
    }

    /**
     * A numeric claim: subject, value (and range), unit, the words as the article wrote them ({@code text}), the
     * amount as reported ({@code amount}: "about 100,000", "up to 90,000", "tens of thousands"), the article and the
     * date it speaks from. A {@code vague} amount ("tens of thousands", "dozens") has no value, low or high: it is
     * shown as written. {@code source} is whom the article credits for the figure ("Ukrainian and US authorities"),
     * null when it credits no one. {@code datePrecision} is "day", or "before" when the article can only be dated
     * before {@code date}; {@code dateEstimated} when the day is the story's estimate, not the article's own.
     */
    public record Claim(String subject, Double value, Double low, Double high, String unit, String text,
                        String article, LocalDate date, Span span, String amount, boolean vague, String source,
                        String datePrecision, boolean dateEstimated) {
        public Claim(String subject, double value, Double low, Double high, String unit, String text,
                     String article, LocalDate date, Span span) {
            this(subject, value, low, high, unit, text, article, date, span, null, false, null, "day", false);
        }

        /** The day the claim speaks from as reports show it: "before" a bound, "~" an estimate; null when undated. */
        public String dateAsShown() {
            if (date == null) {
                return null;
            }
            return "before".equals(datePrecision) ? "before " + date : (dateEstimated ? "~" : "") + date;
        }
    }

    /**
     * Outlets giving different values for one subject; {@code kind} is "update" (each value later than the one
     * before, moving one way: the figure changed over time), "contradiction" (values that cannot all hold at
     * once) or "differ" (values that differ where a date is only estimated); {@code reason} says which, in words. A vague amount is listed as written but never makes a
     * disagreement.
     */
    public record Disagreement(String subject, String unit, String kind, List<Value> values, String reason) {
        public Disagreement(String subject, String unit, String kind, List<Value> values) {
            this(subject, unit, kind, values, null);
        }

        /**
         * One of the values with the articles that report it and their dates; {@code when} the dates as precisely
         * as known ("2022-01-10", "before 2022-01-10", "~2022-01-13").
         */
        public record Value(String value, List<String> articles, List<LocalDate> dates, List<String> when) {
            public Value {
                when = when == null ? List.of() : List.copyOf(when);
            }

            public Value(String value, List<String> articles, List<LocalDate> dates) {
                this(value, articles, dates, List.of());
            }
        }
    }

    /**
     * Which facts (timeline:N, claim:N, quote:N, position:N) an outlet reported, and whether it is an independent
     * source; {@code dependence} says why not (copy, repost, machine translation, one agency's copy), null when it is.
     */
    public record Coverage(String outlet, List<String> facts, List<String> articles, boolean independent,
                           String dependence) {
        public Coverage(String outlet, List<String> facts, List<String> articles, boolean independent) {
            this(outlet, facts, articles, independent, null);
        }
    }
}
