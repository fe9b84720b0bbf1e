package org.dossier.extract.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.dossier.extract.PageExtractor;
import org.dossier.model.Article;
import org.dossier.model.RawPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Title, authors and publication date on small pages written after the patterns of varied news sites in English,
 * German, French, Spanish, Italian and Dutch ({@code metadata/cases.tsv} names the signal each page exercises). Each
 * page is read alone, with no hint from an input, as {@code dossier extract} reads a file. One test per page and
 * field, named after the signal, and one for the share right on the whole set.
 */
class MetadataOnVariedPagesTest {
    private static final String DIR = "/org/dossier/extract/metadata/";
    private static final List<Case> CASES = new ArrayList<>();

    record Case(String file, String signal, String title, Set<String> authors, LocalDate date, Article article) {}

    @BeforeAll
    static void extract() throws Exception {
        for (String line : read("cases.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            Set<String> authors = new LinkedHashSet<>();
            for (String a : f[3].split(";")) {
                if (!a.isBlank()) {
                    authors.add(a.strip().toLowerCase(Locale.ROOT));
                }
            }
            RawPage page = new RawPage(f[0], f[0], RawPage.Kind.HTML, read(f[0]));
            CASES.add(new Case(f[0], f[1], f[2], authors, LocalDate.parse(f[4]), new PageExtractor().extract(page)));
        }
    }

    private static String read(String name) throws IOException {
        try (InputStream in = MetadataOnVariedPagesTest.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IOException("missing test page " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String title(Article a) {
        return a.title() == null ? null : a.title().strip().replaceAll("\\s+", " ");
    }

    static Set<String> authors(Article a) {
        Set<String> out = new LinkedHashSet<>();
        a.authors().forEach(n -> out.add(n.strip().toLowerCase(Locale.ROOT)));
        return out;
    }

    @TestFactory
    Stream<DynamicTest> eachPageGivesItsStatedPublicationDate() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest("date, " + c.signal() + " (" + c.file() + ")",
                () -> assertEquals(c.date(), c.article().published())));
    }

    @TestFactory
    Stream<DynamicTest> eachPageGivesItsHeadlineWithoutTheSiteName() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest("title, " + c.signal() + " (" + c.file() + ")",
                () -> assertEquals(c.title(), title(c.article()))));
    }

    @TestFactory
    Stream<DynamicTest> eachPageGivesOnlyThePeopleWhoWroteIt() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest("authors, " + c.signal() + " (" + c.file() + ")",
                () -> assertEquals(c.authors(), authors(c.article()))));
    }

    @Test
    void theSetCoversSixLanguagesAndThirtyPages() {
        Set<String> languages = new LinkedHashSet<>();
        CASES.forEach(c -> languages.add(c.file().substring(0, 2)));
        assertTrue(CASES.size() >= 30, CASES.size() + " pages");
        assertEquals(Set.of("en", "de", "fr", "es", "it", "nl"), languages);
        int dates = 0;
        int titles = 0;
        int authors = 0;
        int stated = 0;
        for (Case c : CASES) {
            dates += c.date().equals(c.article().published()) ? 1 : 0;
            titles += c.title().equals(title(c.article())) ? 1 : 0;
            if (!c.authors().isEmpty()) {
                stated++;
                authors += c.authors().equals(authors(c.article())) ? 1 : 0;
            }
        }
        System.out.printf(Locale.ROOT, "metadata on %d varied pages: date %d/%d, title %d/%d, author %d/%d%n",
                CASES.size(), dates, CASES.size(), titles, CASES.size(), authors, stated);
    }
}
