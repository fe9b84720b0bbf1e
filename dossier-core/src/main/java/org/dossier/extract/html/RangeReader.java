package org.dossier.extract.html;

import java.io.Reader;

/**
 * A reader over a string that skips given [start, end) ranges and stops after a number of chars: hands the
 * parser a page without its script bodies without copying the page.
 */
final class RangeReader extends Reader {
    private final String s;
    private final int[] cuts;
    private final int n;
    private int pos;
    private int next;
    private int left;

    /** Reads {@code s} without the ranges {@code cuts[0..n)} (sorted start/end pairs), at most {@code max} chars. */
    RangeReader(String s, int[] cuts, int n, int max) {
        this.s = s;
        this.cuts = cuts;
        this.n = n;
        this.left = max;
    }

    @Override
    public int read(char[] buf, int off, int len) {
        int done = 0;
        while (done < len && left > 0) {
            while (next < n && pos >= cuts[next]) {
                pos = Math.max(pos, cuts[next + 1]);
                next += 2;
            }
            int stop = next < n ? cuts[next] : s.length();
            int take = Math.min(Math.min(stop - pos, len - done), left);
            if (take <= 0) {
                break;
            }
            s.getChars(pos, pos + take, buf, off + done);
            pos += take;
            done += take;
            left -= take;
        }
        return done == 0 && len > 0 ? -1 : done;
    }

    @Override
    public void close() {
        // nothing held
    }
}
