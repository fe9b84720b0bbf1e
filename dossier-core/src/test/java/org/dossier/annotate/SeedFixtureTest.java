package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dossier.model.Annotations;
import org.dossier.model.QuoteMention;
import org.dossier.model.TimeMention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The five seed pages against a careful reading of their quotes, speakers and dates (seed-quotes.tsv). */
class SeedFixtureTest {
    private static final Path SEEDS = Paths.get(System.getProperty("dossier.root", "."), "../shared/corpus/seeds");
    private static final Map<String, Annotations> ANNOTATED = new HashMap<>();
    private static final Map<String, String> TEXTS = new HashMap<>();
    private static final List<String[]> EXPECTED_QUOTES = new ArrayList<>();

    static Path seed(String prefix) throws IOException {
        try (Stream<Path> s = Files.list(SEEDS)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
    }

    /** Body paragraphs of a scraped page: until the extractor is merged, lines of at least 8 words. */
    static String body(Path page) throws IOException {
        return Files.readAllLines(page, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(l -> l.split("\\s+").length >= 8).collect(Collectors.joining("\n\n"));
    }

    @BeforeAll
    static void annotateSeeds() throws IOException {
        String fixture = new String(SeedFixtureTest.class.getResourceAsStream("seed-quotes.tsv").readAllBytes(),
                StandardCharsets.UTF_8);
        for (String line : fixture.split("\n")) {
            String[] f = line.split("\t");
            if (line.startsWith("#") || f.length < 4) {
                continue;
            }
            if (f[1].equals("anchor")) {
                String text = body(seed(f[0]));
                TEXTS.put(f[0], text);
                ANNOTATED.put(f[0], Texts.ANNOTATOR.annotate(Texts.article(f[0], text), LocalDate.parse(f[2])));
            } else {
                EXPECTED_QUOTES.add(f);
            }
        }
    }

    @Test
    void atLeastNinetyPercentOfSeedQuotesHaveTheRightSpeaker() {
        int right = 0;
        List<String> misses = new ArrayList<>();
        for (String[] f : EXPECTED_QUOTES) {
            QuoteMention q = ANNOTATED.get(f[0]).quotes().stream().filter(m -> m.text().startsWith(f[2]))
                    .findFirst().orElse(null);
            boolean ok = q != null && (f[3].equals("UNNAMED")
                    ? q.speaker() == null && q.speakerDescription() != null
                    : f[3].equalsIgnoreCase(q.speaker()));
            if (ok) {
                right++;
            } else {
                misses.add(f[0] + " «" + f[2] + "» expected " + f[3] + " got "
                        + (q == null ? "no quote" : q.speaker() + " / " + q.speakerDescription()));
            }
        }
        double accuracy = right / (double) EXPECTED_QUOTES.size();
        System.out.printf("seed quote speakers: %d/%d = %.1f%%; misses: %s%n", right, EXPECTED_QUOTES.size(),
                100 * accuracy, misses);
        assertTrue(accuracy >= 0.9, "accuracy " + accuracy + " misses " + misses);
    }

    @Test
    void seedQuoteSpansPointIntoTheArticleText() {
        ANNOTATED.forEach((id, a) -> a.quotes().forEach(q ->
                assertEquals(q.text(), TEXTS.get(id).substring(q.start(), q.end()))));
    }

    @Test
    void genevaTalksMondayResolvesToTheTenthInThePageOfTheNinth() {
        assertEquals(LocalDate.of(2022, 1, 10), timeInSentence("003", "Monday", "Shortly before negotiations"));
    }

    @Test
    void nrcMeetingOnJanuaryTwelveResolvesToThatDay() {
        assertEquals(LocalDate.of(2022, 1, 12), timeInSentence("003", "January 12", "scheduled for"));
    }

    @Test
    void officialSpeakingOnSaturdayResolvesToTheDayBeforeTheAnchor() {
        assertEquals(LocalDate.of(2022, 1, 8), timeInSentence("003", "Saturday", "government official"));
    }

    @Test
    void brusselsTalksOnWednesdayResolveAfterTheAnchor() {
        assertEquals(LocalDate.of(2022, 1, 12), timeInSentence("000", "Wednesday", "will take place"));
    }

    private static LocalDate timeInSentence(String seed, String expr, String sentenceWords) {
        Annotations a = ANNOTATED.get(seed);
        String text = TEXTS.get(seed);
        for (TimeMention t : a.times()) {
            var s = a.sentences().get(t.sentence());
            if (t.text().contains(expr) && text.substring(s.start(), s.end()).contains(sentenceWords)) {
                return t.date();
            }
        }
        throw new AssertionError("no " + expr + " in a sentence with " + sentenceWords + ": " + a.times());
    }
}
