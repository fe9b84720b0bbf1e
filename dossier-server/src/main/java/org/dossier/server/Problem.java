package org.dossier.server;

/**
 * A request the server cannot answer as asked: an unknown id (404), a bad parameter (400), a body too large (413)
 * or a form from another site (403). Thrown by the
 * handlers; {@link DossierServer} turns it into a JSON error under {@code /api} and an error page elsewhere.
 */
final class Problem extends RuntimeException {
    final int status;

    Problem(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    static Problem notFound(String message) {
        return new Problem(404, message);
    }

    static Problem badRequest(String message) {
        return new Problem(400, message);
    }

    /** A body over the server's upload limit (413). */
    static Problem tooLarge(long limit) {
        return new Problem(413, "the upload is larger than the " + limit + " bytes (" + (limit >> 20) + " MB) this server takes at once");
    }
}
