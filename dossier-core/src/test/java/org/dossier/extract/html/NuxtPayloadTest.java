package org.dossier.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Nuxt 3's flat payload read as the plain JSON it stands for, and its page data's date and authors. */
class NuxtPayloadTest {
    @Test
    void indexReferencesWrappersAndRevivedDatesBecomePlainJson() {
        String plain = NuxtPayload.hydrate(">[[\"ShallowReactive\",1],{\"post\":2},{\"headline\":3,\"date\":4,"
                + "\"tags\":5},\"Tram line extended\",[\"Date\",\"2022-09-01T10:00:00.000Z\"],[6,7],\"transport\",\"city\"]");
        assertEquals("{\"post\":{\"headline\":\"Tram line extended\",\"date\":\"2022-09-01T10:00:00.000Z\","
                + "\"tags\":[\"transport\",\"city\"]}}", plain);
    }

    @Test
    void aPayloadThatPointsAtItselfStopsAndBrokenJsonGivesNothing() {
        String plain = NuxtPayload.hydrate(">[{\"self\":0,\"name\":1},\"Loop\"]");
        assertTrue(plain != null && plain.length() < 20_000, String.valueOf(plain));
        assertNull(NuxtPayload.hydrate(">[{\"a\":1},"));
    }

    @Test
    void theFirstPublicationKeyWinsOverTheLatestPublish() {
        String page = "<script type=\"application/json\" id=\"__NUXT_DATA__\">[{\"story\":1},{\"published_at\":2,"
                + "\"first_published_at\":3,\"content\":4},\"2023-05-20T08:00:00Z\",\"2023-05-02T08:00:00Z\","
                + "{\"author\":5},\"Jonas Weber\"]</script>";
        String data = AppData.of(page);
        assertEquals("2023-05-02", AppData.dates(data).get(0).date().toString());
        assertEquals(List.of("Jonas Weber"), AppData.authors(data));
    }
}
