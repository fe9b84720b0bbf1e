package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.dossier.model.StoryDossier;
import org.dossier.model.StoryDossier.ArticleRef;
import org.junit.jupiter.api.Test;

/**
 * `dossier report` and `dossier show` name on stderr, one line each, the articles their dossiers list as not
 * analysed (cut off, failed, or of a story whose analysis failed), and exit 1 for them; an article read without a
 * model of its language ("not analysed fully") is no failure.
 */
class UnanalysedArticlesOnStderrTest {
    private static ArticleRef ref(String id, String source, String analysis) {
        return new ArticleRef(id, "Tram line", "example.org", LocalDate.of(2026, 2, 16), source, "en", List.of(), null,
                null, LocalDate.of(2026, 2, 16), null, 0, null, analysis);
    }

    private static StoryDossier dossier(String id, ArticleRef... articles) {
        return new StoryDossier(id, "Tram line", null, List.of(articles), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
    }

    @Test
    void eachArticleNotAnalysedIsOneLineNamingItsStoryAndSourceAndTheExitCodeSaysSo() {
        StringWriter err = new StringWriter();
        int code = Output.reportUnanalysed(List.of(
                dossier("s1", ref("a", "pages/a.html", null),
                        ref("b", "pages/b.html", "not analysed: its annotation took longer than 60 s")),
                dossier("s2", ref("c", null, "not analysed: the story's analysis failed (NullPointerException)"))),
                new PrintWriter(err));
        assertEquals(DossierCli.SOME_FAILED, code);
        assertEquals(List.of("dossier: story s1: pages/b.html: not analysed: its annotation took longer than 60 s",
                "dossier: story s2: c: not analysed: the story's analysis failed (NullPointerException)"),
                err.toString().lines().toList());
    }

    @Test
    void anArticleReadWithoutAModelOfItsLanguageIsNoFailure() {
        StringWriter err = new StringWriter();
        int code = Output.reportUnanalysed(List.of(dossier("s1",
                ref("a", "pages/a.html", "not analysed fully: no model for fi; entities only where other articles"
                        + " of the story confirm the name"))), new PrintWriter(err));
        assertEquals(DossierCli.OK, code);
        assertEquals("", err.toString());
    }
}
