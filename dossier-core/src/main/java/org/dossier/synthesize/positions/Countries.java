package org.dossier.synthesize.positions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.rules.RuleFiles;

/**
 * Countries as actors (rule data {@code positions/<lang>/countries.txt}, English, German and French names): a country's names, adjectives and the
 * capitals and seats of government that stand for it ("Moscow rejected …" is Russia's position), and the
 * country a role names ("Russian Deputy Foreign Minister" speaks for Russia). Use it to put an actor's name on the
 * side it speaks for, and for the short names titles use ("US").
 */
public final class Countries {
    private static final Map<String, String> BY_NAME = new HashMap<>();
    private static final Map<String, String> SHORT = new HashMap<>();
    private static final Pattern ROLE_WORDS;
    /** The languages whose country names are read (each a {@code <lang>/countries.txt}). */
    private static final List<String> LANGUAGES = List.of("en", "de", "fr");

    static {
        StringBuilder alternatives = new StringBuilder();
        List<List<String>> rows = new ArrayList<>();
        for (String lang : LANGUAGES) {
            rows.addAll(RuleFiles.table(Countries.class, lang, "countries.txt"));
        }
        rows.sort(Comparator.comparingInt((List<String> r) -> -longest(r)));
        for (List<String> row : rows) {
            String country = row.get(0);
            SHORT.putIfAbsent(country, row.size() > 1 ? row.get(1) : country);
            put(country, country, alternatives);
            for (int col = 2; col < row.size(); col++) {
                for (String name : row.get(col).split("\\|")) {
                    put(name.strip(), country, alternatives);
                }
            }
        }
        ROLE_WORDS = Pattern.compile("(?<![\\p{L}.])(" + alternatives + ")(?:['\u2019]s)?(?![\\p{L}])");
    }

    private Countries() {}

    /** The longest name of a row: rows are matched longest name first ("United States of America" before "US"). */
    private static int longest(List<String> row) {
        int n = 0;
        for (String col : row) {
            for (String name : col.split("\\|")) {
                n = Math.max(n, name.strip().length());
            }
        }
        return n;
    }

    private static void put(String name, String country, StringBuilder alternatives) {
        if (name.isEmpty()) {
            return;
        }
        BY_NAME.putIfAbsent(key(name), country);
        alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(name));
    }

    /** The country a name, adjective, capital or seat of government stands for ("the Kremlin" → Russia), or null. */
    public static String of(String name) {
        if (name == null) {
            return null;
        }
        String n = name.strip().replaceFirst("(?i)^the\\s+", "");
        return BY_NAME.get(key(n));
    }

    /** The first country a role or longer name mentions ("Russia's deputy foreign minister" → Russia), or null. */
    public static String named(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = ROLE_WORDS.matcher(text);
        return m.find() ? BY_NAME.get(key(m.group(1))) : null;
    }

    /** The short name of a country for titles ("US"), or the name itself. */
    public static String shortName(String country) {
        return SHORT.getOrDefault(country, country);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace("\u2019", "'");
    }
}
