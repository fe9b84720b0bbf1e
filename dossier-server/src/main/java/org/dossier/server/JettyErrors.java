package org.dossier.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answer to a request Jetty refuses before the app sees it (a malformed URI or header, an ambiguous path
 * encoding such as {@code %00} or {@code %2F}): the API's JSON error ({@code {"error": {"status", "message"}}}),
 * never Jetty's HTML page, and never a stack. Installed on the server by {@link DossierServer}.
 */
final class JettyErrors extends ErrorHandler {
    JettyErrors() {
        setShowStacks(false);
        setShowMessageInTitle(false);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, ApiRoutes.JSON);
        response.write(true, ByteBuffer.wrap(body(code, message)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, ApiRoutes.JSON));
        return ByteBuffer.wrap(body(status, reason));
    }

    private static byte[] body(int code, String message) {
        String m = message == null || message.isBlank() ? "the request cannot be read" : "the request cannot be read: " + message;
        return ApiRoutes.error(code, m.length() > 200 ? m.substring(0, 200) : m).getBytes(StandardCharsets.UTF_8);
    }
}
