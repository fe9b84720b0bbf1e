package org.dossier.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication and update labels of date lines ("Published the 07/03/2025", "Updated: …"), read from
 * {@code date-labels.properties}.
 */
final class DateLabels {
    private static final DateLabels INSTANCE = load();

    private final Pattern published;
    private final Pattern updated;

    private DateLabels(Properties p) {
        published = Pattern.compile("(?iu)^\\W{0,3}(?:" + p.getProperty("published") + ")\\b");
        updated = Pattern.compile("(?iu)(?<!\\p{L})(?:" + p.getProperty("updated") + ")(?!\\p{L})");
    }

    static DateLabels get() {
        return INSTANCE;
    }

    /** Whether the line opens with a publication label. */
    boolean published(String line) {
        return published.matcher(line).find();
    }

    /** Where an update label starts in the line, or -1. */
    int updatedAt(String line) {
        Matcher m = updated.matcher(line);
        return m.find() ? m.start() : -1;
    }

    private static DateLabels load() {
        Properties p = new Properties();
        try (InputStream in = DateLabels.class.getResourceAsStream("date-labels.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DateLabels(p);
    }
}
