package org.dossier.input;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
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
 * Decodes page bytes to text. A byte-order mark wins, then UTF-16 without one (ASCII text with a zero byte beside
 * each character), then valid UTF-8 (declarations are often wrong). Next the charset a transport stated, for HTML a
 * charset declared in the first bytes, then the charset ICU4J's {@link CharsetDetector} finds with confidence
 * {@value #MIN_CONFIDENCE} or more and well ahead of its next guess (so a windows-1251 or Shift_JIS page labelled
 * UTF-8 reads as Cyrillic or Japanese, not as mojibake), and for HTML windows-1252 when the bytes look like a legacy
 * single-byte text. A text page that is UTF-8 up to a bad byte is not guessed at: it is refused.
 * Anything else is an error naming the offset, never silent replacement characters.
 */
public final class TextDecoder {
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset LEGACY = Charset.forName("windows-1252");
    /** In a legacy single-byte text, accented letters are a minority of the bytes; more means another encoding. */
    private static final double MAX_HIGH_BYTE_SHARE = 0.3;
    /** ICU's confidence (0-100) from which its guess is taken: a short page of prose scores 40-100, noise 10. */
    static final int MIN_CONFIDENCE = 25;
    /** The bytes the detector reads: enough for its statistics. */
    private static final int DETECT_BYTES = 64 * 1024;

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
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            try {
                return strict(bytes, utf16);
            } catch (BadOffset e) {
                throw new PageReader.BadPageException("invalid " + utf16.name() + " text near byte " + e.offset);
            }
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
                    // the declaration is wrong too: fall through to detection
                }
            }
        }
        String detected = html || !utf8Before(bytes, bad) ? detected(bytes, html) : null;
        if (detected != null) {
            return detected;
        }
        if (html && highByteShare(bytes) <= MAX_HIGH_BYTE_SHARE) {
            return new String(bytes, LEGACY);
        }
        throw new PageReader.BadPageException("invalid UTF-8 text near byte " + bad);
    }

    /**
     * The text as ICU's detector reads it, when its best guess other than UTF-8 and UTF-16 (those it names for bytes
     * that failed them, or at a floor of 10 for any bytes) has confidence {@value #MIN_CONFIDENCE} or more, at least
     * twice the next guess's, and the bytes decode in it; else null.
     */
    private static String detected(byte[] bytes, boolean html) {
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(html);
        detector.setText(bytes.length <= DETECT_BYTES ? bytes : java.util.Arrays.copyOf(bytes, DETECT_BYTES));
        CharsetMatch best = null;
        int second = 0;
        for (CharsetMatch m : detector.detectAll()) {
            if (m.getName().startsWith("UTF-")) {
                continue;
            }
            if (best == null) {
                best = m;
            } else {
                second = m.getConfidence();
                break;
            }
        }
        if (best == null || best.getConfidence() < MIN_CONFIDENCE || best.getConfidence() < 2 * second) {
            return null;
        }
        try {
            return strict(bytes, Charset.forName(best.getName()));
        } catch (BadOffset | IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether a character of two or more bytes decoded as UTF-8 before {@code offset} (where decoding failed). */
    private static boolean utf8Before(byte[] bytes, int offset) {
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * UTF-16LE or BE when the bytes have no byte-order mark but a zero at nearly every odd (LE) or even (BE) position of
     * their start and few at the others, as ASCII-heavy text in UTF-16 has; else null.
     */
    static Charset utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, 8192) & ~1;
        if (n < 16) {
            return null;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            evenZero += b[i] == 0 ? 1 : 0;
            oddZero += b[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        if (oddZero >= pairs * 0.6 && evenZero <= pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZero >= pairs * 0.6 && oddZero <= pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
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

    /**
     * The bytes decoded, or BadOffset where they are not text of {@code cs}. The JDK's own string decoding (much
     * faster, ASCII and Latin-1 read in bulk) puts U+FFFD where a byte is bad; a text without one decoded cleanly
     * and is what the strict decoder gives. Only a text with a U+FFFD (a bad byte, or one the page wrote) is
     * decoded again strictly, to tell which and where.
     */
    private static String strict(byte[] bytes, Charset cs) throws BadOffset {
        String quick = new String(bytes, cs);
        if (quick.indexOf('\ufffd') < 0) {
            return quick;
        }
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
