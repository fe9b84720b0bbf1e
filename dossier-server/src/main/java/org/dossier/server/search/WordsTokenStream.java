package org.dossier.server.search;

import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.dossier.text.TextWords;

/**
 * The tokens the index's analyzer ({@code StandardAnalyzer}: the standard tokenizer, then lower case, no stop words)
 * would make of a title or a text, given as the words already cut from it ({@link TextWords}, the range of one of
 * the two) instead of tokenizing the string again: the same terms, positions and offsets. Use it only for words
 * read from exactly the field's string and without gaps ({@link TextWords#gaps}), which {@link IndexedArticle}
 * checks; one stream per field of one document.
 */
final class WordsTokenStream extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final TextWords words;
    private final int from;
    private final int to;
    private final int length;
    private int next;

    /** The words {@code [from, to)} of {@code words}, read from a string of {@code length} chars. */
    WordsTokenStream(TextWords words, int from, int to, int length) {
        this.words = words;
        this.from = from;
        this.to = to;
        this.length = length;
        this.next = from;
    }

    @Override
    public boolean incrementToken() {
        if (next >= to) {
            return false;
        }
        clearAttributes();
        int n = words.length(next);
        char[] buffer = term.resizeBuffer(n);
        words.copy(next, buffer, 0);
        CharacterUtils.toLowerCase(buffer, 0, n); // as LowerCaseFilter does
        term.setLength(n);
        int start = words.offset(next);
        offset.setOffset(start, start + n); // the standard tokenizer's term is the source's chars as they are
        position.setPositionIncrement(1);
        next++;
        return true;
    }

    @Override
    public void end() throws java.io.IOException {
        super.end();
        offset.setOffset(length, length);
    }

    @Override
    public void reset() throws java.io.IOException {
        super.reset();
        next = from;
    }
}
