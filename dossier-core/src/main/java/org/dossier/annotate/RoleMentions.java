package org.dossier.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;

/**
 * Read on English text, the person a definite role phrase names again: "the minister said" after "Finance minister
 * Oskar Lindqvist", "the Westbury manager said" after "said Westbury manager Colm Feeney", "the opposition leader"
 * after "The opposition leader, Marta Sole,". The role is what the article wrote next to the person's name (the
 * words right before it, a phrase set off by a comma before it, or a "the …" phrase apposed after it); every word
 * of the role phrase must be among them. Use through {@link SpeakerNames}.
 */
final class RoleMentions {
    private static final int MAX_WORDS = 4;
    private static final int REACH = 90;
    /** The run of words (no punctuation but hyphens and apostrophes) that ends a stretch of text. */
    private static final Pattern WORDS_AT_END = Pattern.compile("([\\p{L}\\p{N}'’\\- ]*)$");
    /** A "the …" phrase apposed after a name: "Marta Sole, the opposition leader,". */
    private static final Pattern APPOSED_AFTER = Pattern.compile("^\\s*,\\s*((?:the|a|an)\\s[^,.;:\"“”]{1,60})");

    private RoleMentions() {}

    /**
     * The latest person named in full before {@code from} whose role, as written beside the name, holds every word
     * of {@code phrase} ("the minister"); null when the phrase is not "the" and one to four words, or none fits.
     */
    static EntityMention personFor(AnnotatedText doc, String phrase, int from) {
        List<String> words = roleWords(phrase);
        if (words.isEmpty()) {
            return null;
        }
        List<EntityMention> people = new ArrayList<>();
        for (EntityMention e : doc.entities()) {
            if (EntityType.PERSON.is(e.type()) && e.end() <= from && e.text().strip().contains(" ")) {
                people.add(e);
            }
        }
        for (int i = people.size() - 1; i >= 0; i--) {
            String role = " " + roleOf(doc.text(), people.get(i)) + " ";
            if (words.stream().allMatch(w -> role.contains(" " + w + " "))) {
                return people.get(i);
            }
        }
        return null;
    }

    /** The words of "the X Y" after its article, lower case; empty when the phrase is not of that form. */
    private static List<String> roleWords(String phrase) {
        String[] w = phrase.strip().toLowerCase(Locale.ROOT).split("\\s+");
        if (w.length < 2 || w.length > MAX_WORDS + 1 || !w[0].equals("the")) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 1; i < w.length; i++) {
            if (!w[i].matches("[\\p{L}\\p{N}'’\\-]+")) {
                return List.of();
            }
            out.add(w[i]);
        }
        return out;
    }

    /** What the article wrote beside the name of {@code e}, lower case, words apart by single spaces. */
    static String roleOf(String text, EntityMention e) {
        String before = text.substring(Math.max(0, e.start() - REACH), e.start());
        String prefix = wordsAtEnd(before);
        if (prefix.isBlank() && before.stripTrailing().endsWith(",")) {
            String cut = before.stripTrailing();
            prefix = wordsAtEnd(cut.substring(0, cut.length() - 1)); // "The health minister, Priya Raman"
        }
        Matcher after = APPOSED_AFTER.matcher(text.substring(e.end(), Math.min(text.length(), e.end() + REACH)));
        String suffix = after.find() ? after.group(1) : "";
        return (prefix + " " + suffix).toLowerCase(Locale.ROOT).replaceAll("[’']s\\b", " ")
                .replaceAll("\\s+", " ").strip();
    }

    private static String wordsAtEnd(String s) {
        Matcher m = WORDS_AT_END.matcher(s);
        return m.find() ? m.group(1) : "";
    }
}
