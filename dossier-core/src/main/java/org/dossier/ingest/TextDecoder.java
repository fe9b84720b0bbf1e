package org.dossier.ingest;

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
 * Decodes page bytes to text: a byte-order mark wins, then (for HTML) a charset declared in the first
 * bytes, then strict UTF-8. Bytes that are not valid in the chosen charset are an error naming the offset,
 * never silent replacement characters.
 */
public final class TextDecoder {
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);

    private TextDecoder() {}

    public static String decode(byte[] bytes, boolean html) throws PageReader.BadPageException {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return strict(bytes, 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE);
        }
        Charset declared = html ? declaredCharset(bytes) : null;
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            try {
                return strict(bytes, 0, declared);
            } catch (PageReader.BadPageException e) {
                // a wrong declaration is common: fall through to UTF-8, which is checked strictly
            }
        }
        return strict(bytes, 0, StandardCharsets.UTF_8);
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

    private static String strict(byte[] bytes, int offset, Charset cs) throws PageReader.BadPageException {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return dec.decode(in).toString();
        } catch (CharacterCodingException e) {
            throw new PageReader.BadPageException("invalid " + cs.name() + " text near byte " + in.position());
        }
    }
}
