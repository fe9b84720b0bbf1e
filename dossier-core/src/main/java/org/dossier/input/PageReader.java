package org.dossier.input;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.Charset;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.dossier.model.RawPage;

/**
 * Reads one page file into a {@link RawPage}: gunzips {@code .gz}, refuses empty and binary content,
 * decodes the text (see {@link TextDecoder}) and derives the id from a hash of the bytes.
 */
public final class PageReader {
    /** Pages larger than this (after decompression) are refused rather than risk memory. */
    public static final int MAX_BYTES = 32 * 1024 * 1024;

    private PageReader() {}

    /** A page that cannot be used; the message is the one-line reason shown to the user. */
    public static final class BadPageException extends Exception {
        public BadPageException(String reason) {
            super(reason);
        }
    }

    public static RawPage read(Path file) throws IOException, BadPageException {
        return read(file, true);
    }

    /**
     * As {@link #read(Path)}; without {@code withId} the page's id is left empty and its bytes are not hashed (for a
     * front end that shows articles and never stores or compares them: {@code dossier extract}).
     */
    public static RawPage read(Path file, boolean withId) throws IOException, BadPageException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        byte[] bytes = name.endsWith(".gz") ? gunzip(file) : readCapped(file);
        String inner = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        RawPage.Kind kind = inner.endsWith(".txt") ? RawPage.Kind.TEXT : RawPage.Kind.HTML;
        RawPage page = decode(file.toString(), bytes, kind, null, RawPage.Hints.NONE);
        return withId ? new RawPage(hash(bytes), page.source(), kind, page.content(), page.hints()) : page;
    }

    /** Builds a page from bytes already in memory; {@code source} names it in errors. */
    public static RawPage fromBytes(String source, byte[] bytes, RawPage.Kind kind) throws BadPageException {
        return fromBytes(source, bytes, kind, null, RawPage.Hints.NONE);
    }

    /**
     * Builds a page from bytes an archive or a feed delivered: {@code stated} is the charset its transport gave
     * (null when none, see {@link TextDecoder#decode(byte[], boolean, Charset)}), {@code hints} what else it knew.
     * The id is the hash of the bytes, so a page read from a file and from an archive is one page.
     */
    public static RawPage fromBytes(String source, byte[] bytes, RawPage.Kind kind, Charset stated,
                                    RawPage.Hints hints) throws BadPageException {
        RawPage page = decode(source, bytes, kind, stated, hints);
        return new RawPage(hash(bytes), source, kind, page.content(), hints);
    }

    /** The checks and the decoding of {@link #fromBytes}, the id left empty. */
    private static RawPage decode(String source, byte[] bytes, RawPage.Kind kind, Charset stated,
                                  RawPage.Hints hints) throws BadPageException {
        if (bytes.length == 0) {
            throw new BadPageException("empty file");
        }
        if (TextDecoder.utf16WithoutBom(bytes) == null && looksBinary(bytes)) {
            throw new BadPageException("binary content, not a text or HTML page");
        }
        String text = TextDecoder.decode(bytes, kind == RawPage.Kind.HTML, stated);
        if (text.isBlank()) {
            throw new BadPageException("no text (only white space)");
        }
        return new RawPage("", source, kind, text, hints);
    }

    private static byte[] readCapped(Path file) throws IOException, BadPageException {
        if (Files.size(file) > MAX_BYTES) {
            throw new BadPageException("larger than " + (MAX_BYTES >> 20) + " MB");
        }
        return Files.readAllBytes(file);
    }

    private static byte[] gunzip(Path file) throws IOException, BadPageException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return readCapped(in, MAX_BYTES, "larger than " + (MAX_BYTES >> 20) + " MB once decompressed");
        } catch (EOFException e) {
            throw new BadPageException("truncated gzip archive");
        } catch (ZipException e) {
            throw new BadPageException("not a valid gzip archive (" + e.getMessage() + ")");
        }
    }

    /**
     * The bytes of a stream up to {@link #MAX_BYTES}; a longer stream is refused (named {@code what} in the reason)
     * without reading it to its end.
     */
    public static byte[] readCapped(InputStream in, String what) throws IOException, BadPageException {
        return readCapped(in, MAX_BYTES, what + " larger than " + (MAX_BYTES >> 20) + " MB");
    }

    /** The bytes of a stream up to {@code cap}; past it the stream is refused with {@code reason}, not read to its end. */
    private static byte[] readCapped(InputStream in, int cap, String reason) throws IOException, BadPageException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[65536];
        int n;
        while ((n = in.read(buf)) > 0) {
            out.write(buf, 0, n);
            if (out.size() > cap) {
                throw new BadPageException(reason);
            }
        }
        return out.toByteArray();
    }

    /** The id of a page with these bytes: the start of their SHA-256, in hex. */
    public static String contentId(byte[] bytes) {
        return hash(bytes);
    }

    /** NUL bytes, or many control characters in the first 8 KB, mean this is not text. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > n / 20;
    }

    static String hash(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
