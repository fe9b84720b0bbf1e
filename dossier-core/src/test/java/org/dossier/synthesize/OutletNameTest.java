package org.dossier.synthesize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dossier.model.Article;
import org.junit.jupiter.api.Test;

/** An article without an outlet is listed under its source's file name, whichever separator the path uses. */
class OutletNameTest {
    private static Article fromSource(String source) {
        return new Article("id1", source, null, "t", List.of(), null, List.of(), null, "en", List.of(), "x", 0,
                null, null);
    }

    @Test
    void unknownOutletIsNamedByTheLastSegmentOfItsSourcePath() {
        assertEquals("unknown outlet (c.html)", Coverage.outlet(fromSource("../shared/pages/c.html")));
        assertEquals("unknown outlet (c.html)", Coverage.outlet(fromSource("C:\\pages\\c.html")));
        assertEquals("unknown outlet (c.html)", Coverage.outlet(fromSource("c.html")));
        assertEquals("unknown outlet (pages)", Coverage.outlet(fromSource("in/pages/")));
        assertEquals("unknown outlet (/)", Coverage.outlet(fromSource("/")));
    }

    @Test
    void withoutOutletOrSourceTheArticleIdIsUsed() {
        assertEquals("id1", Coverage.outlet(fromSource(null)));
    }
}
