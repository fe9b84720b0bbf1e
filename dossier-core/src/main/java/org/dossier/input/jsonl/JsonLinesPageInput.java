package org.dossier.input.jsonl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.ZipException;
import org.dossier.input.FilePageInput;
import org.dossier.input.InflationGuard;
import org.dossier.input.PageReader;
import org.dossier.model.InputFailure;
import org.dossier.model.RawPage;
import org.dossier.port.PageInput;

/**
 * The input adapter for JSON lines of articles already extracted ({@code .jsonl}, {@code .jsonl.gz}), one object a
 * line, in news-please's fields or in those of {@code dossier extract --json} (see {@link ArticleLine}). Each line
 * becomes a scraped-text page ({@link RawPage.Kind#TEXT}) that the text extractor reads back into the same
 * article; its source is {@code FILE:LINE}, or {@code FILE#ID} when the record has an id, and its id the hash of
 * that text. A brief record (a title only, or a few sentences) becomes an article taken as stated
 * ({@link RawPage.Kind#ARTICLE}), its text its title when it has no text. The file is read a line at a time; a line
 * that is not a JSON object or has neither text nor a title is reported as {@code FILE:LINE} with the reason, and
 * the rest goes on.
 */
public final class JsonLinesPageInput implements PageInput {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final Path file;

    public JsonLinesPageInput(Path file) {
        this.file = file;
    }

    /** Whether a file name is JSON lines this input reads. */
    public static boolean isJsonLinesFile(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".jsonl.gz");
    }

    @Override
    public void read(Consumer<RawPage> pages, Consumer<InputFailure> failures) {
        int lineNo = 0;
        try (InputStream in = open()) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            boolean tooLong = false;
            int b;
            while (true) {
                b = in.read();
                if (b == '\n' || b < 0) {
                    if (b < 0 && line.size() == 0 && !tooLong) {
                        return;
                    }
                    lineNo++;
                    if (tooLong) {
                        failures.accept(failure(lineNo, "line larger than " + (PageReader.MAX_BYTES >> 20) + " MB"));
                    } else {
                        readLine(line.toByteArray(), lineNo, pages, failures);
                    }
                    line.reset();
                    tooLong = false;
                    if (b < 0) {
                        return;
                    }
                } else if (!tooLong) {
                    line.write(b);
                    if (line.size() > PageReader.MAX_BYTES) {
                        tooLong = true;
                        line.reset();
                    }
                }
            }
        } catch (EOFException e) {
            failures.accept(failure(lineNo + 1, "truncated gzip archive"));
        } catch (ZipException e) {
            failures.accept(new InputFailure(file.toString(), "not a valid gzip archive (" + e.getMessage() + ")"));
        } catch (InflationGuard.TooInflatedException e) {
            failures.accept(new InputFailure(file.toString(), e.getMessage()));
        } catch (IOException e) {
            failures.accept(new InputFailure(file.toString(), "cannot read: " + FilePageInput.reason(e)));
        }
    }

    private InputStream open() throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")
                ? new BufferedInputStream(InflationGuard.gunzip(raw), 1 << 16) : raw;
    }

    private void readLine(byte[] bytes, int lineNo, Consumer<RawPage> pages, Consumer<InputFailure> failures) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            failures.accept(failure(lineNo, "invalid UTF-8"));
            return;
        }
        if (text.isBlank()) {
            return;
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            failures.accept(failure(lineNo, "not JSON (" + e.getOriginalMessage().replaceAll("\\s+", " ") + ")"));
            return;
        }
        if (node == null || !node.isObject()) {
            failures.accept(failure(lineNo, "not a JSON object"));
            return;
        }
        ArticleLine article = ArticleLine.of(node);
        if (article.empty()) {
            failures.accept(failure(lineNo, "no text (no \"maintext\", \"text\" or \"title\" field)"));
            return;
        }
        String source = article.id() == null ? file + ":" + lineNo : file + "#" + article.id();
        boolean brief = article.brief();
        String content = brief ? article.asStatedArticle() : article.asTextPage();
        pages.accept(new RawPage(PageReader.contentId(content.getBytes(StandardCharsets.UTF_8)), source,
                brief ? RawPage.Kind.ARTICLE : RawPage.Kind.TEXT, content, new RawPage.Hints(article.url(), null, null, article.published())));
    }

    private InputFailure failure(int lineNo, String reason) {
        return new InputFailure(file + ":" + lineNo, reason);
    }
}
