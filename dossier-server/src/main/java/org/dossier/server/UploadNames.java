package org.dossier.server;

import java.text.Normalizer;

/**
 * The file name an upload is saved under in the server's own temporary folder: the client's name reduced to its
 * last segment (no folder, no {@code ..}, no drive), letters, digits, dot, dash and underscore only, no leading
 * dot, at most {@value #MAX} characters, behind the upload's number ({@code 007-name.html}) so two uploads never
 * share a name. The extension, which decides how the file is read, is kept; a client's name can never leave the
 * folder.
 */
final class UploadNames {
    static final int MAX = 100;

    private UploadNames() {}

    static String safe(int number, String clientName) {
        String name = clientName == null ? "" : clientName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("[^A-Za-z0-9._-]", "_");
        name = name.replaceAll("^[._]+", "").replaceAll("\\.{2,}", ".");
        if (name.length() > MAX) {
            name = name.substring(name.length() - MAX); // the end keeps the extension
        }
        return String.format("%03d-%s", number, name.isEmpty() ? "upload" : name);
    }

    /** The name as the client gave it, for messages: its last segment, control characters removed, at most 200 characters. */
    static String shown(String clientName) {
        String name = clientName == null ? "" : clientName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).replaceAll("\\p{Cntrl}", "");
        return name.length() > 200 ? name.substring(0, 200) + "…" : name.isEmpty() ? "(unnamed)" : name;
    }
}
