package org.dossier.resolve;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.EntityType;
import org.dossier.rules.RuleFiles;

/**
 * Finds one-word person mentions that are tagger noise: a common word (listed as data, or used in lower case in
 * the story itself, like "Downstream" opening a sentence) that no longer name in the story contains.
 */
final class NameNoise {
    private static final Set<String> COMMON = RuleFiles.words(NameNoise.class, "en", "common-words.txt");
    private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Ll}+(?![\\p{L}\\p{N}])");

    private final Set<String> lowerWords = new HashSet<>();

    NameNoise(List<AnnotatedArticle> articles) {
        for (AnnotatedArticle a : articles) {
            Matcher m = LOWER_WORD.matcher(a.article().text());
            while (m.find()) {
                lowerWords.add(m.group());
            }
        }
    }

    /** The words the story's articles write in lower case. */
    Set<String> lowerWords() {
        return lowerWords;
    }

    /** The lower-case one-word person names to drop, given every cleaned mention of the story and surface types. */
    Set<String> noise(List<ResolvedMention> mentions, Map<String, String> surfaceType) {
        Set<String> inLonger = new HashSet<>();
        Set<String> single = new HashSet<>();
        for (ResolvedMention m : mentions) {
            if (m.parts().tokens().size() > 1) {
                m.parts().tokens().forEach(t -> inLonger.add(t.toLowerCase(Locale.ROOT)));
            } else {
                single.add(m.parts().name().toLowerCase(Locale.ROOT));
            }
        }
        Set<String> out = new HashSet<>();
        for (String k : single) {
            boolean person = EntityType.PERSON.is(surfaceType.get(k));
            if (person && !inLonger.contains(k) && (COMMON.contains(k) || lowerWords.contains(k))) {
                out.add(k);
            }
        }
        return out;
    }
}
