package org.dossier.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.dossier.cluster.StoryClusterer.Doc;
import org.junit.jupiter.api.Test;

/**
 * A document counted ahead (a batch's priming) gets from its kept weights the vector it would get weighed anew,
 * in English, German and French, also after a prune gave its feature ids to others.
 */
class FeaturizerKeptWeightsTest {
    private static final List<Doc> DOCS = List.of(
            Doc.of("en1", "Ferry service cut for winter", "The ferry company said on Monday it would cut two evening "
                    + "crossings to Harwick from 3 November, citing 1,200 fewer passengers.", LocalDate.of(2025, 10, 6), "en"),
            Doc.of("de1", "Fähre fährt im Winter seltener", "Die Reederei Nordlicht streicht ab dem 3. November zwei "
                    + "Abendfahrten nach Harwick, teilte sie am Montag mit.", LocalDate.of(2025, 10, 6), "de"),
            Doc.of("fr1", "Le bac réduit ses traversées", "La compagnie Nordlicht supprimera deux traversées du soir "
                    + "vers Harwick à partir du 3 novembre, a-t-elle annoncé lundi.", null, "fr"),
            Doc.of("en2", "Library opens later", "The city library in Harwick will stay open until ten at night from "
                    + "March, the mayor Elin Sward said.", LocalDate.of(2025, 10, 7), "en"));

    private static void assertSame(DocVector expected, DocVector actual) {
        assertEquals(expected.id(), actual.id());
        assertArrayEquals(expected.lexical().ids(), actual.lexical().ids(), expected.id());
        assertArrayEquals(expected.lexical().weights(), actual.lexical().weights(), expected.id());
        assertArrayEquals(expected.keys().ids(), actual.keys().ids(), expected.id());
        assertArrayEquals(expected.keys().weights(), actual.keys().weights(), expected.id());
        assertArrayEquals(expected.indexKeys(), actual.indexKeys(), expected.id());
        assertEquals(expected.date(), actual.date());
    }

    @Test
    void aPrimedDocumentGetsTheVectorItWouldGetWeighedAnew() {
        Featurizer kept = new Featurizer(new DocumentFrequencies(), 8);
        Featurizer anew = new Featurizer(new DocumentFrequencies(), 8);
        DOCS.forEach(kept::countAndKeep);
        DOCS.forEach(anew::count);
        for (Doc d : DOCS) {
            assertSame(anew.vector(d, false), kept.vector(d, false));
        }
    }

    @Test
    void afterAPruneTheKeptWeightsAreForgottenAndTheVectorMadeWithTheNewIds() {
        Featurizer kept = new Featurizer(new DocumentFrequencies(), 8);
        Featurizer anew = new Featurizer(new DocumentFrequencies(), 8);
        DOCS.forEach(kept::countAndKeep);
        DOCS.forEach(anew::count);
        Doc en1 = DOCS.get(0);
        int[] before = anew.vector(en1, false).lexical().ids();
        assertEquals(kept.prune(id -> false), anew.prune(id -> false));
        Doc reordered = DOCS.get(3); // weighed first after the prune: its features take the freed ids
        assertSame(anew.vector(reordered, true), kept.vector(reordered, true));
        DocVector v = kept.vector(en1, true);
        assertSame(anew.vector(en1, true), v);
        assertFalse(Arrays.equals(before, v.lexical().ids()), "the ids changed with the prune");
    }

    @Test
    void aDifferentDocumentUnderAKeptIdIsWeighedAnew() {
        Featurizer kept = new Featurizer(new DocumentFrequencies(), 8);
        Featurizer anew = new Featurizer(new DocumentFrequencies(), 8);
        Doc first = DOCS.get(0);
        kept.countAndKeep(first);
        anew.count(first);
        Doc other = Doc.of(first.id(), "Bridge reopens", "The Harwick bridge reopened on Friday after repairs.", null, "en");
        assertSame(anew.vector(other, false), kept.vector(other, false));
    }
}
