package org.dossier.server;

/**
 * The upload page ({@code GET /upload}): a form posting files to {@code POST /api/ingest}. The server's script
 * sends it with a progress bar (bytes sent, then "reading the pages") and lists what was added and every refused
 * file with its reason; without the script the form posts and the answer is the API's JSON.
 */
final class UploadPage {
    private UploadPage() {}

    static String render(IngestRoutes.Limits limits) {
        String body = "<h1>Add pages</h1>\n<p class=\"muted\"><a href=\"/\">All stories</a></p>\n"
                + "<p>Pages (<code>.html</code>, <code>.htm</code>, <code>.txt</code>), web archives (<code>.warc</code>, "
                + "<code>.arc</code>), feeds (<code>.rss</code>, <code>.atom</code>, <code>.xml</code>) and JSON lines "
                + "(<code>.jsonl</code>), each also gzipped (<code>.gz</code>): what <code>dossier ingest</code> reads. "
                + "At most " + (limits.maxUploadBytes() >> 20) + " MB and " + limits.maxUploadFiles() + " files at once.</p>\n"
                + "<form id=\"upload\" class=\"upload\" action=\"/api/ingest\" method=\"post\" enctype=\"multipart/form-data\" "
                + "data-max-bytes=\"" + limits.maxUploadBytes() + "\">"
                + "<input type=\"file\" name=\"files\" multiple required> <button type=\"submit\">Add</button></form>\n"
                + "<progress id=\"upload-progress\" max=\"100\" value=\"0\" hidden></progress> <span id=\"upload-state\"></span>\n"
                + "<div id=\"upload-result\"></div>\n";
        return Html.page("Add pages", "", body);
    }
}
