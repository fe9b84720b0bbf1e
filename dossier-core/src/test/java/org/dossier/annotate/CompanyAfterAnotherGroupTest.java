package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.dossier.model.QuoteMention;
import org.junit.jupiter.api.Test;

/**
 * "The company said" where the last organisation introduced with a generic noun was introduced with another one
 * ("The group, Parents United, …"): the company is the organisation the sentence before opens as the subject of a
 * reporting verb; introduced as a company, the earlier organisation is still the speaker.
 */
class CompanyAfterAnotherGroupTest {
    private static final LocalDate DAY = LocalDate.of(2031, 6, 9);

    private static QuoteMention quote(String text, String start) {
        return Texts.annotate(text, DAY).quotes().stream().filter(q -> q.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting " + start));
    }

    @Test
    void theCompanyIsTheReportingSubjectBeforeItNotTheGroupIntroducedEarlier() {
        QuoteMention q = quote("""
                Parents of children who fell ill demanded a compensation fund on Monday.

                The group, Parents for Clean Water, said it spoke for 40 families.

                Tarvell Foods said it would pay medical costs but rejected the fund. "A fund of that size would help \
                nobody," the company said in a statement.""", "A fund of that size");
        assertEquals("Tarvell Foods", q.speaker());
    }

    @Test
    void aOneWordCompanyTheTaggerMayReadAsAPersonIsTheReportingSubjectToo() {
        QuoteMention q = quote("""
                A group of parents demanded a compensation fund on Monday.

                The group, Parents for Clean Water, said it spoke for 40 families. "We want the harm paid for," said \
                Lena Marsh, its founder.

                Tarvell said it would pay medical costs but rejected the fund. "A fund of that size would help \
                nobody," the company said in a statement.""", "A fund of that size");
        assertEquals("Tarvell", q.speaker());
    }

    @Test
    void aGroupIntroducedAsACompanyStaysTheCompanySpeaker() {
        QuoteMention q = quote("""
                Shipping company Nordic Cargo Lines will close two routes in the north, it said on Monday.

                "Fuel costs have made these routes too costly to run," the company said in a statement.""",
                "Fuel costs have");
        assertEquals("Nordic Cargo Lines", q.speaker());
    }
}
