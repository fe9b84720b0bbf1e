package org.dossier.annotate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.dossier.model.Annotations;
import org.dossier.model.Article;
import org.dossier.model.QuoteMention;
import org.dossier.model.TimeValue;

/**
 * Test helper: annotates a short text with the shared annotator (CoreNLP is loaded once per test JVM), whose today
 * is fixed at {@link #TODAY} whatever the real date.
 */
final class Texts {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final CoreNlpAnnotator ANNOTATOR = annotatorOn(TODAY);

    private Texts() {}

    /** An annotator for which today is {@code today}. */
    static CoreNlpAnnotator annotatorOn(LocalDate today) {
        return new CoreNlpAnnotator(Clock.fixed(today.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    static Article article(String id, String text) {
        return new Article(id, null, null, null, null, null, null, null, "en", null, text, 0, null, null);
    }

    static Annotations annotate(String text, LocalDate anchor) {
        return ANNOTATOR.annotate(article("t", text), anchor);
    }

    /** The value {@code dossier annotate} prints for the first time expression overlapping {@code expr}, or null. */
    static String valueAt(String text, LocalDate anchor, String expr) {
        Annotations a = annotate(text, anchor);
        List<TimeValue> values = TimexValues.all(text, "en", a.times(), anchor);
        int start = text.indexOf(expr);
        int end = start + expr.length();
        return values.stream().filter(v -> v.start() < end && v.end() > start).map(TimeValue::value).findFirst()
                .orElse(null);
    }

    /** The first quote of {@code text} (annotated against {@code anchor}) whose text starts with {@code start}. */
    static QuoteMention quoteStartingWith(String text, LocalDate anchor, String start) {
        List<QuoteMention> quotes = annotate(text, anchor).quotes();
        return quotes.stream().filter(q -> q.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote \"" + start + "\" in " + quotes));
    }

    /** The first quote of {@code text} (annotated against {@code anchor}) whose text is (or, not exact, holds) {@code words}. */
    static QuoteMention quoteOf(String text, LocalDate anchor, String words, boolean exact) {
        List<QuoteMention> quotes = annotate(text, anchor).quotes();
        return quotes.stream().filter(q -> exact ? q.text().equals(words) : q.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote \"" + words + "\" in " + quotes));
    }
}
