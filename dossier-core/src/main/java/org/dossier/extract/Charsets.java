package org.dossier.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes page bytes whose declared charset may be wrong or missing: a BOM wins, then valid UTF-8, then
 * the charset declared in the HTML ({@code <meta charset>}), then the Content-Type hint, then windows-1252.
 */
public final class Charsets {
    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)");
    private static final Pattern HINT_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");
    private static final int SNIFF_BYTES = 4096;
    private static final Charset FALLBACK = Charset.forName("windows-1252");

    private Charsets() {
    }

    /** The text of {@code bytes}; {@code contentTypeHint} (e.g. "text/html; charset=iso-8859-1") may be null. */
    public static String decode(byte[] bytes, String contentTypeHint) {
        if (bytes == null || bytes.length == 0) {
            return "";
        }
        String bom = withBom(bytes);
        if (bom != null) {
            return bom;
        }
        String utf8 = strictUtf8(bytes);
        if (utf8 != null) {
            return utf8;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Charset declared = charset(META_CHARSET.matcher(head));
        if (declared == null && contentTypeHint != null) {
            declared = charset(HINT_CHARSET.matcher(contentTypeHint));
        }
        if (declared == null || declared.equals(StandardCharsets.UTF_8)) {
            declared = FALLBACK;
        }
        return new String(bytes, declared);
    }

    private static String withBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        return null;
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Charset charset(Matcher m) {
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        try {
            return name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") ? FALLBACK
                    : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
