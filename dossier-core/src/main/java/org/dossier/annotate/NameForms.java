package org.dossier.annotate;

import java.util.Locale;

/**
 * The parts of a written name or role phrase that are no part of the person's name: courtesy titles and role nouns
 * before it ("Frau Lorenz", "Dr."), and on English tags the letters after it ("KC"); whether a mention a tagger typed
 * wrongly is a titled person's name or an organisation's. Used by {@link SpeakerNames}.
 */
final class NameForms {
    private static final java.util.Set<String> POST_NOMINALS = java.util.Set.copyOf(Lexicon.lines("post-nominals.txt"));

    private NameForms() {}

    /** A role phrase without the courtesy titles and commas it ends with before the name. */
    static String withoutTrailingHonorifics(QuoteRules rules, String role) {
        String out = role;
        while (true) {
            String cut = out.replaceFirst("[\\s,]+$", "");
            int space = cut.lastIndexOf(' ');
            String last = cut.substring(space + 1).toLowerCase(Locale.ROOT);
            if (space < 0 || !rules.honorifics.contains(last)) {
                return cut;
            }
            out = cut.substring(0, space);
        }
    }

    /** Whether every word of {@code words} is a courtesy title. */
    static boolean isHonorific(QuoteRules rules, String words) {
        for (String w : words.split("\\s+")) {
            if (!rules.honorifics.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A name without the courtesy titles and role nouns it opens with ("Frau Lorenz" is "Lorenz"; an everyday role
     * only before two words or more, "Neighbour Graham Teale") and, on English
     * tags, the letters after it ("Anna Whitlow KC"; {@code post-nominals.txt}).
     */
    static String withoutHonorifics(QuoteRules rules, String name) {
        String[] w = name.split("\\s+");
        int i = 0;
        while (i < w.length - 1 && (rules.honorifics.contains(w[i].toLowerCase(Locale.ROOT))
                || rules.nameTitles.contains(w[i].toLowerCase(Locale.ROOT))
                || !rules.lemmas && rules.isRole(w[i]))) {
            i++;
        }
        if (i == 0 && w.length >= 3 && rules.everydayRoles.contains(w[0].toLowerCase(Locale.ROOT))) {
            i = 1; // "Neighbour Graham Teale"
        }
        int end = w.length;
        while (rules.lemmas && end - i > 2 && POST_NOMINALS.contains(w[end - 1])) {
            end--;
        }
        return i == 0 && end == w.length ? name : String.join(" ", java.util.Arrays.asList(w).subList(i, end));
    }

    /**
     * Read on English tags, a mention typed an organisation that is titles of office and then two or three
     * capitalised words, none an organisation's head word ("Chief Executive Ngozi Adeyemi-Bello"): the person's
     * name without the titles; else null.
     */
    static String titledPerson(QuoteRules rules, String mention) {
        String name = withoutHonorifics(rules, mention.strip());
        String[] w = name.split("\\s+");
        if (!rules.lemmas || name.equals(mention.strip()) || w.length < 2 || w.length > 3) {
            return null;
        }
        for (String word : w) {
            if (!Character.isUpperCase(word.charAt(0)) || ORG_HEADS.contains(word.toLowerCase(Locale.ROOT))) {
                return null;
            }
        }
        return name;
    }

    /** Two or more capitalised words, the last an organisation's head word ({@code org-heads.txt}): "… League". */
    static boolean isOrganisationName(String name) {
        String[] w = name.strip().split("\\s+");
        return w.length >= 2 && java.util.Arrays.stream(w).allMatch(x -> Character.isUpperCase(x.charAt(0)))
                && ORG_HEADS.contains(w[w.length - 1].toLowerCase(Locale.ROOT));
    }

    private static final java.util.Set<String> ORG_HEADS = java.util.Set.copyOf(Lexicon.lines("org-heads.txt").stream()
            .map(s -> s.toLowerCase(Locale.ROOT)).toList());
}
