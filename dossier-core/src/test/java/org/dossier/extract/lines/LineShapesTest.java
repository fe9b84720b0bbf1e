package org.dossier.extract.lines;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The shape features of single lines of text. */
class LineShapesTest {
    @Test
    void lineShapes() {
        assertTrue(LineShape.hashtags("#Russia #NATO #talks"));
        assertTrue(LineShape.truncated("Lately, the market has found it challenging to..."));
        assertTrue(LineShape.prose("Officials said on Monday that the bridge would reopen next week."));
        assertFalse(LineShape.prose("Latest news"));
        assertTrue(LineShape.dateOnly("Wednesday, January 26, 2022"));
    }
}
