package org.dossier.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.dossier.model.Article;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a real browser (headless Chromium): a page whose title and text carry a {@code <script>} and an
 * {@code <img onerror>} is shown with that markup as text, on the stories list and on the article page (also inside
 * the marked span), and none of it runs, while the server's own script does. No NLP models are needed.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HostilePageInTheBrowserTest {
    static final String SCRIPT = "<script>window.__pwned = 'title'; document.title = 'pwned'</script>";
    static final String IMAGE = "<img src=x onerror=\"window.__pwned = 'image'; document.title = 'pwned'\">";

    @TempDir static Path dir;
    static ServedStore served;
    static Article hostile;
    static HeadlessChromium browser;

    @BeforeAll
    static void ingestAHostilePageAndStartTheBrowser() throws Exception {
        browser = HeadlessChromium.startIfInstalled();
        if (browser == null) {
            return;
        }
        Path pages = Files.createDirectories(dir.resolve("pages"));
        String title = Html.esc(SCRIPT) + " Harbour strike ends after nine days";
        Files.writeString(pages.resolve("hostile.html"), "<html><head><title>" + title + "</title></head><body><article>"
                + "<h1>" + title + "</h1>"
                + "<p>Dock workers in the port city returned to work on Friday after a nine-day strike over pay ended "
                + "with an agreement " + Html.esc(IMAGE) + " between the union and the port authority.</p>"
                + "<p>The agreement raises wages by four percent this year and sets up a joint safety committee, the "
                + "union's chair told reporters outside the harbour office on Friday morning.</p>"
                + "</article></body></html>");
        served = ServedStore.ingesting(dir.resolve("data"), pages);
        hostile = served.store.article(served.workspace.stories().get(0).articleIds().get(0)).orElseThrow();
        assertTrue(hostile.title().contains(SCRIPT), hostile.title());
        assertTrue(hostile.text().contains(IMAGE), hostile.text());
    }

    @BeforeEach
    void needsTheBrowser() {
        HeadlessChromium.assumeStarted(browser);
    }

    @AfterAll
    static void stopTheBrowserAndCloseTheStore() {
        if (browser != null) {
            browser.close();
        }
        if (served != null) {
            served.close();
        }
    }

    @Test
    void storiesListShowsTheHostileTitleAsTextAndRunsNone() {
        served.serve((server, client) -> {
            browser.driver.get("http://127.0.0.1:" + server.port() + "/");
            String link = browser.driver.findElement(By.cssSelector("table.stories a")).getText();
            assertTrue(link.contains(SCRIPT), link);
            assertNothingRan("Stories · Dossier");
        });
    }

    @Test
    void articlePageShowsTheHostileTitleAndTextAsTextAndRunsNone() {
        int start = hostile.text().indexOf(IMAGE);
        int end = start + IMAGE.length();
        served.serve((server, client) -> {
            String base = "http://127.0.0.1:" + server.port() + "/articles/" + Html.seg(hostile.id());
            browser.driver.get(base + "?start=" + start + "&end=" + end);
            assertTrue(browser.driver.findElement(By.tagName("h1")).getText().contains(SCRIPT));
            WebElement mark = browser.driver.findElement(By.cssSelector("#text mark.cited"));
            assertEquals(IMAGE, browser.script("return arguments[0].textContent;", mark));
            assertEquals(0, browser.driver.findElements(By.cssSelector("main img, main script")).size());
            assertNothingRan(hostile.title() + " · Dossier");

            // the server's own script runs: for a bare span address it marks the span itself
            browser.driver.get(base + "#span-" + start + "-" + end);
            WebElement marked = new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#text mark.cited")));
            assertEquals(IMAGE, browser.script("return arguments[0].textContent;", marked));
            assertEquals(0, browser.driver.findElements(By.cssSelector("main img, main script")).size());
            assertNothingRan(hostile.title() + " · Dossier");
        });
    }

    /** No script of the page's ran: nothing set {@code window.__pwned}, and the window's title is still {@code title}. */
    private static void assertNothingRan(String title) {
        assertEquals("undefined", browser.script("return typeof window.__pwned;"));
        assertEquals(title, browser.driver.getTitle());
    }
}
