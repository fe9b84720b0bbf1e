package org.dossier.annotate;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.EntityMention;
import org.dossier.model.SentenceSpan;
import org.dossier.text.Dateline;

/**
 * An annotated text as the rules see it: the text, its tokens, sentences, paragraphs and entity mentions. The first
 * sentence starts after a dateline the text opens with ({@link Dateline}), whichever annotator split it: "TARSEN,
 * Velmora (AP) — A quake struck …" is the sentence "A quake struck …", for quotes, positions, events and the summary
 * alike.
 */
public record AnnotatedText(String text, List<TaggedToken> toks, List<SentenceSpan> sentences,
                            List<int[]> paragraphs, List<EntityMention> entities) {

    public AnnotatedText {
        sentences = afterDateline(text, sentences);
    }

    /** The sentences, the first one starting after the dateline the text opens with (when it holds all of it). */
    static List<SentenceSpan> afterDateline(String text, List<SentenceSpan> sentences) {
        if (sentences.isEmpty()) {
            return sentences;
        }
        int body = Dateline.bodyStart(text);
        SentenceSpan first = sentences.get(0);
        if (body <= first.start() || body >= first.end()) {
            return sentences;
        }
        List<SentenceSpan> out = new ArrayList<>(sentences);
        out.set(0, new SentenceSpan(body, first.end()));
        return List.copyOf(out);
    }

    /** Paragraph [start, end) ranges: text blocks separated by blank lines. */
    public static List<int[]> paragraphsOf(String text) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int j = text.indexOf("\n\n", i);
            int end = j < 0 ? text.length() : j;
            if (!text.substring(i, end).isBlank()) {
                out.add(new int[] {i, end});
            }
            if (j < 0) {
                break;
            }
            i = j + 2;
        }
        return out;
    }

    /** Index of the paragraph holding character {@code pos}, or -1. */
    public int paragraphAt(int pos) {
        for (int p = 0; p < paragraphs.size(); p++) {
            if (pos >= paragraphs.get(p)[0] && pos < paragraphs.get(p)[1]) {
                return p;
            }
        }
        return -1;
    }

    /** Index of the sentence holding character {@code pos}, or the nearest one before it. */
    public int sentenceAt(int pos) {
        int best = 0;
        for (int s = 0; s < sentences.size(); s++) {
            if (sentences.get(s).start() <= pos) {
                best = s;
            }
        }
        return best;
    }

    /** Tokens lying fully within [from, to). */
    public List<TaggedToken> toksIn(int from, int to) {
        List<TaggedToken> out = new ArrayList<>();
        for (TaggedToken t : toks) {
            if (t.begin() >= from && t.end() <= to) {
                out.add(t);
            }
        }
        return out;
    }

    /** The entity mention covering character {@code pos}, or null. */
    public EntityMention entityAt(int pos) {
        for (EntityMention e : entities) {
            if (pos >= e.start() && pos < e.end()) {
                return e;
            }
        }
        return null;
    }
}
