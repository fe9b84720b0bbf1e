package org.dossier.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;

/**
 * Completes names a tagger ends too early and types what it read as people: a body's name ending in a word its
 * number completes keeps the number ("United Food Workers Local 218": {@code numbered-heads.txt}); a capitalised
 * word followed by a lower-case Latin epithet that the text writes nowhere else ("Cronobacter sakazakii":
 * {@code binomial-endings.txt}; four letters only when it ends in "i", "coli") is the name of a species, MISC, with
 * its epithet, where the tagger read a person. One of {@link EntityExtractor}'s
 * post-rules, after {@link NameSpans}.
 */
final class NameTails {
    private static final Set<String> NUMBERED_HEADS = Set.copyOf(Lexicon.lines("numbered-heads.txt"));
    private static final List<String> EPITHET_ENDINGS = Lexicon.lines("binomial-endings.txt");
    private static final Pattern NUMBER_AFTER = Pattern.compile("\\s(\\d{1,5}[A-Z]?)(?![\\p{L}\\p{N}])");
    private static final Pattern EPITHET_AFTER = Pattern.compile("\\s(\\p{Ll}{4,})(?![\\p{L}\\-])");
    private static final int LONG_EPITHET = 5;
    private static final Pattern GENUS = Pattern.compile("\\p{Lu}\\p{Ll}{3,}");

    private NameTails() {}

    /** The mentions with numbers and epithets joined, in their order. */
    static List<EntityMention> completed(String text, List<EntityMention> mentions) {
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (EntityMention m : mentions) {
            out.add(species(text, numbered(text, m)));
        }
        return out;
    }

    /** "Local" + " 218": the number a body's last word takes, read into its name. */
    static EntityMention numbered(String text, EntityMention m) {
        if (EntityType.PERSON.is(m.type()) || m.end() > text.length() || m.text().indexOf(' ') < 0) {
            return m;
        }
        String last = m.text().substring(m.text().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        if (!NUMBERED_HEADS.contains(last)) {
            return m;
        }
        Matcher n = NUMBER_AFTER.matcher(text).region(m.end(), text.length());
        if (!n.lookingAt()) {
            return m;
        }
        return new EntityMention(text.substring(m.start(), n.end()), m.type(), m.start(), n.end());
    }

    /** A genus and its epithet, one name of a species (MISC), when the text writes the epithet only after it. */
    static EntityMention species(String text, EntityMention m) {
        if (!EntityType.PERSON.is(m.type()) || m.end() > text.length()
                || m.end() - m.start() != m.text().length()) {
            return m;
        }
        String[] words = m.text().split(" ");
        if (!GENUS.matcher(words[0]).matches() || words.length > 2) {
            return m;
        }
        // the tagger read the genus alone ("Cronobacter") or with its epithet ("Cronobacter sakazakii")
        int genusEnd = m.start() + words[0].length();
        Matcher e = EPITHET_AFTER.matcher(text).region(genusEnd, text.length());
        if (!e.lookingAt() || words.length == 2 && e.end() != m.end()) {
            return m;
        }
        String genus = words[0];
        String epithet = e.group(1);
        // a short word is a Latin epithet only by a vowel ending English words do not have ("coli"; "this" is none)
        if (EPITHET_ENDINGS.stream().noneMatch(epithet::endsWith)
                || epithet.length() < LONG_EPITHET && !epithet.endsWith("i")) {
            return m;
        }
        // an English word ("said", "thus") stands elsewhere too; an epithet only after its genus, or its initial
        Matcher anywhere = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(epithet) + "(?![\\p{L}])").matcher(text);
        Pattern genusBefore = Pattern.compile("(?:" + Pattern.quote(genus) + "|" + genus.charAt(0) + "\\.)\\s$");
        while (anywhere.find()) {
            String before = text.substring(Math.max(0, anywhere.start() - genus.length() - 1), anywhere.start());
            if (!genusBefore.matcher(before).find()) {
                return m;
            }
        }
        return new EntityMention(text.substring(m.start(), e.end()), EntityType.MISC.label(), m.start(), e.end());
    }
}
