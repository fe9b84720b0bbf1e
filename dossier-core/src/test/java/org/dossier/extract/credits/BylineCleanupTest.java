package org.dossier.extract.credits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bylines that carry more than names: dates and times after the names, e-mail addresses and social handles,
 * labels ("Autor:"), agency material ("mit Material von dpa"), in several languages.
 */
class BylineCleanupTest {
    private static List<String> clean(String raw) {
        return AuthorNames.clean(List.of(raw));
    }

    @Test
    void aRelativeTimeAfterTheNameIsNoPartOfIt() {
        assertEquals(List.of("Chris Lowe"), clean("By Chris Lowe 2 hours ago"));
        assertEquals(List.of("Anna Müller"), clean("Von Anna Müller 10.01.2022, 14:05 Uhr"));
    }

    @Test
    void aDateWithAMonthNameAfterTheNamesIsNoPartOfThem() {
        assertEquals(List.of("Bryan DeArdo"), clean("Bryan DeArdo\n Nov 18, 2019 at 8:09 pm ET"));
        assertEquals(List.of("Mike Wuerthele", "Malcolm Owen"),
                clean("By Mike Wuerthele and Malcolm Owen Monday, November 18, 2019, 04:32 pm PT"));
    }

    @Test
    void aVisibleBylineLineWithTheDateAfterTheNamesGivesOnlyTheNames() {
        List<String> names = CreditFinder.get()
                .byline("By Mike Wuerthele and Malcolm Owen Monday, November 18, 2019, 04:05 pm PT");
        assertEquals(List.of("Mike Wuerthele", "Malcolm Owen"), AuthorNames.clean(names));
    }

    @Test
    void aNameEndingInAMonthWordStaysWhenNoDateFollows() {
        assertEquals(List.of("Theresa May"), clean("By Theresa May"));
    }

    @Test
    void aSocialHandleIsDropped() {
        assertEquals(List.of("Megan Kelly"), clean("By Megan Kelly @mkellytweets"));
        assertEquals(List.of(), clean("@mkellytweets"));
    }

    @Test
    void anEmailAddressIsDropped() {
        assertEquals(List.of("John Smith"), clean("By John Smith jsmith@seaside.example"));
    }

    @Test
    void anAuthorLabelIsALeadIn() {
        assertEquals(List.of("Petra Klein"), clean("Autor: Petra Klein"));
        assertEquals(List.of("Claire Martin"), clean("Auteur : Claire Martin"));
    }

    @Test
    void agencyMaterialAfterTheNameIsNoAuthor() {
        assertEquals(List.of("Jan Schulz"), clean("Von Jan Schulz mit Material von dpa"));
    }

    @Test
    void aVisibleBylineEndsBeforeItsDate() {
        CreditFinder f = CreditFinder.get();
        assertEquals(List.of("Mario Rossi"), f.byline("di Mario Rossi, 10 gennaio 2022"));
        assertEquals(List.of("Jean Dupont"), f.byline("Par Jean Dupont, publié le 10 janvier 2022 à 14h05"));
        assertEquals(List.of("Chris Lowe"), f.byline("By Chris Lowe 2 hours ago"));
    }

    @Test
    void aVisibleBylineKeepsARoleAfterACapitalForTheNameCleaner() {
        assertEquals(List.of("Jane Doe"), AuthorNames.clean(CreditFinder.get().byline("By Jane Doe, Political Editor")));
    }

    @Test
    void anAgencyNamedAfterTheLastNameIsNoPartOfIt() {
        assertEquals(List.of("John Doe", "Mary Roe"), clean("By JOHN DOE and MARY ROE Associated Press"));
        assertEquals(List.of("Anna Schmidt"), clean("Anna Schmidt dpa"));
    }

    @Test
    void opinionAndCommentaryLeadInsAreDropped() {
        assertEquals(List.of("Ellen Ray"), clean("Opinion by Ellen Ray, contributing columnist"));
        assertEquals(List.of("Stefan Berg"), clean("Ein Kommentar von Stefan Berg"));
        assertEquals(List.of("Lucía Gil"), clean("Un análisis de Lucía Gil"));
    }

    @Test
    void aDutchTekstLeadInStartsAByline() {
        assertEquals(List.of("Marieke de Boer"), CreditFinder.get().byline("Tekst Marieke de Boer"));
    }
}
