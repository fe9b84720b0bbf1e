package org.dossier.input.warc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import org.netpreserve.jwarc.WarcCompression;

/**
 * Where reading can go on after a corrupt record: the next place in the file, after a given offset, where a
 * record may start: a gzip member's magic bytes in a compressed archive (one record per member, as WARC writers
 * do), the {@code WARC/} version line in an uncompressed one. An uncompressed ARC has no such mark, so reading
 * ends there. A candidate that does not parse is passed over by the reader, which then asks again.
 */
final class Resync {
    private static final byte[] GZIP_MAGIC = {0x1f, (byte) 0x8b, 0x08};
    private static final byte[] WARC_START = "WARC/1.".getBytes(StandardCharsets.US_ASCII);
    private static final int CHUNK = 1 << 16;

    private final FileChannel channel;
    private final byte[] mark;

    Resync(FileChannel channel, WarcCompression compression, boolean arc) {
        this.channel = channel;
        this.mark = compression == WarcCompression.GZIP ? GZIP_MAGIC : arc ? null : WARC_START;
    }

    /** The offset of the next possible record start after {@code offset}, or -1 when there is none. */
    long after(long offset) throws IOException {
        if (mark == null) {
            return -1;
        }
        long size = channel.size();
        long from = offset + 1;
        ByteBuffer buf = ByteBuffer.allocate(CHUNK + mark.length);
        while (from < size) {
            buf.clear();
            int n = channel.read(buf, from);
            if (n <= 0) {
                return -1;
            }
            byte[] b = buf.array();
            for (int i = 0; i + mark.length <= n; i++) {
                if (startsAt(b, i)) {
                    return from + i;
                }
            }
            if (from + n >= size) {
                return -1;
            }
            from += n - mark.length + 1;
        }
        return -1;
    }

    private boolean startsAt(byte[] b, int i) {
        for (int k = 0; k < mark.length; k++) {
            if (b[i + k] != mark[k]) {
                return false;
            }
        }
        return true;
    }
}
