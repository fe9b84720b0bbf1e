package org.dossier.text;

/**
 * Where an article's own first sentence starts when its text opens with a dateline ("BRASK, Tavrenia (WNA) —",
 * "PORT ELDEN —", "Kranzbach (dpa) –"): the dateline says where the copy was filed and by whom, so a sentence span
 * that would read it as the sentence's subject starts after it. The dateline's shape is {@link DatelinePlace}'s, the
 * one the key features read.
 */
public final class Dateline {
    private Dateline() {}

    /** The offset in {@code text} of the first character after its opening dateline, or 0 when it opens with none. */
    public static int bodyStart(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        int start = DatelinePlace.of(text).textStart();
        return start < 0 || start >= text.length() ? 0 : start;
    }
}
