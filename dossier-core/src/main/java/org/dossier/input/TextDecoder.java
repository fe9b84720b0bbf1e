package org.dossier.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes page bytes to text. A byte-order mark wins, then valid UTF-8 (declarations are often wrong). For
 * HTML, a charset declared in the first bytes is tried next, then windows-1252 when the bytes look like a
 * legacy single-byte text. Scraped text pages must be UTF-8. Anything else is an error naming the offset,
 * never silent replacement characters.
 */
public final class TextDecoder {
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset LEGACY = Charset.forName("windows-1252");
    /** In a legacy single-byte text, accented letters are a minority of the bytes; more means another encoding. */
    private static final double MAX_HIGH_BYTE_SHARE = 0.3;

    private TextDecoder() {}

    public static String decode(byte[] bytes, boolean html) throws PageReader.BadPageException {
        return decode(bytes, html, null);
    }

    /**
     * As {@link #decode(byte[], boolean)}, with the charset a transport stated for the bytes (an HTTP
     * Content-Type header; null when none): it is tried after valid UTF-8 and before a charset declared in the
     * HTML, for text pages as well.
     */
    public static String decode(byte[] bytes, boolean html, Charset stated) throws PageReader.BadPageException {
        String bom = withBom(bytes);
        if (bom != null) {
            return bom;
        }
        int bad;
        try {
            return strict(bytes, StandardCharsets.UTF_8);
        } catch (BadOffset e) {
            bad = e.offset;
        }
        if (stated != null && !stated.equals(StandardCharsets.UTF_8)) {
            try {
                return strict(bytes, stated);
            } catch (BadOffset e) {
                // the header is wrong: fall through to what the page itself says
            }
        }
        if (html) {
            Charset declared = declaredCharset(bytes);
            if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
                try {
                    return strict(bytes, declared);
                } catch (BadOffset e) {
                    // the declaration is wrong too: fall through to the legacy guess
                }
            }
            if (highByteShare(bytes) <= MAX_HIGH_BYTE_SHARE) {
                return new String(bytes, LEGACY);
            }
        }
        throw new PageReader.BadPageException("invalid UTF-8 text near byte " + bad);
    }

    static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        try {
            return Charset.forName(m.group(1).trim().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String withBom(byte[] b) throws PageReader.BadPageException {
        Charset cs = null;
        int skip = 0;
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            cs = StandardCharsets.UTF_8;
            skip = 3;
        } else if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            cs = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            cs = StandardCharsets.UTF_16LE;
            skip = 2;
        }
        if (cs == null) {
            return null;
        }
        try {
            return strict(java.util.Arrays.copyOfRange(b, skip, b.length), cs);
        } catch (BadOffset e) {
            throw new PageReader.BadPageException("invalid " + cs.name() + " text near byte " + (e.offset + skip));
        }
    }

    private static double highByteShare(byte[] bytes) {
        int high = 0;
        int counted = 0;
        for (byte x : bytes) {
            int b = x & 0xff;
            if (b > ' ') {
                counted++;
                if (b >= 0x80) {
                    high++;
                }
            }
        }
        return counted == 0 ? 0 : high / (double) counted;
    }

    /** Where strict decoding failed. */
    private static final class BadOffset extends Exception {
        final int offset;

        BadOffset(int offset) {
            super(null, null, false, false);
            this.offset = offset;
        }
    }

    private static String strict(byte[] bytes, Charset cs) throws BadOffset {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return dec.decode(in).toString();
        } catch (CharacterCodingException e) {
            throw new BadOffset(in.position());
        }
    }
}
