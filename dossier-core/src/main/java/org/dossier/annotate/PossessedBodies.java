package org.dossier.annotate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The group that speaks for a person, written with a possessive pronoun as the subject of a reporting verb: ""…,"
 * his campaign said in a statement" after "The Conservative candidate, Richard Fallow, …" is Fallow's campaign.
 * The group is named as the article last wrote it with a name and a possessive in the quote's paragraph or the one
 * before ("Hollister's campaign dismissed the rally. "…," his campaign said"), else after the surname of the person
 * the pronoun stands for ({@link SpeakerContext#recentSubject}). The pronouns and nouns are data
 * ({@code possessed-bodies.txt}). Use from {@link SpeakerContext#resolvePhrase}.
 */
final class PossessedBodies {
    private static final Map<String, String> POSSESSIVES = new HashMap<>();
    private static final Set<String> NOUNS = new HashSet<>();

    static {
        for (String line : Lexicon.lines("possessed-bodies.txt")) {
            String[] f = line.split("\t");
            if (f[0].equals("possessive") && f.length == 3) {
                POSSESSIVES.put(f[1], f[2]);
            } else if (f[0].equals("noun") && f.length == 2) {
                NOUNS.add(f[1]);
            }
        }
    }

    private PossessedBodies() {}

    /**
     * The group a two-word phrase "his campaign" ({@code words}) before {@code pos} names, as a speaker ("Fallow's
     * campaign"); none when the phrase is not a listed possessive and noun or no person fits the pronoun.
     */
    static Attribution of(SpeakerContext c, List<TaggedToken> words, int pos) {
        if (!c.rules.lemmas || words.size() != 2) {
            return Attribution.NONE;
        }
        String gender = POSSESSIVES.get(words.get(0).lower());
        String noun = words.get(1).lower();
        if (gender == null || !NOUNS.contains(noun)) {
            return Attribution.NONE;
        }
        String written = writtenBefore(c, noun, words.get(0).begin());
        if (written != null) {
            return new Attribution(written, null);
        }
        Attribution owner = c.recentSubject(pos, gender);
        if (owner.speaker() == null || !c.names.isPerson(owner.speaker())) {
            return Attribution.NONE;
        }
        String[] name = owner.speaker().strip().split("\\s+");
        return new Attribution(name[name.length - 1] + "'s " + noun, null);
    }

    /** The last "Name's NOUN" in the paragraph of {@code to} or the one before, before {@code to}; else null. */
    private static String writtenBefore(SpeakerContext c, String noun, int to) {
        int para = c.doc.paragraphAt(to);
        if (para < 0) {
            return null;
        }
        int from = c.doc.paragraphs().get(Math.max(0, para - 1))[0];
        Matcher m = Pattern.compile("\\b(\\p{Lu}[\\p{L}'’-]+)['’]s " + Pattern.quote(noun) + "\\b")
                .matcher(c.doc.text().substring(from, to));
        String last = null;
        while (m.find()) {
            last = m.group(1) + "'s " + noun.toLowerCase(Locale.ROOT);
        }
        return last;
    }
}
