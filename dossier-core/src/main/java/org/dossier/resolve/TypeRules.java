package org.dossier.resolve;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.model.EntityType;
import org.dossier.rules.RuleFiles;

/**
 * The type a non-person name has by its own words, whatever the tagger said: seats of government and institutions
 * are organisations ("Kremlin", "White House", "State Department"), named meetings are events ("Brussels Summit"),
 * a plural office word names a group of people, not a body ("EU Foreign Ministers"), and a known name has its
 * table type ({@link KnownNames}). Use it before the story's type votes are counted.
 */
final class TypeRules {
    private static final Set<String> INSTITUTION_NAMES = RuleFiles.words(TypeRules.class, "en", "institution-names.txt");
    private static final Set<String> INSTITUTION_HEADS = RuleFiles.words(TypeRules.class, "en", "institution-heads.txt");
    private static final Set<String> EVENT_HEADS = RuleFiles.words(TypeRules.class, "en", "event-heads.txt");
    /** Returned for a name that is no entity at all. */
    static final String NONE = "";

    private TypeRules() {}

    /** The type a name of {@code tagged} type should have, {@link #NONE} to drop it, or {@code tagged} unchanged. */
    static String type(String name, String tagged) {
        String bare = name.strip().replaceFirst("(?i)^the\\s+", "");
        String lower = bare.toLowerCase(Locale.ROOT);
        List<String> words = List.of(lower.split("[\\s\\-]+"));
        String last = words.get(words.size() - 1);
        boolean person = EntityType.PERSON.is(tagged);
        KnownNames.Known known = KnownNames.byName(bare);
        if (known != null && (!person || words.size() == 1)) {
            return known.type();
        }
        if (person) {
            return tagged;
        }
        boolean institution = INSTITUTION_NAMES.contains(lower) || words.stream().anyMatch(INSTITUTION_HEADS::contains);
        if (!institution && words.size() > 1 && pluralOffice(last)) {
            return NONE;
        }
        if (EntityType.ORGANIZATION.is(tagged) && EVENT_HEADS.contains(last)) {
            return EntityType.MISC.label();
        }
        if (EntityType.LOCATION.is(tagged) && (INSTITUTION_NAMES.contains(lower) || INSTITUTION_HEADS.contains(last))) {
            return EntityType.ORGANIZATION.label();
        }
        return tagged;
    }

    /** Whether a name is an institution by its own words ("Congress", "Carvell District Court"). */
    static boolean institution(String name) {
        String lower = name.strip().replaceFirst("(?i)^the\\s+", "").toLowerCase(Locale.ROOT);
        return INSTITUTION_NAMES.contains(lower) || List.of(lower.split("[\\s\\-]+")).stream()
                .anyMatch(INSTITUTION_HEADS::contains);
    }

    private static boolean pluralOffice(String word) {
        return word.length() > 3 && word.endsWith("s") && TitleWords.TITLES.contains(word.substring(0, word.length() - 1));
    }
}
