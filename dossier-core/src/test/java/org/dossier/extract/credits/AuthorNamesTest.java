package org.dossier.extract.credits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Author fields as sites fill them, cleaned to the people they name. */
class AuthorNamesTest {
    private static List<String> clean(String raw) {
        return AuthorNames.clean(List.of(raw));
    }

    @Test
    void aDateOrWeekdayAfterTheNameIsNoPartOfIt() {
        assertEquals(List.of("Jane Doe"), clean("Jane Doe, November 18"));
        assertEquals(List.of("Jane Doe"), clean("Jane Doe Monday, November 18, editor of the Weekly Review"));
        assertEquals(List.of("Max Muster"), clean("Von Max Muster | 17.05.2019, 06:00 Uhr"));
    }

    @Test
    void handlesDesksAndCredentialsNameNoPerson() {
        assertEquals(List.of(), clean("admin"));
        assertEquals(List.of(), clean("web4521"));
        assertEquals(List.of(), clean("Redaktion"));
        assertEquals(List.of(), clean("Door Redactie"));
        assertEquals(List.of(), clean("Science Desk staff"));
        assertEquals(List.of(), clean("The Defence Ministry"));
        assertEquals(List.of("Ana Ruiz"), clean("Ana Ruiz, MS, RDN"));
    }

    @Test
    void leadInsInEveryLanguageAreStripped() {
        assertEquals(List.of("Jane Doe"), clean("Analysis by Jane Doe"));
        assertEquals(List.of("Jane Doe"), clean("By, Jane Doe"));
        assertEquals(List.of("Jan de Vries"), clean("Door Jan de Vries"));
        assertEquals(List.of("Giulia Bianchi", "Marco Verdi"), clean("Di Giulia Bianchi e Marco Verdi"));
        assertEquals(List.of("Juan Pérez", "Ana López"), clean("Por Juan Pérez y Ana López"));
        assertEquals(List.of("Marie Roy", "Paul Blanc"), clean("Par Marie Roy et Paul Blanc"));
    }

    @Test
    void anInitialIsNoSeparatorAndCapitalsBecomeTitleCase() {
        assertEquals(List.of("Sarah E. Needham"), clean("Sarah E. Needham"));
        assertEquals(List.of("Tom Kessler", "Ann Lowe"), clean("TOM KESSLER, ANN LOWE"));
        assertEquals(List.of("Finn Carter"), AuthorNames.withoutSite(clean("Finn Carter. Harbour Radio International"),
                "Harbour Radio International"));
    }

    @Test
    void theOutletCreditingItselfIsNoAuthor() {
        assertEquals(List.of("Jill Dore"), AuthorNames.withoutSite(clean("Jill Dore, Metro News Business"),
                "Metro News"));
        assertEquals(List.of("Troy Smith"), clean("Troy Smith, Lakeside.com"));
        assertEquals(List.of("Skyler Hall"), AuthorNames.withoutSite(List.of("Skyler Hall"), "Sky"));
    }
}
