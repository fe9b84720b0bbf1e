package org.dossier.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dossier.chain.StandardStages;
import org.dossier.extract.ExtractionException;
import org.dossier.extract.Extractor;
import org.dossier.input.PageReader;
import org.dossier.language.LanguageIdentifier;
import org.dossier.model.Article;
import org.dossier.model.Json;
import org.dossier.model.RawPage;

/**
 * Builds the cross-language clustering benchmark's articles at run time, as JSON lines {@code {id, title, text,
 * date, lang, story, kind}} that {@code dossier cluster} and {@code dossier ingest} read: the stories and distractors
 * written for it ({@code crosslang/*.txt} beside this class, or the same-language {@code samelang/stories.txt}: {@code @story ID KIND}, {@code @article ID LANG DATE},
 * a title line, the body), then each page of a folder of {@code .html.gz} pages (the scrapinghub set) extracted by
 * the standard stages as a story of its own, undated so that it is compared with every story (the harshest noise).
 * Every record's language is the language stage's, as ingest would read it. Use it through
 * {@code bench/run.sh crosslang}; {@link CrossLangScore} scores a clustering of its output.
 */
public final class CrossLangSet {
    /** One written or extracted article with its gold story. */
    record Item(String id, String title, String text, String date, String lang, String story, String kind) {}

    private CrossLangSet() {
    }

    /**
     * Args: OUT.jsonl PAGES_DIR SET... (SET: a resource name under crosslang/, e.g. stories.txt, or a path with a
     * folder beside this class, e.g. samelang/stories.txt for the same-language set).
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: CrossLangSet OUT.jsonl PAGES_DIR SET...");
            System.exit(2);
        }
        StandardStages stages = new StandardStages(java.time.Clock.systemUTC());
        LanguageIdentifier language = stages.language();
        List<Item> items = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            for (Item it : written(args[i])) {
                items.add(new Item(it.id(), it.title(), it.text(), it.date(), language.identify(it.title() + "\n" + it.text()),
                        it.story(), it.kind()));
            }
        }
        items.addAll(pages(Path.of(args[1]), stages.extractor(), language));
        try (Writer out = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
            for (Item it : items) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("id", it.id());
                o.put("title", it.title());
                o.put("text", it.text());
                o.put("date", it.date());
                o.put("lang", it.lang());
                o.put("story", it.story());
                o.put("kind", it.kind());
                out.write(Json.write(o));
                out.write('\n');
            }
        }
        System.out.printf("# %d articles written to %s%n", items.size(), args[0]);
    }

    /** The stories of one set file, read from the classpath. */
    static List<Item> written(String set) throws IOException {
        List<Item> out = new ArrayList<>();
        String resource = set.contains("/") ? set : "crosslang/" + set;
        try (InputStream in = CrossLangSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no benchmark set " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String story = null;
            String kind = null;
            String[] head = null;
            String title = null;
            StringBuilder body = new StringBuilder();
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#") || (line.isBlank() && head == null)) {
                    continue;
                }
                if (line.startsWith("@")) {
                    if (head != null) {
                        out.add(new Item(head[1], title, body.toString().strip(), head[3], head[2], story, kind));
                    }
                    head = null;
                    String[] f = line.split("\\s+");
                    if (f[0].equals("@story")) {
                        story = f[1];
                        kind = f[2];
                    } else {
                        head = f;
                        title = null;
                        body.setLength(0);
                    }
                } else if (head != null && title == null) {
                    title = line.strip();
                } else if (head != null && !line.isBlank()) {
                    body.append(line.strip()).append('\n');
                }
            }
            if (head != null) {
                out.add(new Item(head[1], title, body.toString().strip(), head[3], head[2], story, kind));
            }
        }
        return out;
    }

    /** Each page of the folder as an undated story of its own; a page that cannot be read is named and left out. */
    private static List<Item> pages(Path dir, Extractor extractor, LanguageIdentifier language) throws IOException {
        List<Item> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".html.gz")) {
                    continue;
                }
                String id = "page-" + name.substring(0, 12);
                try {
                    Article a = extractor.extract(new RawPage(id, id, RawPage.Kind.HTML, PageReader.read(f).content()));
                    String title = a.title() == null ? "" : a.title();
                    if (a.text().isBlank()) {
                        System.err.printf("%s: no body text (left out)%n", f);
                        continue;
                    }
                    out.add(new Item(id, title, a.text(), null, language.identify(title + "\n" + a.text()), id, "noise"));
                } catch (PageReader.BadPageException | ExtractionException e) {
                    System.err.printf("%s: %s (left out)%n", f, e.getMessage());
                }
            }
        }
        return out;
    }
}
