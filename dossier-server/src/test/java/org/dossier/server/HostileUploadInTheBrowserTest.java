package org.dossier.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a real browser (headless Chromium), through the upload page: a page whose byline and quote carry markup, and
 * a refused file whose very name is markup, are uploaded with the page's own script; the refusal lists the name as
 * text, and neither the upload page, the stories list, the story page (its views and full dossier) nor the
 * article page runs any of it. The story page needs the NLP models.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class HostileUploadInTheBrowserTest {
    static final String NAME = "<img src=x onerror=window.__pwned=1>.html";
    static final String BYLINE = "<img src=x onerror=\"window.__pwned='byline'\">";
    static final String QUOTE = "<script>window.__pwned='quote'</script> we will rebuild the bridge";

    @TempDir static Path dir;
    static HeadlessChromium browser;
    static Path page;
    static Path refused;

    @BeforeAll
    static void startTheBrowserAndWriteTheFiles() throws Exception {
        browser = HeadlessChromium.startIfInstalled();
        Path files = Files.createDirectories(dir.resolve("files"));
        page = files.resolve("bridge.html");
        Files.writeString(page, "<html><head><title>River bridge reopens after repairs</title>"
                + "<meta name=\"author\" content=\"" + Html.esc(BYLINE) + "\"></head><body><article>"
                + "<h1>River bridge reopens after repairs</h1><p class=\"byline\">By " + Html.esc(BYLINE) + "</p>"
                + "<p>The river bridge reopened to traffic on Monday after six months of repairs, the city said.</p>"
                + "<p>\"" + Html.esc(QUOTE) + ",\" said Mayor Ana Petrova at the ceremony on Monday morning.</p>"
                + "<p>Engineers replaced the bearings and repaved the deck, and the city will inspect it again next year.</p>"
                + "</article></body></html>");
        refused = files.resolve(NAME);
        Files.writeString(refused, "");
    }

    @BeforeEach
    void needsTheBrowser() {
        HeadlessChromium.assumeStarted(browser);
    }

    @AfterAll
    static void stopTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void hostileBylineQuoteAndFileNameUploadedThroughThePageRunNowhere() throws Exception {
        try (ServedStore served = ServedStore.ingesting(dir.resolve("data"))) {
            served.serve((server, client) -> {
                String base = "http://127.0.0.1:" + server.port();
                browser.driver.get(base + "/upload");
                browser.driver.findElement(By.cssSelector("#upload input[type=file]"))
                        .sendKeys(page.toAbsolutePath() + "\n" + refused.toAbsolutePath());
                browser.driver.findElement(By.cssSelector("#upload button")).click();
                var wait = new WebDriverWait(browser.driver, Duration.ofSeconds(120));
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("upload-state"), "added"));
                assertTrue(browser.driver.findElement(By.id("upload-state")).getText().startsWith("1 added"),
                        browser.driver.findElement(By.id("upload-state")).getText());
                String listed = browser.driver.findElement(By.cssSelector("table.refused td")).getText();
                assertEquals(NAME, listed, "the refused file is named as text");
                assertNothingRan();

                browser.driver.get(base + "/");
                browser.driver.findElement(By.cssSelector("table.stories a")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("v-quotes")));
                assertNothingRan();
                String text = browser.driver.findElement(By.tagName("main")).getText();
                assertTrue(text.contains("we will rebuild the bridge"), text);

                String article = served.store.articles().get(0).id();
                browser.driver.get(base + "/articles/" + Html.seg(article));
                assertTrue(browser.driver.findElement(By.tagName("main")).getText().contains(QUOTE));
                assertNothingRan();
            });
        }
    }

    private static void assertNothingRan() {
        assertEquals("undefined", browser.script("return typeof window.__pwned;"));
        assertEquals(0, browser.driver.findElements(By.cssSelector("main img, main script")).size());
    }
}
