package org.dossier.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.text.NameParticles;

/**
 * The surname of a person the article named in full, where the tagger left it untagged: news names a person once
 * ("Interior Minister Pavel Hront said …") and then by surname alone ("Hront denied that …"), and a statistical
 * tagger misses many of those, above all opening a sentence. Each whole-word, same-case occurrence of the last word
 * of a full PERSON name becomes a PERSON mention, unless it is part of another name (a capitalised word or a
 * particle beside it), the word is tagged as something else anywhere in the text, or it names a place; where the text
 * also writes it as a common word ("hope"), not where it opens a sentence ("Hope remains …").
 */
final class SurnameMentions {
    /** A surname shorter than this is too often a word or an initial. */
    private static final int MIN_LETTERS = 3;
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)[\\s\\u00A0]+$");
    private static final Pattern WORD_AFTER = Pattern.compile("^[\\s\\u00A0]+(\\p{L}+)");

    private SurnameMentions() {}

    /** {@code mentions} with the untagged surnames of full person names added, in text order. */
    static List<EntityMention> added(String text, List<EntityMention> mentions) {
        Set<String> otherwiseTagged = new HashSet<>();
        Set<String> surnames = new HashSet<>();
        for (EntityMention m : mentions) {
            String[] words = m.text().strip().split("[\\s\\u00A0]+");
            if (!EntityType.PERSON.is(m.type())) {
                otherwiseTagged.add(m.text().strip());
            } else if (words.length >= 2 && surname(words[words.length - 1])) {
                surnames.add(words[words.length - 1]);
            }
        }
        surnames.removeAll(otherwiseTagged);
        List<EntityMention> out = new ArrayList<>(mentions);
        for (String s : surnames) {
            if (CoreNlpLists.isPlace(s)) {
                continue;
            }
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}-])" + Pattern.quote(s) + "(?![\\p{L}\\p{N}-])").matcher(text);
            boolean alsoAWord = Pattern.compile("(?<![\\p{L}\\p{N}-])" + Pattern.quote(s.toLowerCase(Locale.ROOT))
                    + "(?![\\p{L}\\p{N}-])").matcher(text).find();
            while (m.find()) {
                if (!covered(mentions, m.start(), m.end()) && alone(text, m.start(), m.end())
                        && !(alsoAWord && opensSentence(text, m.start()))) {
                    out.add(new EntityMention(s, EntityType.PERSON.label(), m.start(), m.end()));
                }
            }
        }
        out.sort(Comparator.comparingInt(EntityMention::start));
        return out;
    }

    /** Whether the word at {@code start} opens a sentence, where a common word is capitalised too. */
    private static boolean opensSentence(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"'\u201c\u2018\u00ab(".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i < 0 || ".!?:\u201d\u00bb".indexOf(text.charAt(i)) >= 0 || text.charAt(i + 1) == '\n';
    }

    private static boolean surname(String w) {
        return w.length() >= MIN_LETTERS && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter)
                && !w.chars().allMatch(Character::isUpperCase);
    }

    private static boolean covered(List<EntityMention> mentions, int start, int end) {
        return mentions.stream().anyMatch(e -> e.start() < end && start < e.end());
    }

    /** Whether the word at [start, end) stands alone: no capitalised word or name particle right before or after. */
    private static boolean alone(String text, int start, int end) {
        Matcher before = WORD_BEFORE.matcher(text.substring(Math.max(0, start - 30), start));
        if (before.find() && (Character.isUpperCase(before.group(1).charAt(0))
                || NameParticles.IN_NAMES.contains(before.group(1)))) {
            return false;
        }
        Matcher after = WORD_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 30)));
        return !(after.find() && Character.isUpperCase(after.group(1).charAt(0)));
    }
}
