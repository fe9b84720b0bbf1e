package org.dossier.spark.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Writes WARC 1.1 records for inputs built at run time: the scale benchmark's archives ({@link BenchWarcs}) and the
 * job's test inputs. A record is the header block (type, a fresh record id, date, target URI, content type and
 * length), the content, and the two line ends that close it; {@link #http} wraps a page as an HTTP response.
 */
public final class WarcRecords {
    /** The capture date every record carries. */
    public static final String DATE = "2024-05-01T10:15:30Z";

    private WarcRecords() {}

    /** One record of {@code type} ({@code response}, {@code resource}, ...) for {@code uri}, holding {@code block}. */
    public static byte[] record(String type, String uri, String contentType, byte[] block) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String head = "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + UUID.randomUUID() + ">\r\n"
                + "WARC-Date: " + DATE + "\r\nWARC-Target-URI: " + uri + "\r\n"
                + "Content-Type: " + contentType + "\r\nContent-Length: " + block.length + "\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(block);
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** A page as an HTTP 200 response, {@code text/html} in UTF-8, the block of a {@code response} record. */
    public static byte[] http(byte[] body) {
        ByteArrayOutputStream http = new ByteArrayOutputStream();
        http.writeBytes(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        http.writeBytes(body);
        return http.toByteArray();
    }
}
