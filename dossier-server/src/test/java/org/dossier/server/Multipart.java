package org.dossier.server;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A multipart/form-data upload for the tests: files by name, posted to a server on 127.0.0.1 with extra headers. */
final class Multipart {
    private static final String BOUNDARY = "dossier-test-boundary-7f3a";
    private final Map<String, byte[]> files = new LinkedHashMap<>();

    Multipart file(String name, byte[] content) {
        files.put(name, content);
        return this;
    }

    Multipart file(String name, String content) {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    byte[] body() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                    + f.getKey().replace("\"", "%22") + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
            out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            out.writeBytes(f.getValue());
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** Posts the form to {@code path} on the port; {@code headers} alternate names and values. */
    HttpResponse<String> post(int port, String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body()));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
