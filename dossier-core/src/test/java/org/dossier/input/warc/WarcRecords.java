package org.dossier.input.warc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/** WARC records written by hand for tests, so a test can build, compress, corrupt or cut an archive at will. */
final class WarcRecords {
    private WarcRecords() {}

    /** A response record holding an HTTP response with {@code status}, {@code contentType} and {@code body}. */
    static byte[] response(String uri, String date, int status, String contentType, byte[] body) {
        ByteArrayOutputStream http = new ByteArrayOutputStream();
        write(http, ("HTTP/1.1 " + status + " X\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        write(http, body);
        return record("response", uri, date, "application/http;msgtype=response", http.toByteArray());
    }

    /** A resource record: the body itself, with its content type. */
    static byte[] resource(String uri, String date, String contentType, byte[] body) {
        return record("resource", uri, date, contentType, body);
    }

    /** A record of any type with its block. */
    static byte[] record(String type, String uri, String date, String contentType, byte[] block) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String head = "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + UUID.randomUUID() + ">\r\n"
                + "WARC-Date: " + date + "\r\n" + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
                + "Content-Type: " + contentType + "\r\nContent-Length: " + block.length + "\r\n\r\n";
        write(out, head.getBytes(StandardCharsets.US_ASCII));
        write(out, block);
        write(out, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** One gzip member of {@code bytes}, as a compressed WARC holds each record. */
    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, byte[] b) {
        out.write(b, 0, b.length);
    }
}
