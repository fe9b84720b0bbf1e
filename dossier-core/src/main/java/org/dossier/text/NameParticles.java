package org.dossier.text;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dossier.rules.RuleFiles;

/**
 * The one list of lower-case name particles ("van", "de", "bin", "al"; {@code name-particles.txt}), shared by the
 * entity stages and the speaker readers so that both read the same names. Use {@link #IN_NAMES} on a name a tagger
 * gave, {@link #IN_TEXT} on running English text (without the words that are also common English words).
 */
public final class NameParticles {
    private static final List<List<String>> ROWS = RuleFiles.table(NameParticles.class, "name-particles.txt");
    /** Every particle: in a tagged name. */
    public static final Set<String> IN_NAMES = ROWS.stream().map(r -> r.get(0)).collect(Collectors.toUnmodifiableSet());
    /** The particles read in running English text. */
    public static final Set<String> IN_TEXT = ROWS.stream().filter(r -> r.size() < 2 || !r.get(1).equals("names-only"))
            .map(r -> r.get(0)).collect(Collectors.toUnmodifiableSet());

    private NameParticles() {}
}
