package org.dossier.synthesize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Article;
import org.dossier.model.Credit;
import org.dossier.model.Story;
import org.dossier.model.StoryDossier;
import org.dossier.model.StoryDossier.ArticleRef;
import org.dossier.model.StoryDossier.Claim;
import org.dossier.model.StoryDossier.DateRange;
import org.dossier.model.StoryDossier.Disagreement;
import org.dossier.model.StoryDossier.Entity;
import org.dossier.model.StoryDossier.Position;
import org.dossier.model.StoryDossier.Quote;
import org.dossier.model.StoryDossier.SummarySentence;
import org.dossier.model.StoryDossier.TimelineEntry;
import org.dossier.model.EntityLookup;
import org.dossier.synthesize.claims.Claims;
import org.dossier.synthesize.claims.FoundClaim;
import org.dossier.synthesize.positions.Positions;
import org.dossier.synthesize.summary.Summary;

/**
 * Builds a story's dossier from its annotated articles and resolved entities: article list with anchors,
 * quotes, merged timeline (with the demands and rejections of actions among the positions, {@link StanceEvents}), numeric claims with disagreements, positions, the fact table with per-outlet coverage,
 * a cited summary and a title built from the central event.
 */
public final class DossierSynthesizer implements Synthesizer {
    private final java.util.function.Function<List<Entity>, EntityLookup> lookup;

    /** A synthesizer that looks entities up with the index the resolve stage makes of them (handed in by the chain). */
    public DossierSynthesizer(java.util.function.Function<List<Entity>, EntityLookup> lookup) {
        this.lookup = lookup;
    }

    @Override
    public StoryDossier synthesize(Story story, List<AnnotatedArticle> given, List<Entity> entities) {
        List<AnnotatedArticle> articles = Sentences.complete(given);
        EntityLookup index = lookup.apply(entities);
        List<Quotes.Carried> carried = Quotes.carried(articles, index);
        List<Quote> quotes = carried.stream().map(Quotes.Carried::quote).toList();
        List<Position> positions = Positions.of(articles, index, Timeline.sources(articles));
        List<TimelineEntry> events = Timeline.build(articles, index);
        // the title and the summary read the events alone: a demand's sentence already weighs as a position
        List<TimelineEntry> timeline = Timeline.plans(StanceEvents.with(events, articles, positions), articles);
        ClaimCopies.Merged merged = ClaimCopies.merge(ClaimExtractor.extract(articles), articles);
        List<FoundClaim> found = merged.found();
        List<Claim> claims = found.stream().map(FoundClaim::claim).toList();
        List<Disagreement> disagreements = Claims.disagreements(found);
        Coverage.Table table = Coverage.table(articles, timeline, claims, merged.carriers(), carried, positions);
        List<SummarySentence> summary = Summary.of(articles, events, positions, table.independentArticles(), index);
        return new StoryDossier(story.id(), Titles.of(articles, events, entities, story.title()), span(articles, timeline), summary,
                articleRefs(articles), List.copyOf(entities), quotes, positions, timeline, claims, disagreements,
                table.facts(), table.coverage());
    }

    static List<ArticleRef> articleRefs(List<AnnotatedArticle> articles) {
        List<ArticleRef> out = new ArrayList<>();
        for (AnnotatedArticle a : articles) {
            Article x = a.article();
            // agencies, sources and repost origins (the schema's "credits"); the writers and editors a contribution
            // line names are staff, no provenance
            List<String> credits = x.credits().stream()
                    .filter(c -> c.kind() != Credit.Kind.AUTHOR && c.kind() != Credit.Kind.EDITOR)
                    .map(Credit::name).filter(Objects::nonNull).toList();
            out.add(new ArticleRef(x.id(), x.title(), Coverage.outlet(x), x.published(), x.source(), x.language(),
                    credits, x.duplicateOf(), x.derivedFrom(), Anchors.anchor(a), Anchors.note(a),
                    Math.round(x.translationScore() * 100) / 100.0, Anchors.before(a),
                    a.annotations() == null ? null : a.annotations().analysis(), x.authors()));
        }
        return out;
    }

    static DateRange span(List<AnnotatedArticle> articles, List<TimelineEntry> timeline) {
        List<LocalDate> dates = new ArrayList<>();
        articles.stream().filter(a -> Anchors.before(a) == null).map(Anchors::anchor).filter(Objects::nonNull)
                .forEach(dates::add);
        // a month or a bound is no day: it would show the span more precisely than it is known ("2025-01-01")
        // a plan is not yet a day of the story
        timeline.stream().filter(t -> "day".equals(t.precision()) && t.date() != null && t.plannedAsOf() == null)
                .forEach(t -> dates.add(t.date()));
        if (dates.isEmpty()) {
            return new DateRange(null, null);
        }
        return new DateRange(dates.stream().min(Comparator.naturalOrder()).get(),
                dates.stream().max(Comparator.naturalOrder()).get());
    }
}
