package org.dossier.server;

/**
 * A request the server cannot answer as asked: an unknown id (404) or a bad parameter (400). Thrown by the
 * handlers; {@link DossierServer} turns it into a JSON error under {@code /api} and an error page elsewhere.
 */
final class Problem extends RuntimeException {
    final int status;

    private Problem(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    static Problem notFound(String message) {
        return new Problem(404, message);
    }

    static Problem badRequest(String message) {
        return new Problem(400, message);
    }
}
