package org.dossier.extract.html;

import java.io.Reader;

/**
 * A reader over a string that skips given [start, end) ranges and stops after a number of chars: hands the
 * parser a page without its script bodies without copying the page. A range may be marked to read as {@code &lt;}
 * instead (a {@code <} of text just before a cut element, which would otherwise open a tag with what follows).
 */
final class RangeReader extends Reader {
    private static final String LT = "&lt;";

    private final String s;
    private final int[] cuts;
    private final boolean[] lt;
    private final int n;
    private int pos;
    private int next;
    private int left;
    private int fill = -1;

    /** Reads {@code s} without the ranges {@code cuts[0..n)} (sorted start/end pairs), at most {@code max} chars. */
    RangeReader(String s, int[] cuts, int n, int max) {
        this(s, cuts, null, n, max);
    }

    /** As above; where {@code lt[k]} is set, the k-th range reads as {@code &lt;}. */
    RangeReader(String s, int[] cuts, boolean[] lt, int n, int max) {
        this.s = s;
        this.cuts = cuts;
        this.lt = lt;
        this.n = n;
        this.left = max;
    }

    @Override
    public int read(char[] buf, int off, int len) {
        int done = 0;
        while (done < len && left > 0) {
            if (fill >= 0) {
                buf[off + done++] = LT.charAt(fill++);
                left--;
                fill = fill == LT.length() ? -1 : fill;
                continue;
            }
            while (next < n && pos >= cuts[next]) {
                boolean filled = lt != null && lt[next / 2] && pos <= cuts[next];
                pos = Math.max(pos, cuts[next + 1]);
                next += 2;
                if (filled) {
                    fill = 0;
                    break;
                }
            }
            if (fill >= 0) {
                continue;
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
