package org.dossier.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** One particle list serves names and running text; a particle that is also a common English word only names. */
class NameParticlesTest {
    @Test
    void particlesOfSeveralLanguagesAreReadInNamesAndText() {
        for (String p : new String[] {"van", "de", "bin", "al"}) {
            assertTrue(NameParticles.IN_NAMES.contains(p), p);
            assertTrue(NameParticles.IN_TEXT.contains(p), p);
        }
    }

    @Test
    void aParticleThatIsACommonEnglishWordIsReadOnlyInNames() {
        assertTrue(NameParticles.IN_NAMES.contains("do"));
        assertFalse(NameParticles.IN_TEXT.contains("do"));
    }
}
