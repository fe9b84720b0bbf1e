package org.dossier.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.Article;
import org.dossier.model.Json;
import org.dossier.text.TextFeatures;
import org.junit.jupiter.api.Test;

/**
 * Translations of one report into German and French (the cross-lingual test set of
 * {@code org/dossier/cluster/crosslingual-events.jsonl}, the non-English ones scored as machine translations) are
 * linked to an earlier article of the same event as derived copies, never to another event's, and a follow-up with
 * new figures is no translation.
 */
class TranslationsAcrossLanguagesTest {
    private record Item(Article article, String event) {}

    private static List<Item> items() throws IOException {
        List<Item> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(TranslationsAcrossLanguagesTest.class
                .getResourceAsStream("/org/dossier/cluster/crosslingual-events.jsonl"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                JsonNode n = Json.MAPPER.readTree(line);
                String lang = n.get("lang").asText();
                out.add(new Item(new Article(n.get("id").asText(), n.get("id").asText(), null, n.get("title").asText(),
                        List.of(), LocalDate.parse(n.get("date").asText()), List.of(), null, lang, List.of(),
                        n.get("text").asText(), lang.equals("en") ? 0.1 : 0.8, null, null), n.get("event").asText()));
            }
        }
        out.sort(Comparator.comparing(i -> i.article().published()));
        return out;
    }

    @Test
    void translationsAreLinkedToTheirEventsEarlierArticleOnly() throws IOException {
        MinHashDeduplicator dedup = new MinHashDeduplicator();
        Map<String, String> eventOf = new HashMap<>();
        Map<String, String> linked = new HashMap<>();
        int eligible = 0;
        for (Item i : items()) {
            Article a = i.article();
            eligible += eventOf.containsValue(i.event()) && !a.id().equals("quake-de-2") ? 1 : 0;
            eventOf.put(a.id(), i.event());
            Article out = dedup.add(a, TextFeatures.of(a.title(), a.text()));
            if (out.derivedFrom() != null) {
                linked.put(a.id(), out.derivedFrom());
            }
        }
        linked.forEach((copy, original) -> assertEquals(eventOf.get(copy), eventOf.get(original),
                copy + " linked to another event's " + original));
        assertTrue(!linked.containsKey("quake-de-2"), "a follow-up with new figures is no translation");
        assertTrue(linked.containsKey("mayor-fr") && linked.containsKey("landing-fr"),
                "French digit groups (\"2 000\") and \"1er avril\" read as the English numbers and dates: " + linked);
        System.out.printf("translations linked: %d of %d%n", linked.size(), eligible);
        assertTrue(linked.size() >= 0.75 * eligible, linked.size() + " of " + eligible + ": " + linked);
    }
}
