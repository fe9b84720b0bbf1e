package org.dossier.server;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The system's Chromium, headless, driven through the system's chromedriver, for the browser tests. Both are named by
 * path ({@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}, Debian's packages; the system properties
 * {@code dossier.chromium} and {@code dossier.chromedriver} name others), so nothing downloads a browser or a driver
 * (Selenium Manager does not run). When they are missing a test is skipped with the command that installs them, or fails when the
 * environment variable {@code CI} is set, since there a skipped browser test would pass unseen. Each browser gets a
 * fresh profile folder, removed on {@link #close}.
 */
final class HeadlessChromium implements AutoCloseable {
    static final String BROWSER = System.getProperty("dossier.chromium", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("dossier.chromedriver", "/usr/bin/chromedriver");
    static final String INSTALL = "apt-get update && apt-get install -y chromium chromium-driver (or ./run-tests, which does it)";

    /** Kept so the level holds: Selenium warns on every start that it has no DevTools bindings for this Chromium, which these tests do not use. */
    private static final Logger DEVTOOLS = Logger.getLogger("org.openqa.selenium.devtools");

    static {
        DEVTOOLS.setLevel(Level.SEVERE);
    }

    final ChromeDriver driver;
    private final Path profile;

    private HeadlessChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A headless browser with a window of 1000×700 pixels; null when Chromium is not installed, a failure then under CI. */
    static HeadlessChromium startIfInstalled() throws IOException {
        if (!installed()) {
            return null;
        }
        Path profile = Files.createTempDirectory("dossier-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1000,700", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(10));
            return new HeadlessChromium(driver, profile);
        } catch (RuntimeException e) {
            service.stop();
            delete(profile);
            throw e;
        }
    }

    /** Skips the test (a JUnit assumption) when there is no browser, naming what to install. */
    static void assumeStarted(HeadlessChromium browser) {
        Assumptions.assumeTrue(browser != null, "browser test skipped: " + missing());
    }

    private static boolean installed() {
        if (Files.isExecutable(Path.of(BROWSER)) && Files.isExecutable(Path.of(DRIVER))) {
            return true;
        }
        if (System.getenv("CI") != null) {
            fail("CI: the browser tests cannot run: " + missing());
        }
        return false;
    }

    private static String missing() {
        return BROWSER + " or " + DRIVER + " is missing; install them: " + INSTALL;
    }

    /** The result of a script run in the page ({@code return ...}). */
    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            delete(profile);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a profile left in the temporary folder harms nothing
        }
    }
}
