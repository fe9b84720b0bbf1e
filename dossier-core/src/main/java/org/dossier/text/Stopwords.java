package org.dossier.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.util.IOUtils;
import org.dossier.language.Languages;

/**
 * The union of Lucene's Snowball stop word lists of the languages Dossier reads (as the language registry names
 * them), used to reject capitalised function words.
 */
public final class Stopwords {
    private static final List<String> LISTS = Languages.stopListNames();
    private static final CharArraySet ALL = build();

    private Stopwords() {}

    /** Whether a lower-case word is a function word of one of the languages. */
    public static boolean contains(String lowercase) {
        return ALL.contains(lowercase);
    }

    private static CharArraySet build() {
        CharArraySet set = new CharArraySet(4000, true);
        for (String lang : LISTS) {
            String path = "org/apache/lucene/analysis/snowball/" + lang + "_stop.txt";
            try (InputStream in = CharArraySet.class.getClassLoader().getResourceAsStream(path)) {
                if (in != null) {
                    set.addAll(WordlistLoader.getSnowballWordSet(IOUtils.getDecodingReader(in, StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return CharArraySet.unmodifiableSet(set);
    }
}
