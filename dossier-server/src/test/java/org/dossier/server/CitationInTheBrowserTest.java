package org.dossier.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Article;
import org.dossier.model.Story;
import org.dossier.model.StoryDossier;
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
 * In a real browser (headless Chromium) over a store filled from {@code examples/corpus}: from the stories list a
 * reader clicks a story, then a citation, and lands on the article's page with the cited text marked and scrolled
 * into view; a reader types a quote's words into the search box and finds the quote's article. The story's dossier
 * is made before the browser asks for it (the NLP models load then).
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class CitationInTheBrowserTest {
    private static final Pattern SPAN = Pattern.compile("/articles/([^?#]+)\\?start=(\\d+)&end=(\\d+)#span-(\\d+)-(\\d+)$");

    @TempDir static Path dir;
    static ServedStore served;
    static Story smallest;
    static StoryDossier dossier;
    static HeadlessChromium browser;

    @BeforeAll
    static void ingestTheExamplesAndStartTheBrowser() throws Exception {
        browser = HeadlessChromium.startIfInstalled();
        if (browser == null) {
            return;
        }
        served = ServedStore.ingesting(dir.resolve("data"), ServedStore.EXAMPLES);
        List<Story> stories = served.workspace.stories();
        smallest = stories.get(stories.size() - 1);
        dossier = served.catalogue.dossier(smallest);
    }

    @BeforeEach
    void needsTheBrowser() {
        HeadlessChromium.assumeStarted(browser);
    }

    @AfterAll
    static void stopTheBrowserAndCloseTheStore() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (served != null) {
            served.catalogue.close();
            served.close();
        }
    }

    @Test
    void clickingAStoryThenACitationShowsTheCitedTextMarkedAndInView() {
        served.serve((server, client) -> {
            var driver = browser.driver;
            var wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            driver.get("http://127.0.0.1:" + server.port() + "/");
            driver.findElement(By.cssSelector("table.stories a[href='/stories/" + Html.seg(smallest.id()) + "']")).click();
            wait.until(ExpectedConditions.urlContains("/stories/"));
            List<WebElement> cites = driver.findElements(By.cssSelector("a.cite[href*='?start=']"));
            assertFalse(cites.isEmpty(), driver.getPageSource());
            // the citation furthest into its article, so that the page must scroll to show it
            WebElement cite = cites.stream().max(Comparator.comparingInt(c -> start(c.getAttribute("href")))).orElseThrow();
            Matcher m = SPAN.matcher(cite.getAttribute("href"));
            assertTrue(m.find(), cite.getAttribute("href"));
            int start = Integer.parseInt(m.group(2));
            int end = Integer.parseInt(m.group(3));
            Article article = served.store.article(java.net.URLDecoder.decode(m.group(1), java.nio.charset.StandardCharsets.UTF_8)).orElseThrow();

            browser.script("arguments[0].scrollIntoView({block: 'center'});", cite);
            cite.click();
            WebElement mark = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#text mark.cited")));
            assertEquals("span-" + start + "-" + end, mark.getAttribute("id"));
            assertEquals("#span-" + start + "-" + end, browser.script("return location.hash;"));
            assertEquals(article.text().substring(start, end), browser.script("return arguments[0].textContent;", mark));
            assertEquals(1, driver.findElements(By.tagName("mark")).size());
            wait.until(d -> inViewport(mark));
            assertTrue(inViewport(mark), "the cited span is in view: " + browser.script(
                    "var r = arguments[0].getBoundingClientRect(); return [r.top, r.bottom, window.innerHeight, window.scrollY];", mark));
        });
    }

    @Test
    void aBareSpanAddressIsMarkedByTheScriptAndScrolledIntoView() throws Exception {
        Article article = served.store.article(smallest.articleIds().get(0)).orElseThrow();
        String text = article.text();
        int start = text.lastIndexOf(' ', text.length() - 20) + 1;
        int end = text.indexOf(' ', start + 1) < 0 ? text.length() : text.indexOf(' ', start + 1);
        served.serve((server, client) -> {
            browser.driver.get("http://127.0.0.1:" + server.port() + "/articles/" + Html.seg(article.id()) + "#span-" + start + "-" + end);
            WebElement mark = new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#text mark.cited")));
            assertEquals(text.substring(start, end), browser.script("return arguments[0].textContent;", mark));
            assertTrue(inViewport(mark));
        });
    }

    @Test
    void searchingForAQuotesWordsFindsItsArticleWithTheWordsMarked() {
        StoryDossier.Quote quote = dossier.quotes().stream().filter(q -> phrase(q.text()) != null).findFirst()
                .orElseThrow(() -> new AssertionError("a quote of three words or more in " + dossier.quotes()));
        String words = phrase(quote.text());
        served.serve((server, client) -> {
            var driver = browser.driver;
            driver.get("http://127.0.0.1:" + server.port() + "/");
            driver.findElement(By.cssSelector("form.search input[name=q]")).sendKeys("\"" + words + "\"");
            driver.findElement(By.cssSelector("form.search button")).click();
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/search?q="));
            List<WebElement> hits = driver.findElements(By.cssSelector("ol.hits li"));
            WebElement hit = hits.stream().filter(h -> h.findElement(By.cssSelector("a.hit")).getAttribute("href")
                    .endsWith("/articles/" + Html.seg(quote.article()))).findFirst()
                    .orElseThrow(() -> new AssertionError(words + ": " + driver.getPageSource()));
            List<String> marked = hit.findElements(By.cssSelector("p.snippet mark")).stream().map(WebElement::getText).toList();
            for (String word : words.split(" ")) {
                assertTrue(marked.stream().anyMatch(word::equalsIgnoreCase), word + " marked in " + marked);
            }
        });
    }

    /** Three words in a row of {@code text}, each only letters once its punctuation is trimmed; null when there are none. */
    static String phrase(String text) {
        List<String> run = new java.util.ArrayList<>();
        for (String token : text.split("\\s+")) {
            String word = token.replaceAll("^\\P{L}+|\\P{L}+$", "");
            boolean plain = word.matches("\\p{L}+") && token.length() - word.length() <= 2;
            if (!plain) {
                run.clear();
                continue;
            }
            run.add(word);
            if (run.size() == 3) {
                return String.join(" ", run);
            }
        }
        return null;
    }

    /** Whether some of the element shows in the window (a long quote may be taller than the window). */
    private static boolean inViewport(WebElement e) {
        return (Boolean) browser.script("var r = arguments[0].getBoundingClientRect();"
                + " return r.height > 0 && r.bottom > 0 && r.top < window.innerHeight && r.left >= 0 && r.right <= window.innerWidth;", e);
    }

    private static int start(String href) {
        Matcher m = SPAN.matcher(href == null ? "" : href);
        return m.find() ? Integer.parseInt(m.group(2)) : -1;
    }
}
