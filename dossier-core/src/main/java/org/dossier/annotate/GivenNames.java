package org.dossier.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.rules.RuleFiles;

/**
 * The given name a tagger left out of a person's name: a capitalised word right before a one-word person name
 * ("Per" of "Per Lindqvist, the company's chief executive, said" where the tagger read only "Lindqvist") joins it
 * when the word is a known given name ({@code given-names.txt}) or the text names that person with it elsewhere
 * (a person mention "Per Lindqvist"). A given name that is also an ordinary word ("Will", "Grant") joins only
 * inside a sentence, never opening one ("Will Lindqvist resign?"); one that is also a month ("May") only on the
 * text's evidence. Use it on the tagger's mentions after their fragments are joined ({@link NameSpans}).
 */
final class GivenNames {
    /** Known given names (as capitalised) to their second column: "" for a name only, "word" or "date". */
    private static final Map<String, String> NAMES = load();
    private static final Pattern WORD = Pattern.compile("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?");
    private static final Pattern ONE_WORD = Pattern.compile("\\p{Lu}[\\p{L}'\u2019\\-]+");

    private GivenNames() {}

    /** {@code mentions} (in text order) with each given name the tagger left out joined to its person's name. */
    static List<EntityMention> completed(String text, List<EntityMention> mentions) {
        Set<String> named = new HashSet<>();
        for (EntityMention m : mentions) {
            if (EntityType.PERSON.is(m.type())) {
                named.add(m.text().strip());
            }
        }
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (EntityMention m : mentions) {
            int start = givenNameStart(text, m, mentions, named);
            out.add(start < 0 ? m
                    : new EntityMention(text.substring(start, m.end()), EntityType.PERSON.label(), start, m.end()));
        }
        return out;
    }

    /**
     * Whether {@code word} is a listed given name that is no ordinary word, month or day ("Tom", not "Will" or
     * "May"): one standing alone can name a person ("Tom, a 52-year-old electrician, said").
     */
    static boolean isPlainGivenName(String word) {
        return "".equals(NAMES.get(word));
    }

    /** Where the given name before the one-word person mention {@code m} starts, or -1 when there is none. */
    private static int givenNameStart(String text, EntityMention m, List<EntityMention> mentions, Set<String> named) {
        if (!EntityType.PERSON.is(m.type()) || !ONE_WORD.matcher(m.text()).matches() || m.start() < 2
                || text.charAt(m.start() - 1) != ' ') {
            return -1;
        }
        int start = m.start() - 1;
        while (start > 0 && Character.isLetter(text.charAt(start - 1)) || start > 0 && text.charAt(start - 1) == '-') {
            start--;
        }
        String word = text.substring(start, m.start() - 1);
        if (!WORD.matcher(word).matches() || (start > 0 && !boundary(text.charAt(start - 1)))
                || covered(mentions, start, m.start() - 1)) {
            return -1;
        }
        if (named.contains(word + " " + m.text())) {
            return start;
        }
        String kind = NAMES.get(word);
        if (kind == null || kind.equals("date")) {
            return -1;
        }
        return kind.equals("word") && opensSentence(text, start) ? -1 : start;
    }

    private static boolean boundary(char c) {
        return Character.isWhitespace(c) || "\"'\u201c\u2018\u00ab(\u2014\u2013,;:".indexOf(c) >= 0;
    }

    private static boolean covered(List<EntityMention> mentions, int start, int end) {
        return mentions.stream().anyMatch(e -> e.start() < end && start < e.end());
    }

    /** Whether the word at {@code start} opens a sentence, where an ordinary word is capitalised too. */
    private static boolean opensSentence(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"'\u201c\u2018\u00ab(".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i < 0 || ".!?:\u201d\u00bb".indexOf(text.charAt(i)) >= 0 || text.charAt(i + 1) == '\n';
    }

    private static Map<String, String> load() {
        Map<String, String> out = new HashMap<>();
        for (List<String> row : RuleFiles.table(GivenNames.class, "given-names.txt")) {
            out.put(row.get(0), row.size() > 1 ? row.get(1) : "");
        }
        return Map.copyOf(out);
    }
}
