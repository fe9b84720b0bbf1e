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
import org.dossier.model.StoryDossier.Quote;
import org.dossier.model.StoryDossier.TimelineEntry;
import org.dossier.resolve.EntityIndex;
import org.dossier.synthesize.claims.Claims;
import org.dossier.synthesize.claims.FoundClaim;

/**
 * Builds a story's dossier from its annotated articles and resolved entities: article list with anchors,
 * quotes, merged timeline, numeric claims with disagreements, and per-outlet coverage.
 */
public final class DossierSynthesizer implements Synthesizer {

    @Override
    public StoryDossier synthesize(Story story, List<AnnotatedArticle> given, List<Entity> entities) {
        List<AnnotatedArticle> articles = Sentences.complete(given);
        EntityIndex index = new EntityIndex(entities);
        List<Quotes.Carried> carried = Quotes.carried(articles, index);
        List<Quote> quotes = carried.stream().map(Quotes.Carried::quote).toList();
        List<TimelineEntry> timeline = Timeline.build(articles, index);
        List<FoundClaim> found = ClaimExtractor.extract(articles);
        List<Claim> claims = found.stream().map(FoundClaim::claim).toList();
        List<Disagreement> disagreements = Claims.disagreements(found);
        return new StoryDossier(story.id(), Titles.best(articles, story.title()), span(articles, timeline),
                articleRefs(articles), List.copyOf(entities), quotes, timeline, claims, disagreements,
                Coverage.build(articles, timeline, claims, carried));
    }

    static List<ArticleRef> articleRefs(List<AnnotatedArticle> articles) {
        List<ArticleRef> out = new ArrayList<>();
        for (AnnotatedArticle a : articles) {
            Article x = a.article();
            List<String> credits = x.credits().stream().map(Credit::name).filter(Objects::nonNull).toList();
            out.add(new ArticleRef(x.id(), x.title(), Coverage.outlet(x), x.published(), x.source(), x.language(),
                    credits, x.duplicateOf(), x.derivedFrom(), Anchors.anchor(a), Anchors.note(a),
                    Math.round(x.translationScore() * 100) / 100.0,
                    a.annotations() == null ? null : a.annotations().analysis()));
        }
        return out;
    }

    static DateRange span(List<AnnotatedArticle> articles, List<TimelineEntry> timeline) {
        List<LocalDate> dates = new ArrayList<>();
        articles.stream().map(Anchors::anchor).filter(Objects::nonNull).forEach(dates::add);
        timeline.forEach(t -> dates.add(t.date()));
        if (dates.isEmpty()) {
            return new DateRange(null, null);
        }
        return new DateRange(dates.stream().min(Comparator.naturalOrder()).get(),
                dates.stream().max(Comparator.naturalOrder()).get());
    }
}
