package org.dossier.server;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Span;
import org.dossier.model.StoryDossier;

/**
 * A dossier made by hand whose every string field carries something hostile: markup that would run (script, an
 * image with onerror, an attribute breaking out of its quotes, a closing script tag), a javascript: URL, and text
 * a spreadsheet would run as a formula (= + - @, after spaces too). For the pages' and downloads' tests.
 */
final class HostileDossier {
    static final List<String> STRINGS = List.of(
            "<script>window.__pwned=1</script>",
            "\"><img src=x onerror=\"window.__pwned=2\">",
            "</script><script>window.__pwned=3</script>",
            "javascript:window.__pwned=4",
            "=HYPERLINK(\"http://evil.example\",\"x\")",
            "+cmd|' /C calc'!A0",
            "-2+3",
            "@SUM(1+1)",
            "  =1+1",
            "'; window.__pwned=5; '");

    private HostileDossier() {}

    static String s(int i) {
        return STRINGS.get(i % STRINGS.size()) + " " + i;
    }

    static StoryDossier dossier() {
        LocalDate d1 = LocalDate.of(2024, 5, 3);
        LocalDate d2 = LocalDate.of(2024, 5, 6);
        var a1 = new StoryDossier.ArticleRef("a1", s(0), s(1), d1, "x.html", "en", List.of(s(2)), null, null, d1, s(3), 0.0);
        var a2 = new StoryDossier.ArticleRef("a2", s(4), s(5), d2, "y.html", "en", List.of(), "a1", null, d2, null, 0.4);
        var person = new StoryDossier.Entity(s(6), "PERSON", List.of(s(7)), List.of(s(8)), List.of("a1", "a2"),
                List.of(new Span("a1", 12, 20), new Span("a2", 3, 9)));
        var org = new StoryDossier.Entity(s(9), "ORGANIZATION", List.of(s(9)), List.of(), List.of("a1"), List.of(new Span("a1", 30, 36)));
        var quote = new StoryDossier.Quote(s(10), s(11), s(12), "a1", new Span("a1", 50, 80));
        var unnamed = new StoryDossier.Quote(null, null, s(13), "a2", new Span("a2", 10, 30));
        var entry = new StoryDossier.TimelineEntry(d1, "day", s(14), List.of("a1"), List.of(new Span("a1", 0, 10)), s(15));
        var later = new StoryDossier.TimelineEntry(d2, "day", s(16), List.of("a2"), List.of(new Span("a2", 0, 5)), null);
        var claim = new StoryDossier.Claim(s(17), 12, null, null, s(18), s(19), "a1", d1, new Span("a1", 90, 99));
        var other = new StoryDossier.Claim(s(17), 14, 13.0, 15.0, s(18), s(20), "a2", d2, new Span("a2", 40, 49));
        var disagreement = new StoryDossier.Disagreement(s(17), s(18), "contradiction", List.of(
                new StoryDossier.Disagreement.Value("12", List.of("a1"), List.of(d1)),
                new StoryDossier.Disagreement.Value("14", List.of("a2"), List.of(d2))));
        var fact = new StoryDossier.Fact("timeline:0", "timeline", s(21), List.of("a1"), List.of(s(1)), 1, true);
        var c1 = new StoryDossier.Coverage(s(1), List.of("timeline:0", "claim:0", "quote:0"), List.of("a1"), true);
        var c2 = new StoryDossier.Coverage(s(5), List.of("timeline:1", "claim:1", "quote:1"), List.of("a2"), false);
        var summary = new StoryDossier.SummarySentence(s(22), List.of("a1"), List.of(new Span("a1", 0, 10)));
        var position = new StoryDossier.Position(s(6), s(26), "demands", s(23), s(24), List.of("a1"), List.of(new Span("a1", 5, 9)), d1);
        return new StoryDossier("s-a1", s(25), new StoryDossier.DateRange(d1, d2), List.of(summary), List.of(a1, a2),
                List.of(person, org), List.of(quote, unnamed), List.of(position), List.of(entry, later),
                List.of(claim, other), List.of(disagreement), List.of(fact), List.of(c1, c2));
    }
}
