package org.dossier.synthesize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Article;
import org.dossier.model.Annotations;
import org.dossier.model.QuoteMention;
import org.dossier.model.SentenceSpan;
import org.dossier.model.TimeMention;
import org.dossier.model.Span;
import org.dossier.model.StoryDossier.Quote;
import org.dossier.model.EntityLookup;

/**
 * The story's quotes with named speakers mapped to canonical entity names; unnamed ones keep their description.
 * The same words (case, spacing and punctuation aside) quoted in several articles — reposts, translations of one
 * text, wire copy — are one quote, cited from an independent article when one carries it; quotes of other
 * languages that translate it are linked ({@link QuoteTranslations}).
 */
final class Quotes {
    /** One quote with every article that carries it (the quote's own article first). */
    record Carried(Quote quote, List<String> articles) {}

    private Quotes() {}

    static List<Quote> collect(List<AnnotatedArticle> articles, EntityLookup index) {
        return carried(articles, index).stream().map(Carried::quote).toList();
    }

    static List<Carried> carried(List<AnnotatedArticle> articles, EntityLookup index) {
        Map<String, List<Quote>> byKey = new LinkedHashMap<>();
        Map<String, Boolean> own = new LinkedHashMap<>();
        for (AnnotatedArticle a : articles) {
            own.put(a.id(), independent(a.article()));
            for (QuoteMention q : a.annotations().quotes()) {
                String speaker = speaker(q.speaker(), index);
                String description = description(q.speakerDescription(), index);
                String named = speaker == null ? namedBy(description, index) : null;
                if (named != null) { // "Kvist" on a page that never writes his full name: the story's Anders Kvist
                    speaker = named;
                    description = null;
                }
                Quote quote = new Quote(speaker, description, q.text(), a.id(),
                        new Span(a.id(), q.start(), q.end()), saidOn(q, a.annotations()), List.of());
                byKey.computeIfAbsent(key(quote, byKey), k -> new ArrayList<>()).add(quote);
            }
        }
        List<Carried> out = new ArrayList<>();
        for (List<Quote> copies : byKey.values()) {
            Quote best = copies.stream().min(Comparator.comparing((Quote q) -> !own.getOrDefault(q.article(), true))
                    .thenComparing(q -> q.speaker() == null)).orElseThrow();
            List<String> carriers = new ArrayList<>(List.of(best.article()));
            copies.stream().map(Quote::article).filter(id -> !carriers.contains(id)).forEach(carriers::add);
            LocalDate date = best.date() != null ? best.date()
                    : copies.stream().map(Quote::date).filter(d -> d != null).findFirst().orElse(null);
            Quote linked = new Quote(best.speaker(), best.speakerDescription(), best.text(), best.article(), best.span(),
                    date, carriers.subList(1, carriers.size()));
            out.add(new Carried(linked, List.copyOf(carriers)));
        }
        return QuoteTranslations.link(out, articles, index);
    }

    /**
     * The grouping key of a quote: its normalised words, with the speaker when another speaker was already seen
     * saying these words (two named speakers never share a quote; a named and an unnamed copy do).
     */
    private static String key(Quote q, Map<String, List<Quote>> seen) {
        String words = normalised(q.text());
        List<Quote> same = seen.get(words);
        if (same == null || q.speaker() == null
                || same.stream().allMatch(o -> o.speaker() == null || o.speaker().equals(q.speaker()))) {
            return words;
        }
        return words + "\u0000" + q.speaker();
    }

    /**
     * The day a quote was said: a day-precise time its own sentences state outside the quote's words, not after
     * the article's anchor ("…," she said on Monday), the nearest after the quote first; else the anchor.
     */
    static LocalDate saidOn(QuoteMention q, Annotations ann) {
        List<SentenceSpan> sentences = ann.sentences();
        int first = sentenceAt(sentences, q.start());
        int last = sentenceAt(sentences, Math.max(q.start(), q.end() - 1));
        TimeMention best = null;
        for (TimeMention t : ann.times()) {
            boolean outside = t.end() <= q.start() || t.start() >= q.end();
            boolean inSentence = t.sentence() >= first && t.sentence() <= last;
            boolean notLater = ann.anchor() == null || !t.date().isAfter(ann.anchor());
            if (outside && inSentence && notLater && "day".equals(t.precision())
                    && (best == null || t.start() >= q.end() && best.start() < q.end())) {
                best = t;
            }
        }
        return best != null ? best.date() : ann.anchor();
    }

    private static int sentenceAt(List<SentenceSpan> sentences, int pos) {
        int best = -1;
        for (int s = 0; s < sentences.size(); s++) {
            if (sentences.get(s).start() <= pos) {
                best = s;
            }
        }
        return best;
    }

    static String normalised(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static boolean independent(Article a) {
        return isBlank(a.duplicateOf()) && isBlank(a.derivedFrom());
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * The story's entity a one-word description names (a surname the page's tagger left untyped that the story
     * writes in full elsewhere), or null.
     */
    private static String namedBy(String description, EntityLookup index) {
        if (description == null || description.contains(" ") || !Character.isUpperCase(description.codePointAt(0))) {
            return null;
        }
        return index.canonical(description);
    }

    /** A speaker description, or null when it is only a courtesy title or pronoun ("Mr"). */
    static String description(String raw, EntityLookup index) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String d = raw.strip();
        return d.contains(" ") || d.equals(d.toLowerCase(Locale.ROOT)) || index.cleanedName(d) != null ? raw : null;
    }

    static String speaker(String raw, EntityLookup index) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String canonical = index.canonical(raw);
        if (canonical != null) {
            return canonical;
        }
        return index.cleanedName(raw);
    }
}
