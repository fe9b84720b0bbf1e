package org.dossier.annotate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.rules.RuleFiles;

/**
 * Organisations the words of a model-less article introduce, as a role noun introduces a person: a name candidate
 * right after a noun of organisations ({@code annotate/<lang>/organisation-nouns.txt}: "il sindacato X", "la compagnia
 * X"), a few lower-case words between them allowed ("il sindacato dei marittimi X"), is typed ORGANIZATION, which
 * {@link NameEvidence} keeps without other evidence. A language without the file introduces none (its candidates stay
 * MISC until the story confirms them).
 */
final class IntroducedOrganisations {
    /** Lower-case words at most between the noun and the name ("dei marittimi"). */
    private static final int MAX_BETWEEN = 3;
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{Ll}[\\p{L}'’]*)\\s+$");
    private static final Map<String, Set<String>> NOUNS = new ConcurrentHashMap<>();

    private IntroducedOrganisations() {}

    /** The mentions with the MISC candidates a noun of organisations introduces typed ORGANIZATION. */
    static List<EntityMention> typed(List<EntityMention> mentions, String text, String language) {
        Set<String> nouns = nouns(language);
        if (nouns.isEmpty()) {
            return mentions;
        }
        return mentions.stream().map(m -> EntityType.MISC.is(m.type()) && introduced(text, m.start(), nouns)
                ? new EntityMention(m.text(), EntityType.ORGANIZATION.label(), m.start(), m.end()) : m).toList();
    }

    /** Whether a noun of organisations stands before {@code start}, only lower-case words between. */
    private static boolean introduced(String text, int start, Set<String> nouns) {
        int at = start;
        for (int k = 0; k <= MAX_BETWEEN; k++) {
            Matcher w = WORD_BEFORE.matcher(text).region(Math.max(0, at - 40), at);
            if (!w.find()) {
                return false;
            }
            String word = w.group(1).toLowerCase(Locale.ROOT);
            if (nouns.contains(word)) {
                return true;
            }
            at = w.start();
        }
        return false;
    }

    private static Set<String> nouns(String language) {
        String lang = language == null ? "" : language.toLowerCase(Locale.ROOT).split("[-_]")[0];
        return NOUNS.computeIfAbsent(lang, l -> {
            try {
                return RuleFiles.words(IntroducedOrganisations.class, l, "organisation-nouns.txt");
            } catch (IllegalStateException none) {
                return Set.of();
            }
        });
    }
}
