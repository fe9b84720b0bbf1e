package org.dossier.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.cluster.StoryClusterer;
import org.dossier.model.Article;
import org.dossier.model.Json;
import org.dossier.text.TextFeatures;
import org.junit.jupiter.api.Test;

/**
 * Articles about the same event in English, German and French join one story, and only it: seven events written
 * for this test (resources {@code org/dossier/cluster/crosslingual-events.jsonl}: an earthquake, an emergency
 * landing, a mayoral election, a rail strike, a turbine order, a football transfer, and a second earthquake days
 * after the first to be kept apart), scored with B³ F1 as the ECB+ benchmark scores stories.
 */
class CrossLingualStoriesTest {
    /** The goal of the language work on these pairs. */
    static final double GOAL = 0.85;

    record Item(String id, String event, String lang, LocalDate date, String title, String text) {}

    static List<Item> items() throws IOException {
        List<Item> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(CrossLingualStoriesTest.class
                .getResourceAsStream("/org/dossier/cluster/crosslingual-events.jsonl"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank()) {
                    JsonNode n = Json.MAPPER.readTree(line);
                    out.add(new Item(n.get("id").asText(), n.get("event").asText(), n.get("lang").asText(),
                            LocalDate.parse(n.get("date").asText()), n.get("title").asText(), n.get("text").asText()));
                }
            }
        }
        return out;
    }

    /** B³ F1 of predicted clusters against the events (both by item id). */
    static double b3(Map<String, String> predicted, Map<String, String> gold) {
        double p = 0;
        double r = 0;
        for (String id : gold.keySet()) {
            Set<String> pc = members(predicted, predicted.get(id));
            Set<String> gc = members(gold, gold.get(id));
            Set<String> both = new HashSet<>(pc);
            both.retainAll(gc);
            p += (double) both.size() / pc.size();
            r += (double) both.size() / gc.size();
        }
        p /= gold.size();
        r /= gold.size();
        return 2 * p * r / (p + r);
    }

    private static Set<String> members(Map<String, String> clusters, String c) {
        Set<String> out = new HashSet<>();
        clusters.forEach((id, k) -> {
            if (k.equals(c)) {
                out.add(id);
            }
        });
        return out;
    }

    private static Map<String, String> gold(List<Item> items) {
        Map<String, String> gold = new HashMap<>();
        items.forEach(i -> gold.put(i.id(), i.event()));
        return gold;
    }

    @Test
    void theSameEventInThreeLanguagesIsOneStoryInABatch() throws IOException {
        List<Item> items = items();
        List<StoryClusterer.Doc> docs = items.stream()
                .map(i -> StoryClusterer.Doc.of(i.id(), i.title(), i.text(), i.date(), i.lang())).toList();
        Map<String, String> predicted = Composition.standard(Clock.systemUTC()).batchClustering().cluster(docs);
        double f1 = b3(predicted, gold(items));
        System.out.printf("cross-lingual B3 F1, batch: %.3f %s%n", f1, predicted);
        assertTrue(f1 >= GOAL, "B³ F1 " + f1 + " " + predicted);
    }

    @Test
    void theSameEventInThreeLanguagesIsOneStoryAsPagesArrive() throws Exception {
        List<Item> items = items();
        StoryAssigner assigner = Composition.standard(Clock.systemUTC()).storyAssigner();
        Map<String, String> placed = new HashMap<>();
        items.sort(java.util.Comparator.comparing(Item::date));
        for (Item i : items) {
            Article a = new Article(i.id(), i.id(), null, i.title(), List.of(), i.date(), List.of(), null, i.lang(),
                    List.of(), i.text(), 0.1, null, null);
            StoryAssigner.Assignment as = assigner.assign(
                    new ProcessedArticle(null, a, TextFeatures.of(a.title(), a.text())),
                    id -> Optional.ofNullable(placed.get(id)));
            placed.put(i.id(), as.storyId());
            as.merges().forEach((from, to) -> placed.replaceAll((id, s) -> s.equals(from) ? to : s));
        }
        double f1 = b3(placed, gold(items));
        System.out.printf("cross-lingual B3 F1, incremental: %.3f %s%n", f1, placed);
        assertTrue(f1 >= GOAL, "B³ F1 " + f1 + " " + placed);
    }

    @Test
    void theTestSetHasEightEventsInThreeLanguages() throws IOException {
        List<Item> items = items();
        assertEquals(8, new HashSet<>(gold(items).values()).size());
        assertEquals(Set.of("en", "de", "fr"), new HashSet<>(items.stream().map(Item::lang).toList()));
    }
}
