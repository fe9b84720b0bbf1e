package org.dossier.resolve;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.rules.RuleFiles;

/**
 * Tells adjectives and demonyms ("Russian", "Europeans", "pro-Western", "ex-Soviet", "Russian-Western") from named
 * things among the tagger's MISC mentions, and finds the place or body each is derived from. An adjective is an
 * attribute of that entity, not an entity of its own. A word is adjectival when it is listed as a demonym
 * ({@link KnownNames}), or ends like one ({@code adjective-suffixes.txt}) and either spells a place of the story
 * ("Ukrainian" from Ukraine) or stands before a lower-case noun; a hyphenated prefix ("pro-", "ex-") keeps it so.
 * A name of several words that is a body's name with its last word made an adjective ("Social Democratic" of the
 * Social Democrats, {@link #bodyForm}) is that body's adjective too.
 */
final class Adjectives {
    private static final Set<String> PREFIXES = RuleFiles.words(Adjectives.class, "en", "adjective-prefixes.txt");
    private static final Set<String> SUFFIXES = RuleFiles.words(Adjectives.class, "en", "adjective-suffixes.txt");
    /** Shortest common start of an adjective and the place it is derived from ("Chin" of China and Chinese). */
    private static final int MIN_STEM = 4;

    private Adjectives() {}

    /**
     * Whether a MISC mention is an adjective or demonym: every part (split at spaces and hyphens) a prefix or an
     * adjectival word. {@code places}: the lower-case names the story tags as places; {@code attributive}: the
     * mention stands right before a lower-case word in its text; {@code lowerWords}: the words the story writes in
     * lower case (common words, never demonyms: "Politics").
     */
    static boolean adjectival(String surface, Set<String> places, boolean attributive, Set<String> lowerWords) {
        if (KnownNames.byAdjective(surface.strip()) != null) {
            return true;   // a listed demonym of several words ("South Korean")
        }
        List<String> parts = parts(surface);
        boolean prefixed = parts.size() > words(surface).size();
        boolean anyWord = false;
        for (String p : parts) {
            if (PREFIXES.contains(p.toLowerCase(Locale.ROOT)) && Character.isLowerCase(p.charAt(0))) {
                continue;
            }
            // after "pro-" or "ex-" a capitalised word is an adjective whatever its ending ("ex-Yugoslav")
            boolean afterPrefix = prefixed && !p.isEmpty() && Character.isUpperCase(p.charAt(0));
            if (!afterPrefix && !adjectivalWord(p, places, attributive, lowerWords)) {
                return false;
            }
            anyWord = true;
        }
        return anyWord;
    }

    /**
     * Whether a name of two or more words is the adjective of a body's name: the same words but the last, which
     * shares the stem of the body's last word and ends like an adjective or is its singular ("Social Democratic" and
     * "Christian Democrat" of "Social Democrats" and "Christian Democrats").
     */
    static boolean bodyForm(String surface, String body) {
        String[] a = surface.strip().split("\\s+");
        String[] b = body.strip().split("\\s+");
        if (a.length < 2 || a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length - 1; i++) {
            if (!a[i].equalsIgnoreCase(b[i])) {
                return false;
            }
        }
        String w = a[a.length - 1].toLowerCase(Locale.ROOT);
        String v = b[b.length - 1].toLowerCase(Locale.ROOT);
        String singular = v.endsWith("s") ? v.substring(0, v.length() - 1) : v;
        if (w.equals(v) || !Character.isUpperCase(a[a.length - 1].charAt(0)) || !(w.equals(singular) || hasSuffix(w))) {
            return false;
        }
        int common = 0;
        while (common < w.length() && common < v.length() && w.charAt(common) == v.charAt(common)) {
            common++;
        }
        return common >= MIN_STEM && common >= singular.length() - 1;
    }

    /**
     * The adjectives a MISC run of words holds: one ("Russian-Western", "South Korean"), or, when a word of it is
     * prefixed ("pro-Russian Ukrainian": pro-Russian, Ukrainian), each word apart, for a prefixed adjective stands on
     * its own before the next.
     */
    static List<String> separate(String surface) {
        String[] tokens = surface.strip().split("\\s+");
        for (String t : tokens) {
            int hyphen = t.indexOf('-');
            if (tokens.length > 1 && hyphen > 0 && Character.isLowerCase(t.charAt(0))
                    && PREFIXES.contains(t.substring(0, hyphen).toLowerCase(Locale.ROOT))) {
                return List.of(tokens);
            }
        }
        return List.of(surface.strip());
    }

    /** The parts of an adjective compound that can name an entity (prefixes left out). */
    static List<String> words(String surface) {
        return parts(surface).stream().filter(p -> !(PREFIXES.contains(p.toLowerCase(Locale.ROOT))
                && Character.isLowerCase(p.charAt(0)))).toList();
    }

    private static boolean adjectivalWord(String w, Set<String> places, boolean attributive, Set<String> lowerWords) {
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        if (KnownNames.byAdjective(w) != null) {
            return true;
        }
        String singular = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
        if (KnownNames.byAdjective(singular) != null) {
            return true;
        }
        if (attributive && w.equals(singular) && TypeRules.partyFamily(w)) {
            // "a Conservative spokeswoman": a party's adjective
            return true;
        }
        if (!hasSuffix(singular) || lowerWords.contains(w.toLowerCase(Locale.ROOT))
                || lowerWords.contains(singular.toLowerCase(Locale.ROOT))) {
            return false;
        }
        return attributive || places.stream().anyMatch(p -> derivedFrom(singular, p));
    }

    /** Whether an adjective spells a one-word place: they share a start of at least all but the place's last letter. */
    static boolean derivedFrom(String adjective, String place) {
        String a = adjective.toLowerCase(Locale.ROOT);
        String p = place.toLowerCase(Locale.ROOT);
        if (p.indexOf(' ') >= 0 || a.equals(p) || !hasSuffix(a)) {
            return false;
        }
        int common = 0;
        while (common < a.length() && common < p.length() && a.charAt(common) == p.charAt(common)) {
            common++;
        }
        return common >= MIN_STEM && common >= p.length() - 1;
    }

    private static boolean hasSuffix(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        return SUFFIXES.stream().anyMatch(s -> lower.length() > s.length() + 2 && lower.endsWith(s));
    }

    private static List<String> parts(String surface) {
        return List.of(surface.strip().split("[\\s\\-\u2010\u2011]+")).stream().filter(p -> !p.isEmpty()).toList();
    }
}
