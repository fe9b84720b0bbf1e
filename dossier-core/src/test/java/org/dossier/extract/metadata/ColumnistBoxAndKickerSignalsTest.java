package org.dossier.extract.metadata;

import static org.dossier.extract.metadata.PageBuilder.page;
import static org.dossier.extract.metadata.PageBuilder.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Opinion pages: a genre label set over the headline ("Chronique", "L'editoriale") is no body text, so the
 * columnist's name and the date below the headline are read as the lines the body opens with; a columnist's box
 * names its writer by the name element's class ("columnist-name", "chroniqueur__nom", "columnista__nombre":
 * html-semantics.txt author-class, author-name-end); genre labels of Swedish, Portuguese and Polish titles
 * (title-genres.txt) are no part of the title.
 */
class ColumnistBoxAndKickerSignalsTest {
    @Test
    void aKickerOverTheHeadlineLeavesTheDateBelowItReadable() throws Exception {
        Article it = read(page("it", "Il Faro").title("Il porto non è in vendita")
                .article("<p class=\"occhiello\">L'editoriale</p><h1>Il porto non è in vendita</h1><p class=\"firma\">Rita Colombo</p><p class=\"data\">Pubblicato il 04/02/2024</p>"));
        assertEquals(LocalDate.of(2024, 2, 4), it.published());
        assertFalse(it.text().startsWith("L'editoriale"), it.text());
        Article fr = read(page("fr", "Le Vigilant").title("La gare doit rester")
                .article("<p class=\"rubrique\">Chronique</p><h1>La gare doit rester</h1><p class=\"signataire\">Odile Marchal</p><p class=\"date\">Le 6 février 2024 à 8h00</p>"));
        assertEquals(LocalDate.of(2024, 2, 6), fr.published());
    }

    @Test
    void aColumnistBoxNamesTheWriter() throws Exception {
        assertEquals(List.of("Nora Pilgrim"), read(page("en", "Eastbank Times").title("Save the lido")
                .article("<h1>Save the lido</h1><div class=\"columnist-box\"><div class=\"columnist-name\">Nora Pilgrim</div><div class=\"columnist-bio\">Nora Pilgrim writes about the city every week.</div></div>")).authors());
        assertEquals(List.of("Rainer Hollmann"), read(page("de", "Kreisblatt").title("Stillstand im Rathaus")
                .article("<h1>Stillstand im Rathaus</h1><aside class=\"kolumnist\"><span class=\"kolumnist-name\">Rainer Hollmann</span><p>Rainer Hollmann schreibt jeden Montag über die Stadtpolitik.</p></aside>")).authors());
    }

    @Test
    void aColumnistBoxNamesTheWriterByANameWordInTheLanguageOfTheClass() throws Exception {
        assertEquals(List.of("Pilar Echevarría"), read(page("es", "El Eco").title("El tren no puede esperar")
                .article("<h1>El tren no puede esperar</h1><div class=\"columnista\"><span class=\"columnista__nombre\">Pilar Echevarría</span><span class=\"columnista__cargo\">Economista</span></div>")).authors());
        assertEquals(List.of("Gaspard Lenoir"), read(page("fr", "Le Vigilant").title("La gare doit rester")
                .article("<h1>La gare doit rester</h1><div class=\"chroniqueur\"><p class=\"chroniqueur__nom\">Gaspard Lenoir</p><p class=\"chroniqueur__bio\">Gaspard Lenoir est historien.</p></div>")).authors());
    }

    @Test
    void aSwedishPortugueseOrPolishGenreLabelIsNoPartOfTheTitle() throws Exception {
        assertEquals("Bron som ingen ville ha", read(page("sv", "Västbladet").title("Krönika: Bron som ingen ville ha")
                .article("<h1>Krönika: Bron som ingen ville ha</h1>")).title());
        assertEquals("O metro que falta", read(page("pt", "Jornal da Beira").title("Opinião | O metro que falta")
                .article("<h1>O metro que falta</h1>")).title());
        assertEquals("Most, którego nie ma", read(page("pl", "Kurier Nadodrzański").title("Felieton: Most, którego nie ma")
                .article("<h1>Felieton: Most, którego nie ma</h1>")).title());
    }
}
