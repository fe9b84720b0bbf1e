package org.dossier.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.text.SeedPages;
import org.dossier.text.TextFeatures;
import org.junit.jupiter.api.Test;

class MinHashDeduplicatorTest {
    /** Adds an article with the features of its title and text, as the pipeline does. */
    static Article add(Deduplicator dedup, Article a) {
        return dedup.add(a, TextFeatures.of(a.title(), a.text()));
    }

    private static final List<String> OTHER_CHROME_TOP = List.of(
            "Home | World | Business | Sport | Culture", "Breaking: markets close higher on Friday",
            "Sign in to read more");
    private static final List<String> OTHER_CHROME_BOTTOM = List.of(
            "Share this article on social media", "Subscribe to our daily newsletter",
            "All rights reserved. Terms of use. Privacy policy.");

    /** A seed's paragraphs with the first and last three lines replaced by other site chrome. */
    private static Article repost(Article seed, String id) {
        List<String> lines = List.of(seed.text().split("\n\n"));
        List<String> out = new ArrayList<>(OTHER_CHROME_TOP);
        out.addAll(lines.subList(3, lines.size() - 3));
        out.addAll(OTHER_CHROME_BOTTOM);
        return SeedPages.article(id, out);
    }

    @Test
    void differentArticlesOnOneStoryAreNotMarked() {
        MinHashDeduplicator dedup = new MinHashDeduplicator();
        for (Article seed : SeedPages.articles()) {
            Article out = add(dedup, seed);
            assertNull(out.duplicateOf(), seed.id() + " marked duplicate of " + out.duplicateOf());
            assertNull(out.derivedFrom(), seed.id() + " marked derived from " + out.derivedFrom()
                    + " " + dedup.evidenceFor(seed.id()));
        }
    }

    @Test
    void repostWithOtherChromeIsDerivedFromItsSeed() {
        MinHashDeduplicator dedup = new MinHashDeduplicator();
        List<Article> seeds = SeedPages.articles();
        seeds.forEach(s -> add(dedup, s));
        for (Article seed : seeds) {
            Article out = add(dedup, repost(seed, "repost-" + seed.id()));
            assertEquals(seed.id(), out.derivedFrom() != null ? out.derivedFrom() : out.duplicateOf(),
                    "repost of " + seed.id() + ": " + dedup.compare(out, seed));
        }
    }

    @Test
    void exactCopyIsDuplicateOfTheFirst() {
        MinHashDeduplicator dedup = new MinHashDeduplicator();
        Article seed = SeedPages.articles().get(0);
        add(dedup, seed);
        Article copy = add(dedup, SeedPages.article("copy", List.of(seed.text().split("\n\n"))));
        assertEquals(seed.id(), copy.duplicateOf());
        assertEquals(DedupEvidence.Relation.DUPLICATE, dedup.evidenceFor("copy").relation());
    }

    @Test
    void translatedCopyIsDerivedByItsFingerprint() {
        MinHashDeduplicator dedup = new MinHashDeduplicator();
        Article en = SeedPages.article("en", List.of(
                "Flooding in Valmora leaves 1,240 people homeless",
                "Heavy rain on 14 March flooded the town of Valmora, where 1,240 people lost their homes, "
                        + "mayor Ilse Brandt said on Tuesday.",
                "\"We have opened 38 shelters,\" Brandt told the regional broadcaster Nordwelle.",
                "The river Ostra rose 4.7 metres in 36 hours, the highest level since 1987.",
                "Damage is estimated at 92 million euros."));
        Article de = new Article("de", "de", null, "Hochwasser in Valmora: 1.240 Menschen obdachlos",
                List.of(), null, List.of(), null, "de", List.of(),
                "Starker Regen hat am 14. März die Stadt Valmora überflutet, wo 1.240 Menschen ihr Zuhause "
                        + "verloren, sagte Bürgermeisterin Ilse Brandt am Dienstag.\n\n"
                        + "\"Wir haben 38 Notunterkünfte eröffnet\", sagte Brandt dem Regionalsender Nordwelle.\n\n"
                        + "Der Fluss Ostra stieg in 36 Stunden um 4,7 Meter, so hoch wie seit 1987 nicht.\n\n"
                        + "Der Schaden wird auf 92 Millionen Euro geschätzt.", 0, null, null);
        add(dedup, en);
        Article out = add(dedup, de);
        DedupEvidence ev = dedup.evidenceFor("de");
        assertEquals("en", out.derivedFrom(), String.valueOf(dedup.compare(de, en)));
        assertEquals(DedupEvidence.Relation.TRANSLATION, ev.relation());
        assertTrue(ev.jaccard() < 0.2, "wording differs: " + ev);
    }

    @Test
    void unrelatedArticleWithSameNumbersButOtherNamesIsNotDerived() {
        MinHashDeduplicator dedup = new MinHashDeduplicator();
        Article a = SeedPages.article("a", List.of("Budget passes in 2024",
                "Parliament approved 38 projects worth 92 million on 14 March 2024, Anna Keller said."));
        Article b = SeedPages.article("b", List.of("Team wins 2024 title",
                "Rovers scored 38 goals and earned 92 million in prize money on 14 March 2024, Tom Hale said."));
        add(dedup, a);
        Article out = add(dedup, b);
        assertNull(out.derivedFrom(), String.valueOf(dedup.compare(b, a)));
        assertNull(out.duplicateOf());
    }
}
