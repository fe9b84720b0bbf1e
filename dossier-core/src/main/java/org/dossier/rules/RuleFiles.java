package org.dossier.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the small rule-data files that stages keep beside their classes (one entry a line, {@code #}
 * comments): the word lists and tables that rules apply, kept apart from the code that applies them.
 */
public final class RuleFiles {
    private RuleFiles() {}

    /** The non-comment, non-blank lines of a classpath resource, trimmed. */
    public static List<String> lines(Class<?> owner, String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The entries of a one-word-a-line file, lower-cased. */
    public static Set<String> words(Class<?> owner, String resource) {
        Set<String> out = new LinkedHashSet<>();
        for (String line : lines(owner, resource)) {
            out.add(line.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** A tab-separated two-column file as a map from the lower-cased first column to the second. */
    public static Map<String, String> pairs(Class<?> owner, String resource) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : lines(owner, resource)) {
            String[] parts = line.split("\t+");
            if (parts.length >= 2) {
                out.put(parts[0].strip().toLowerCase(Locale.ROOT), parts[1].strip());
            }
        }
        return out;
    }
}
