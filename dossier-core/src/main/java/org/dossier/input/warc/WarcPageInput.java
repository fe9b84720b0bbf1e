package org.dossier.input.warc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.dossier.input.PageReader;
import org.dossier.input.SkippedRecords;
import org.dossier.model.InputFailure;
import org.dossier.model.RawPage;
import org.dossier.port.PageInput;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * The input adapter for web archives: one {@code .warc}, {@code .warc.gz}, {@code .arc} or {@code .arc.gz} file,
 * read a record at a time with jwarc (the archive is never held in memory). Response records with HTTP status 200
 * and resource records whose content type is HTML or plain text become pages; other responses and resources, and
 * revisits, are counted in {@link SkippedRecords}; requests, metadata and warcinfo records are not pages and are
 * passed over. Each page's source is {@code FILE@OFFSET} (the record's byte offset in the file), its hints the
 * target URI, the WARC-Date (when it was fetched, never its publication date) and the content type; the charset of
 * the Content-Type header goes to the decoder. The id is the hash of the payload bytes, as for a file, so the same
 * page from a file and from an archive is one page. A corrupt record is reported once with its offset and reading
 * resumes at the next record that parses (see {@link Resync}); a truncated gzip member ends the file.
 */
public final class WarcPageInput implements PageInput {
    static final String NOT_200 = "HTTP status not 200";
    static final String NOT_PAGE = "not HTML or text";
    static final String REVISIT = "revisit (no content)";

    private final Path file;
    private final SkippedRecords skipped;

    public WarcPageInput(Path file, SkippedRecords skipped) {
        this.file = file;
        this.skipped = skipped;
    }

    /** Whether a file name is a web archive this input reads. */
    public static boolean isArchiveFile(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        return n.endsWith(".warc") || n.endsWith(".arc");
    }

    @Override
    public void read(Consumer<RawPage> pages, Consumer<InputFailure> failures) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
             WarcReader reader = new WarcReader(channel)) {
            reader.onWarning(w -> { });
            Resync resync = new Resync(channel, reader.compression(), isArc());
            readRecords(reader, resync, pages, failures);
        } catch (IOException | RuntimeException e) {
            failures.accept(new InputFailure(file.toString(), "cannot read archive: " + oneLine(e)));
        }
    }

    private void readRecords(WarcReader reader, Resync resync, Consumer<RawPage> pages,
                             Consumer<InputFailure> failures) throws IOException {
        long reported = -1;
        boolean searching = false;
        while (true) {
            Optional<WarcRecord> next;
            try {
                next = reader.next();
            } catch (IOException | RuntimeException e) {
                long at = reader.position();
                if (!searching && at != reported) {
                    failures.accept(new InputFailure(file + "@" + at, "corrupt record: " + oneLine(e)));
                }
                long resume = resync.after(at);
                if (resume < 0) {
                    return;
                }
                reader.position(resume);
                searching = true;
                continue;
            }
            if (next.isEmpty()) {
                return;
            }
            searching = false;
            long offset = reader.position();
            try {
                page(next.get(), file + "@" + offset).ifPresent(pages);
            } catch (PageReader.BadPageException e) {
                failures.accept(new InputFailure(file + "@" + offset, e.getMessage()));
            } catch (IOException | RuntimeException e) {
                failures.accept(new InputFailure(file + "@" + offset, "corrupt record: " + oneLine(e)));
                reported = offset;
            }
        }
    }

    /** The record's page, or empty when it is not one (counted when it is a response or resource passed over). */
    private Optional<RawPage> page(WarcRecord record, String source) throws IOException, PageReader.BadPageException {
        if (record instanceof WarcRevisit) {
            skipped.count(file.toString(), REVISIT);
            return Optional.empty();
        }
        MediaType type;
        MessageBody body;
        String url;
        if (record instanceof WarcResponse response && isHttp(response.contentType())) {
            HttpResponse http = response.http();
            if (http.status() != 200) {
                skipped.count(file.toString(), NOT_200);
                return Optional.empty();
            }
            type = http.contentType();
            body = http.bodyDecoded();
            url = response.target();
        } else if (record instanceof WarcResource || record instanceof WarcResponse) {
            type = record.contentType();
            body = record.body();
            url = ((WarcTargetRecord) record).target();
        } else {
            return Optional.empty();
        }
        RawPage.Kind kind = kindOf(type);
        if (kind == null) {
            skipped.count(file.toString(), NOT_PAGE);
            return Optional.empty();
        }
        byte[] bytes;
        try (InputStream in = body.stream()) {
            bytes = PageReader.readCapped(in, "record body");
        }
        RawPage.Hints hints = new RawPage.Hints(url, record.date(), type.raw().strip(), null);
        return Optional.of(PageReader.fromBytes(source, bytes, kind, charsetOf(type), hints));
    }

    private static boolean isHttp(MediaType type) {
        return type.type() != null && type.subtype() != null && type.type().equalsIgnoreCase("application") && type.subtype().equalsIgnoreCase("http");
    }

    /** HTML for text/html and XHTML, TEXT for text/plain, null for anything else. */
    static RawPage.Kind kindOf(MediaType type) {
        if (type.type() == null || type.subtype() == null) {
            return null;
        }
        String t = type.type().toLowerCase(Locale.ROOT);
        String s = type.subtype().toLowerCase(Locale.ROOT);
        if (t.equals("text") && s.equals("html") || t.equals("application") && s.equals("xhtml+xml")) {
            return RawPage.Kind.HTML;
        }
        if (t.equals("text") && s.equals("plain")) {
            return RawPage.Kind.TEXT;
        }
        return null;
    }

    private static Charset charsetOf(MediaType type) {
        String name = type.parameters().get("charset");
        if (name == null) {
            return null;
        }
        try {
            return Charset.forName(name.trim().replace("\"", ""));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private boolean isArc() {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".arc") || n.endsWith(".arc.gz");
    }

    private static String oneLine(Throwable e) {
        String m = e instanceof ParsingException p ? p.getBaseMessage() : e.getMessage();
        m = m == null ? e.getClass().getSimpleName() : m;
        return m.replaceAll("\\s+", " ").trim();
    }
}
