package org.dossier.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * A gunzipping stream that refuses a decompression bomb: once more than {@link #FREE_BYTES} have come out, the
 * output may be at most {@link #MAX_RATIO} times the compressed bytes read so far (text compresses 3-15 times; a
 * gigabyte of zeros over 1,000 times), else reading fails with {@link TooInflatedException} after a few megabytes,
 * not after the whole gigabyte. Use it for compressed inputs with no size cap of their own (JSON lines).
 */
public final class InflationGuard extends FilterInputStream {
    /** Output allowed whatever the ratio. */
    public static final long FREE_BYTES = 16L << 20;
    /** Largest output-to-input ratio past {@link #FREE_BYTES}. */
    public static final int MAX_RATIO = 200;

    private final Counting raw;
    private long out;

    /** Reading failed because the output grew past the allowed ratio. */
    public static final class TooInflatedException extends IOException {
        TooInflatedException(long out, long in) {
            super("expands more than " + MAX_RATIO + " times (" + (out >> 20) + " MB from " + (in >> 10)
                    + " KB read): refused as a decompression bomb");
        }
    }

    private InflationGuard(Counting raw, InputStream inflated) {
        super(inflated);
        this.raw = raw;
    }

    /** Gunzips {@code compressed} under the guard. */
    public static InputStream gunzip(InputStream compressed) throws IOException {
        Counting raw = new Counting(compressed);
        return new InflationGuard(raw, new GZIPInputStream(raw, 1 << 16));
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws TooInflatedException {
        out += n;
        if (out > FREE_BYTES && out > MAX_RATIO * Math.max(1, raw.count)) {
            throw new TooInflatedException(out, raw.count);
        }
    }

    /** Counts the bytes read from the compressed stream. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b >= 0 ? 1 : 0;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(n, 0);
            return n;
        }
    }
}
