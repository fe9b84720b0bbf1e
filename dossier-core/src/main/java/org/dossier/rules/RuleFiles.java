package org.dossier.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one reader of rule data: the word lists and tables that a stage's rules apply, kept as classpath
 * resources apart from the code that applies them. Use it for every such file; stages do not parse resources
 * themselves.
 *
 * <p><b>Format.</b> UTF-8 text, one entry a line. Each line is stripped; blank lines and lines starting with
 * {@code #} are skipped. A table has its columns separated by tabs (a run of tabs counts as one separator, so
 * columns may be aligned). Files end in {@code .txt}.
 *
 * <p><b>Where a file lives.</b> A rule file lies in the resource folder of the package of the class that reads it,
 * under {@code src/main/resources/org/dossier/<stage>/} (a stage's sub-package has its own folder:
 * {@code org.dossier.extract.credits.CreditRules} reads {@code org/dossier/extract/credits/credits.txt}). Rules
 * for every language lie directly in that folder; rules that belong to one language lie in a sub-folder named by
 * its ISO 639-1 code ({@code org/dossier/annotate/en/reporting-verbs.txt}).
 *
 * <p><b>Language fallback.</b> Asked for a file in language {@code L}, the loader reads {@code <folder>/<L>/<name>}
 * if it exists, else the language-neutral {@code <folder>/<name>}; it never substitutes another language's file (a
 * stage that only reads English, such as annotate, asks for {@code "en"}). The code is read in lower case without a
 * region ({@code "en-GB"} is {@code "en"}); a null, blank or {@code "und"} language reads the neutral file only. A
 * file found in neither place is an error ({@link IllegalStateException}): rules are part of the build, not
 * optional input.
 */
public final class RuleFiles {
    private static final Pattern COLUMNS = Pattern.compile("\t+");

    private RuleFiles() {}

    /** The entries (stripped, non-comment, non-blank lines) of a language-neutral rule file beside the owner. */
    public static List<String> lines(Class<?> owner, String name) {
        return lines(owner, null, name);
    }

    /** The entries of a rule file beside the owner in a language (see the class comment for the fallback). */
    public static List<String> lines(Class<?> owner, String language, String name) {
        String folder = folder(owner);
        String lang = language(language);
        if (lang != null) {
            List<String> own = read(owner, folder + lang + "/" + name);
            if (own != null) {
                return own;
            }
        }
        List<String> neutral = read(owner, folder + name);
        if (neutral == null) {
            throw new IllegalStateException("missing rule file " + folder + name
                    + (lang == null ? "" : " (nor " + folder + lang + "/" + name + ")"));
        }
        return neutral;
    }

    /** The entries of a language-neutral one-word-a-line file, lower-cased, in file order. */
    public static Set<String> words(Class<?> owner, String name) {
        return words(owner, null, name);
    }

    /** The entries of a one-word-a-line file in a language, lower-cased, in file order. */
    public static Set<String> words(Class<?> owner, String language, String name) {
        Set<String> out = new LinkedHashSet<>();
        for (String line : lines(owner, language, name)) {
            out.add(line.toLowerCase(Locale.ROOT));
        }
        return Collections.unmodifiableSet(out);
    }

    /** The rows of a language-neutral table: each entry split into its tab-separated columns, each stripped. */
    public static List<List<String>> table(Class<?> owner, String name) {
        return table(owner, null, name);
    }

    /** The rows of a table in a language: each entry split into its tab-separated columns, each stripped. */
    public static List<List<String>> table(Class<?> owner, String language, String name) {
        List<List<String>> out = new ArrayList<>();
        for (String line : lines(owner, language, name)) {
            List<String> row = new ArrayList<>();
            for (String column : COLUMNS.split(line)) {
                row.add(column.strip());
            }
            out.add(List.copyOf(row));
        }
        return Collections.unmodifiableList(out);
    }

    /** A language-neutral table of two columns or more as a map from the lower-cased first column to the second. */
    public static Map<String, String> pairs(Class<?> owner, String name) {
        return pairs(owner, null, name);
    }

    /**
     * A table in a language as a map from the lower-cased first column to the second (rows with one column are
     * skipped; a later row with the same key wins).
     */
    public static Map<String, String> pairs(Class<?> owner, String language, String name) {
        Map<String, String> out = new LinkedHashMap<>();
        for (List<String> row : table(owner, language, name)) {
            if (row.size() >= 2) {
                out.put(row.get(0).toLowerCase(Locale.ROOT), row.get(1));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** A language-neutral table of kind<TAB>entry rows as named lists: each kind's entries, in file order. */
    public static Map<String, List<String>> lists(Class<?> owner, String name) {
        return lists(owner, null, name);
    }

    /**
     * A table of kind<TAB>entry rows in a language as named lists: each kind (first column) with its entries
     * (second column) in file order, kinds in the order they first appear.
     */
    public static Map<String, List<String>> lists(Class<?> owner, String language, String name) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (List<String> row : table(owner, language, name)) {
            if (row.size() != 2) {
                throw new IllegalStateException("not a kind<TAB>entry row in " + name + ": " + row);
            }
            out.computeIfAbsent(row.get(0), k -> new ArrayList<>()).add(row.get(1));
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(out);
    }

    /** The resource folder of the owner's package, "org/dossier/<stage>/…/". */
    static String folder(Class<?> owner) {
        return owner.getPackageName().replace('.', '/') + "/";
    }

    /** The ISO 639-1 code in lower case without a region, or null for no particular language. */
    static String language(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        for (int i = 1; i < c.length(); i++) {
            if (c.charAt(i) == '-' || c.charAt(i) == '_') {
                c = c.substring(0, i);
                break;
            }
        }
        return c.equals("und") ? null : c;
    }

    /** The entries of a classpath resource, or null if there is none. */
    private static List<String> read(Class<?> owner, String path) {
        try (InputStream in = owner.getResourceAsStream("/" + path)) {
            if (in == null) {
                return null;
            }
            List<String> out = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
            return Collections.unmodifiableList(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
