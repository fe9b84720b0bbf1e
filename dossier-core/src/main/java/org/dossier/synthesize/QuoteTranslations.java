package org.dossier.synthesize;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.EntityMention;
import org.dossier.model.Span;
import org.dossier.model.StoryDossier.Entity;
import org.dossier.model.StoryDossier.Quote;
import org.dossier.model.EntityLookup;
import org.dossier.synthesize.positions.Countries;
import org.dossier.text.KeyFeatures;

/**
 * Links quotes that translate each other: one speaker, articles of different languages, said within
 * {@value #DAYS} days, the same names (the resolved entities named inside the quote, so "Selenskyj" and "Zelensky"
 * are one, a country's names and capital in any language its country: "Warschau" and "Warsaw") and numbers (the language-free keys of {@link KeyFeatures}), at least one of them, and lengths alike.
 * Use it on the story's quotes after identical copies are merged ({@link Quotes}).
 */
final class QuoteTranslations {
    static final int DAYS = 2;
    /** The longer of two translations is at most this many times the shorter (in characters). */
    static final double LENGTH_RATIO = 1.7;

    private QuoteTranslations() {}

    static List<Quotes.Carried> link(List<Quotes.Carried> quotes, List<AnnotatedArticle> articles, EntityLookup index) {
        Map<String, AnnotatedArticle> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        List<Set<String>> keys = new ArrayList<>();
        for (Quotes.Carried c : quotes) {
            keys.add(keys(c.quote(), byId.get(c.quote().article()), index));
        }
        List<List<Span>> found = new ArrayList<>();
        quotes.forEach(c -> found.add(new ArrayList<>()));
        for (int i = 0; i < quotes.size(); i++) {
            for (int j = i + 1; j < quotes.size(); j++) {
                Quote a = quotes.get(i).quote();
                Quote b = quotes.get(j).quote();
                if (translate(a, b, byId, keys.get(i), keys.get(j))) {
                    found.get(i).add(b.span());
                    found.get(j).add(a.span());
                }
            }
        }
        List<Quotes.Carried> out = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i).quote();
            out.add(found.get(i).isEmpty() ? quotes.get(i) : new Quotes.Carried(new Quote(q.speaker(),
                    q.speakerDescription(), q.text(), q.article(), q.span(), q.date(), q.alsoIn(), found.get(i)),
                    quotes.get(i).articles()));
        }
        return out;
    }

    private static boolean translate(Quote a, Quote b, Map<String, AnnotatedArticle> byId, Set<String> aKeys,
                                     Set<String> bKeys) {
        AnnotatedArticle x = byId.get(a.article());
        AnnotatedArticle y = byId.get(b.article());
        if (a.speaker() == null || !a.speaker().equals(b.speaker()) || x == null || y == null || a.span() == null
                || b.span() == null || a.article().equals(b.article())
                || Objects.equals(x.article().language(), y.article().language())) {
            return false;
        }
        if (a.date() != null && b.date() != null && Math.abs(ChronoUnit.DAYS.between(a.date(), b.date())) > DAYS) {
            return false;
        }
        double shorter = Math.min(a.text().length(), b.text().length());
        double longer = Math.max(a.text().length(), b.text().length());
        return !aKeys.isEmpty() && aKeys.equals(bKeys) && longer <= LENGTH_RATIO * shorter;
    }

    /** A quote's language-free keys: the canonical names of the entities named in it and its numbers. */
    private static Set<String> keys(Quote q, AnnotatedArticle a, EntityLookup index) {
        Set<String> out = new TreeSet<>();
        if (a == null || q.span() == null) {
            return out;
        }
        for (EntityMention m : a.annotations().entities()) {
            if (m.start() >= q.span().start() && m.end() <= q.span().end()) {
                Entity e = index.within(a.id(), m.start(), m.end());
                String name = e != null ? e.name() : m.text().strip();
                String country = Countries.of(name);
                out.add("e:" + (country != null ? country : name));
            }
        }
        KeyFeatures.of(null, q.text()).counts().keySet().stream()
                .filter(k -> k.startsWith("n:") || k.startsWith("y:") || k.startsWith("d:")).forEach(out::add);
        return out;
    }
}
