package org.dossier.annotate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Word lists shipped in CoreNLP's models: country and state names (to split place names glued onto person
 * spans) and animate nouns (an unnamed "official" can be a "he", a "ministry" cannot).
 */
public final class PlaceNames {
    private static final String DCOREF = "edu/stanford/nlp/models/dcoref/";
    private static final Set<String> NAMES = load(DCOREF + "countries", DCOREF + "statesandprovinces");
    private static volatile Set<String> animate;

    private PlaceNames() {}

    /** Whether {@code name} is a known country, state or province. */
    public static boolean isPlace(String name) {
        return NAMES.contains(name);
    }

    /** Whether the noun names something that can speak as he or she (official, spokesman, officer). */
    public static boolean isAnimate(String noun) {
        if (animate == null) {
            animate = load(DCOREF + "animate.unigrams.txt");
        }
        return animate.contains(noun.toLowerCase(java.util.Locale.ROOT));
    }

    private static Set<String> load(String... lists) {
        Set<String> s = new HashSet<>();
        ClassLoader cl = PlaceNames.class.getClassLoader();
        for (String list : lists) {
            try (InputStream in = cl.getResourceAsStream(list)) {
                if (in == null) {
                    continue;
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = r.readLine()) != null; ) {
                    String name = line.substring(line.lastIndexOf('\t') + 1).strip();
                    if (!name.isEmpty()) {
                        s.add(name);
                    }
                }
            } catch (IOException e) {
                // a missing list only weakens span repair
            }
        }
        return Set.copyOf(s);
    }
}
