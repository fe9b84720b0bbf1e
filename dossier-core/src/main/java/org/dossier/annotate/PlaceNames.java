package org.dossier.annotate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** Country and state names from CoreNLP's own model lists, used to split place names glued onto person spans. */
public final class PlaceNames {
    private static final String[] LISTS = {
        "edu/stanford/nlp/models/dcoref/countries", "edu/stanford/nlp/models/dcoref/statesandprovinces"};
    private static final Set<String> NAMES = load();

    private PlaceNames() {}

    /** Whether {@code name} is a known country, state or province. */
    public static boolean isPlace(String name) {
        return NAMES.contains(name);
    }

    private static Set<String> load() {
        Set<String> s = new HashSet<>();
        ClassLoader cl = PlaceNames.class.getClassLoader();
        for (String list : LISTS) {
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
