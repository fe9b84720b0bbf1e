package org.dossier.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Site names removed from page titles. */
class TitleCleanupTest {
    @Test
    void titleSiteSuffixIsRemoved() {
        assertEquals("Storm hits the coast", TitleCleaner.clean("Storm hits the coast | Example News", "Example News"));
        assertEquals("Storm hits the coast", TitleCleaner.clean("Storm hits the coast - Example", null));
        assertEquals("Why it rains: a guide", TitleCleaner.clean("Why it rains: a guide", null));
    }
}
