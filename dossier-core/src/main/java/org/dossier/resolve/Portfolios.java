package org.dossier.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.rules.RuleFiles;

/**
 * Finds organisation mentions that are the portfolio of an office ("Minister for Emergencies", "Environment
 * Minister"): capitalised common words that the story also writes in lower case, standing next to an office
 * word. They belong to a person's role, not to the list of organisations (nor of other names: "Professor of Russian
 * Politics"); "Nordcom Secretary General" keeps Nordcom.
 */
final class Portfolios {
    private static final Set<String> TITLES = TitleWords.TITLES;
    private static final Set<String> JOINERS = Set.of("of", "for", "the", "and");
    private static final int LOOK_BEHIND_CHARS = 40;

    private final Map<String, String> texts = new HashMap<>();
    private final Set<String> lowerWords;
    private final Map<String, String> surfaceType;

    /**
     * {@code lowerWords}: the words the story's articles write in lower case; {@code surfaceType}: the type of
     * each lower-cased name, so a place or nationality in the portfolio ("Kardovian Environment") is allowed.
     */
    Portfolios(List<AnnotatedArticle> articles, Set<String> lowerWords, Map<String, String> surfaceType) {
        articles.forEach(a -> texts.put(a.id(), a.article().text()));
        this.lowerWords = lowerWords;
        this.surfaceType = surfaceType;
    }

    boolean isPortfolio(ResolvedMention m) {
        String text = texts.get(m.article());
        EntityMention e = m.mention();
        boolean orgOrMisc = EntityType.ORGANIZATION.is(m.type()) || EntityType.MISC.is(m.type());
        if (!orgOrMisc || text == null || e.start() < 0 || e.end() > text.length()) {
            return false;
        }
        return (officeAfter(text, e.end()) || officeBefore(text, e.start())) && commonWords(e.text());
    }

    /** "Environment Minister": an office word right after the mention. */
    private static boolean officeAfter(String text, int end) {
        String[] words = text.substring(end, Math.min(text.length(), end + LOOK_BEHIND_CHARS)).strip().split("[\\s,.;:]+");
        return words.length > 0 && !text.substring(end, Math.min(text.length(), end + 1)).matches("[,.;:]")
                && isOffice(words[0]);
    }

    /** "Minister for Emergencies", "minister of the Environment": an office word, "for" or "of", maybe "the". */
    private static boolean officeBefore(String text, int start) {
        String[] words = text.substring(Math.max(0, start - LOOK_BEHIND_CHARS), start).strip().split("\\s+");
        int i = words.length - 1;
        if (i >= 0 && words[i].equalsIgnoreCase("the")) {
            i--;
        }
        if (i < 1 || !(words[i].equalsIgnoreCase("for") || words[i].equalsIgnoreCase("of"))) {
            return false;
        }
        return isOffice(words[i - 1]);
    }

    private static boolean isOffice(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return TITLES.contains(w) || w.endsWith("s") && TITLES.contains(w.substring(0, w.length() - 1));
    }

    /**
     * Every word of the name (but joining words, places and nationalities) is one the story also writes in lower
     * case, and there is at least one such word.
     */
    private boolean commonWords(String name) {
        String[] words = name.split("[\\s-]+");
        boolean any = false;
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            String type = surfaceType.get(lower.replaceAll("['’]s$", ""));
            if (JOINERS.contains(lower) || EntityType.LOCATION.is(type) || EntityType.MISC.is(type)
                    || KnownNames.byAdjective(w) != null) {
                continue;
            }
            if (!lowerWords.contains(lower)) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
