package org.dossier.extract.metadata;

import static org.dossier.extract.metadata.PageBuilder.page;
import static org.dossier.extract.metadata.PageBuilder.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Article;
import org.junit.jupiter.api.Test;

/**
 * One signal per test, on short pages built at run time, for the rules the tenth metadata set led to: a labelled
 * date line the body opens with (the update before the publication, on one line or two), numeric dates with
 * hyphens, RDFa Lite properties, and a JSON object in a meta tag (Parse.ly's "parsely-page").
 */
class DatesOpeningTheBodyRdfaAndJsonMetaTest {
    private static final String BODY = "<p>The harbour board approved the plan on a narrow vote after a long debate about the cost"
            + " of dredging the channel and the noise the new quay would bring to the old town.</p><p>Work is due to"
            + " start in the autumn and to last two years, the board said, and the quay will stay open meanwhile.</p>";

    @Test
    void anUpdatedThenPublishedLineOpeningTheBodyDatesThePageByItsPublication() throws Exception {
        Article a = read(page("es", "Diario del Puerto").title("Aprobado el plan del muelle")
                .article("<h1>Aprobado el plan del muelle</h1><p>Actualizado: 17/05/2024 12:00h \u00b7 Publicado: 16/05/2024 08:00h</p>"
                        + BODY));
        assertEquals(LocalDate.of(2024, 5, 16), a.published());
    }

    @Test
    void anUpdatedLineAboveAPublishedLineInTheBodyDatesThePageByThePublishedOne() throws Exception {
        Article a = read(page("en", "Harbour News").title("Quay plan approved")
                .article("<h1>Quay plan approved</h1><p>Updated March 9, 2024 4:10 p.m.</p><p>Published March 7, 2024 8:00 a.m.</p>"
                        + BODY));
        assertEquals(LocalDate.of(2024, 3, 7), a.published());
    }

    @Test
    void aNumericDateWithHyphensIsADate() throws Exception {
        Article a = read(page("nl", "Havenkrant").title("Plan voor de kade goedgekeurd")
                .article("<h1>Plan voor de kade goedgekeurd</h1><p>Gepubliceerd: 04-03-2024</p>" + BODY));
        assertEquals(LocalDate.of(2024, 3, 4), a.published());
    }

    @Test
    void rdfaLitePropertiesGiveTheDateAndTheAuthor() throws Exception {
        Article a = read(page("en", "Harbour News").title("Quay plan approved")
                .article("<div vocab=\"https://schema.org/\" typeof=\"NewsArticle\"><h1 property=\"headline\">Quay plan approved</h1>"
                        + "<span property=\"author\" typeof=\"Person\"><span property=\"name\">Lena Marsh</span></span>"
                        + "<span property=\"datePublished\" content=\"2024-02-11\">11 Feb</span>" + BODY + "</div>"));
        assertEquals(LocalDate.of(2024, 2, 11), a.published());
        assertEquals(List.of("Lena Marsh"), a.authors());
    }

    @Test
    void aJsonObjectInAParselyPageMetaGivesTheDateAndTheAuthor() throws Exception {
        Article a = read(page("en", "Harbour News").title("Quay plan approved")
                .head("<meta name=\"parsely-page\" content='{\"title\":\"Quay plan approved\",\"pub_date\":\"2024-01-19T06:30:00Z\","
                        + "\"author\":\"Tariq Bell\"}'>")
                .article("<h1>Quay plan approved</h1>" + BODY));
        assertEquals(LocalDate.of(2024, 1, 19), a.published());
        assertEquals(List.of("Tariq Bell"), a.authors());
    }

    @Test
    void aParselyPageMetaThatIsNoJsonGivesNothing() throws Exception {
        Article a = read(page("en", "Harbour News").title("Quay plan approved")
                .meta("parsely-page", "{pub_date: 2024-01-19, author")
                .article("<h1>Quay plan approved</h1>" + BODY));
        assertNull(a.published());
        assertEquals(List.of(), a.authors());
    }
}
