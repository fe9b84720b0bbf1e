package org.dossier.server;

import java.util.List;
import org.dossier.model.Span;
import org.dossier.model.StoryDossier;
import org.dossier.port.StorySummary;

/**
 * The server's CSV downloads ({@link Csv}: formula cells neutralised): the stories list, and per story its
 * quotes, claims, timeline, entities and coverage (one row per outlet and fact, with the fact's label);
 * its articles are {@link ArticleCsv}.
 */
final class DossierCsv {
    private DossierCsv() {}

    static String stories(List<StorySummary> stories) {
        Csv csv = new Csv("id", "title", "first_date", "last_date", "article_count", "outlet_count", "outlets", "languages");
        for (StorySummary s : stories) {
            csv.text(s.id()).text(s.title()).number(s.firstDate()).number(s.lastDate()).number(s.articleCount())
                    .number(s.outlets().size()).texts(s.outlets()).texts(s.languages()).end();
        }
        return csv.toString();
    }

    static String quotes(StoryDossier d) {
        Csv csv = new Csv("speaker", "speaker_description", "quote", "article", "outlet", "date", "start", "end");
        for (StoryDossier.Quote q : d.quotes()) {
            StoryDossier.ArticleRef a = ref(d, q.article());
            csv.text(q.speaker()).text(q.speakerDescription()).text(q.text()).text(q.article()).text(a == null ? null : a.outlet())
                    .number(a == null ? null : a.published()).number(q.span() == null ? null : q.span().start())
                    .number(q.span() == null ? null : q.span().end()).end();
        }
        return csv.toString();
    }

    static String claims(StoryDossier d) {
        Csv csv = new Csv("subject", "value", "low", "high", "unit", "text", "article", "outlet", "date", "start", "end");
        for (StoryDossier.Claim c : d.claims()) {
            StoryDossier.ArticleRef a = ref(d, c.article());
            csv.text(c.subject()).number(c.value()).number(c.low()).number(c.high()).text(c.unit()).text(c.text())
                    .text(c.article()).text(a == null ? null : a.outlet()).number(c.date())
                    .number(c.span() == null ? null : c.span().start()).number(c.span() == null ? null : c.span().end()).end();
        }
        return csv.toString();
    }

    static String timeline(StoryDossier d) {
        Csv csv = new Csv("date", "precision", "summary", "date_note", "planned_as_of", "articles", "first_span");
        for (StoryDossier.TimelineEntry t : d.timeline()) {
            csv.number(t.date()).text(t.precision()).text(t.summary()).text(t.dateNote()).number(t.plannedAsOf())
                    .texts(t.articles())
                    .text(t.mentions().isEmpty() ? null : span(t.mentions().get(0))).end();
        }
        return csv.toString();
    }

    static String entities(StoryDossier d) {
        Csv csv = new Csv("name", "type", "variants", "roles", "article_count", "mention_count");
        for (StoryDossier.Entity e : d.entities()) {
            csv.text(e.name()).text(e.type()).texts(e.variants()).texts(e.roles()).number(e.articles().size())
                    .number(e.mentions().size()).end();
        }
        return csv.toString();
    }

    static String coverage(StoryDossier d) {
        Csv csv = new Csv("outlet", "independent", "fact", "fact_label", "articles");
        for (StoryDossier.Coverage c : d.coverage()) {
            for (String fact : c.facts()) {
                csv.text(c.outlet()).number(c.independent()).text(fact).text(FactLabels.of(d, fact)).texts(c.articles()).end();
            }
        }
        return csv.toString();
    }

    private static StoryDossier.ArticleRef ref(StoryDossier d, String articleId) {
        return d.articles().stream().filter(a -> a.id().equals(articleId)).findFirst().orElse(null);
    }

    private static String span(Span s) {
        return s.article() + " " + s.start() + "-" + s.end();
    }
}
