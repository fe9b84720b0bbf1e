package org.dossier.resolve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dossier.annotate.CoreNlpAnnotator;
import org.dossier.chain.Composition;
import org.dossier.chain.StoryAnalysis;
import org.dossier.model.Article;
import org.dossier.model.Story;
import org.dossier.model.StoryDossier.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dossier's entity list on held-out articles ({@code heldout-entities-1.txt}, written before a round's entity
 * rules; {@code heldout-entities-2.txt}, written after them; {@code heldout-entities-3.txt} and
 * {@code heldout-entities-4.txt} the same for the next round; {@code heldout-entities-5.txt}, stories of several
 * articles written before its round's rules), each read as its own story through the composition's
 * analysis, as {@code dossier report} reads it, and scored by {@link EntityScore}. German and French articles count
 * only where their model is on the class path (Maven profile {@code languages}); without it they are read by name
 * evidence, which lists only names other articles confirm. The figures are printed; each is asserted at the level
 * reached, so that a regression fails (docs/BENCHMARKS.md, "Entities on held-out articles").
 */
class HeldOutEntitiesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);
    private static StoryAnalysis analysis;

    @BeforeAll
    static void buildTheAnalysis() {
        analysis = Composition.standard(CLOCK).storyAnalysis();
    }

    static List<Entity> listed(EntityScore.Case c) {
        List<String> texts = c.articles();
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String id = texts.size() == 1 ? c.id() : c.id() + "-" + (i + 1);
            articles.add(new Article(id, id + ".html", null, c.id(), List.of(), c.date(), List.of(),
                    "outlet" + (i == 0 ? "" : i) + ".example", c.language(), List.of(), texts.get(i), 0.1, null, null));
        }
        return analysis.analyse(new Story("s-" + c.id(), c.id(), articles.stream().map(Article::id).toList()), articles,
                Map.of(), () -> { }).dossier().entities();
    }

    /** The set's result over the cases whose language can be read here, printed with its errors. */
    static EntityScore.Result read(String resource, String label) throws IOException {
        List<EntityScore.Result> results = new ArrayList<>();
        Map<String, List<EntityScore.Result>> byLanguage = new java.util.TreeMap<>();
        for (EntityScore.Case c : EntityScore.cases(resource)) {
            if (!c.language().equals("en") && !CoreNlpAnnotator.hasModel(c.language())) {
                continue;
            }
            List<Entity> entities = listed(c);
            System.out.println(c.id() + ": " + entities.stream().map(e -> e.name() + " (" + e.type() + ")"
                    + (e.roles().isEmpty() ? "" : " " + e.roles()) + (e.variants().size() > 1 ? " " + e.variants() : ""))
                    .collect(Collectors.joining("; ")));
            EntityScore.Result one = EntityScore.score(c, entities);
            results.add(one);
            byLanguage.computeIfAbsent(c.language(), k -> new ArrayList<>()).add(one);
        }
        EntityScore.Result sum = EntityScore.sum(results);
        System.out.println(label + ": " + results.size() + " cases, " + sum.line());
        byLanguage.forEach((language, rs) -> System.out.println(label + ", " + language + ": " + rs.size() + " cases, "
                + EntityScore.sum(rs).line()));
        sum.errors().forEach(e -> System.out.println("  " + e));
        return sum;
    }

    @Test
    void theEntityListIsPreciseAndCompleteOnTheFirstHeldOutSet() throws IOException {
        EntityScore.Result r = read("heldout-entities-1.txt", "held-out entities set 1");
        // first read: English 63/69 precise, 63/69 found, roles 11/21; with the German and French models 84/93,
        // 84/93, roles 11/29; after the rules of this round 0.98 / 0.97 / 0.93 or better in both builds
        assertTrue(r.precision() >= 0.98, r.line());
        assertTrue(r.recall() >= 0.96, r.line());
        assertTrue(r.roleRecall() >= 0.92, r.line());
    }

    @Test
    void theEntityListIsPreciseAndCompleteOnTheSecondHeldOutSet() throws IOException {
        EntityScore.Result r = read("heldout-entities-2.txt", "held-out entities set 2");
        // first read, not tuned on: English 38/40 precise, 38/40 found, roles 10/12; with the German and French
        // models 52/54, 52/55, roles 14/19
        assertTrue(r.precision() >= 0.95, r.line());
        assertTrue(r.recall() >= 0.94, r.line());
        assertTrue(r.roleRecall() >= 0.73, r.line());
    }

    @Test
    void theEntityListIsPreciseAndCompleteOnTheThirdHeldOutSet() throws IOException {
        EntityScore.Result r = read("heldout-entities-3.txt", "held-out entities set 3");
        // first read: English 63/85 precise, 63/79 found, roles 9/17; with the German, French and Spanish models
        // 85/114, 85/107, roles 12/25; after the rules of this round 0.975 / 0.975 / 0.82 (English) and about
        // 0.92 / 0.93 / 0.72 (all) or better
        assertTrue(r.precision() >= 0.92, r.line());
        assertTrue(r.recall() >= 0.93, r.line());
        assertTrue(r.roleRecall() >= 0.72, r.line());
    }

    @Test
    void theEntityListIsPreciseAndCompleteOnTheFourthHeldOutSet() throws IOException {
        EntityScore.Result r = read("heldout-entities-4.txt", "held-out entities set 4");
        // first read, not tuned on: English 29/36 precise, 29/37 found, roles 7/11 (30/36, 30/37 with the one fix
        // made after it, "Saudi Arabia" no longer cut to "Arabia"); the German, French and Spanish articles count
        // only with their models, at a level not measured here, so the bounds hold for both builds; after set 5's
        // rules English 32/36, 32/37 (Ashcombe and Pellow, clubs by a position word and a frame with a score)
        assertTrue(r.precision() >= 0.75, r.line());
        assertTrue(r.recall() >= 0.75, r.line());
        assertTrue(r.roleRecall() >= 0.5, r.line());
    }

    @Test
    void theEntityListIsPreciseAndCompleteOnTheFifthHeldOutSetOfStories() throws IOException {
        EntityScore.Result r = read("heldout-entities-5.txt", "held-out entities set 5");
        // first read, before any rule of its round: English (13 stories) 73/88 = 0.830 precise, 73/87 = 0.839 found,
        // merged 33/35, roles 16/20; after the rules of its round 86/87 = 0.989, 86/87, merged 36/36, roles 19/20 (the
        // one error left: a club named by a city the tagger knows, "Lyon", read as the city); the German, French and
        // Spanish stories count only with their models
        assertTrue(r.precision() >= 0.98, r.line());
        assertTrue(r.recall() >= 0.98, r.line());
        assertTrue(r.roleRecall() >= 0.9, r.line());
    }
}
