package org.dossier.synthesize.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A claim source that opens its sentence carries the sentence's capital on its determiner ("A union calling itself
 * ... said"); shown after "according to" the determiner is lower case, while a name keeps its capitals. First read
 * (branch stances2 from d5a2cae, 2026-12-03): 1 of 3 (both determiners kept their capital).
 */
class SourceDeterminerTest {
    @Test
    void aSourceOpeningTheSentenceLowerCasesItsArticle() {
        assertEquals("a union calling itself Free Dockers",
                ClaimSource.of("A union calling itself Free Dockers said 1,200 members had walked out."));
    }

    @Test
    void theDefiniteArticleIsLowerCasedToo() {
        assertEquals("the port authority", ClaimSource.of("The port authority said 40 ships were waiting."));
    }

    @Test
    void aNameOpeningTheSentenceKeepsItsCapital() {
        assertEquals("Harbour officials", ClaimSource.of("Harbour officials said 40 ships were waiting."));
    }
}
