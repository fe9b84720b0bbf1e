package org.dossier.synthesize.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.AnnotatedArticle;

/**
 * Garble by run-in capitals: a sentence holding a common word capitalised between lower-case words ("meet on Monday
 * in tense Negotiations over …": a headline run into the text, or a translation's debris) that its article writes
 * in lower case elsewhere. Not a name mention, not all capitals, not after a word that may open a title ({@code
 * summary/<lang>/title-openers.txt}: "the Secretary of State"), and the two words after it in lower case (a title
 * runs into a name: "said Secretary of State Ana Ruiz"). Languages without that file (German capitalises its
 * nouns) are not read.
 */
final class RunIns {
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'\u2019-]*|[^\\s\\p{L}]");

    private RunIns() {}

    static boolean garbled(AnnotatedArticle a, int start, int end) {
        Set<String> openers = openers(a.article().language());
        if (openers.isEmpty()) {
            return false;
        }
        String text = a.article().text();
        List<int[]> toks = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(start, end);
        while (m.find()) {
            toks.add(new int[] {m.start(), m.end()});
        }
        for (int i = 1; i + 2 < toks.size(); i++) {
            String w = text.substring(toks.get(i)[0], toks.get(i)[1]);
            String before = text.substring(toks.get(i - 1)[0], toks.get(i - 1)[1]);
            int at = toks.get(i)[0];
            if (w.length() < 3 || !Character.isUpperCase(w.charAt(0)) || w.equals(w.toUpperCase(Locale.ROOT))
                    || !lowerWord(before) || openers.contains(before)
                    || !lowerWord(text.substring(toks.get(i + 1)[0], toks.get(i + 1)[1]))
                    || !lowerWord(text.substring(toks.get(i + 2)[0], toks.get(i + 2)[1]))
                    || a.annotations().entities().stream().anyMatch(e -> e.start() <= at && at < e.end())
                    || a.annotations().times().stream().anyMatch(t -> t.start() <= at && at < t.end())) {
                continue;
            }
            String lower = w.toLowerCase(Locale.ROOT);
            if (Pattern.compile("(?<![\\p{L}])" + Pattern.quote(lower) + "(?![\\p{L}])").matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean lowerWord(String t) {
        return !t.isEmpty() && Character.isLowerCase(t.charAt(0));
    }

    private static Set<String> openers(String language) {
        return LanguageWords.of(language, "title-openers.txt");
    }
}
