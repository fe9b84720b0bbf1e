package org.dossier.synthesize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pages of the labour-dispute test story (test resource {@code strike-story.txt}: a rail union and a state rail
 * operator, an offer rejected, a two-day strike, a minister's mediator, a deal), written as files at run time. Use it
 * where a test needs the story as a folder of pages, as {@code dossier report DIR} reads one.
 */
final class StrikeStoryPages {
    private static final String MARK = "=== PAGE ";

    private StrikeStoryPages() {
    }

    /** The pages by file name, in the resource's order. */
    static Map<String, String> pages() {
        String text;
        try (InputStream in = StrikeStoryPages.class.getResourceAsStream("strike-story.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> pages = new LinkedHashMap<>();
        int at = text.indexOf(MARK);
        while (at >= 0) {
            int nameEnd = text.indexOf('\n', at);
            int next = text.indexOf("\n" + MARK, nameEnd);
            String name = text.substring(at + MARK.length(), nameEnd).strip();
            pages.put(name, text.substring(nameEnd + 1, next < 0 ? text.length() : next + 1));
            at = next < 0 ? -1 : next + 1;
        }
        return pages;
    }

    /** Writes every page into {@code dir} (one file each) and returns the folder. */
    static Path writeTo(Path dir) {
        try {
            for (Map.Entry<String, String> page : pages().entrySet()) {
                Files.writeString(dir.resolve(page.getKey()), page.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }
}
