package org.dossier.annotate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Word lists shipped in CoreNLP's models: country and state names (to split place names glued onto person
 * spans), animate nouns (an unnamed "official" can be a "he", a "ministry" cannot) and first-name genders.
 */
public final class CoreNlpLists {
    private static final String DCOREF = "edu/stanford/nlp/models/dcoref/";
    private static final Set<String> PLACES = lastColumn(DCOREF + "countries", DCOREF + "statesandprovinces");
    private static volatile Set<String> animate;

    private CoreNlpLists() {}

    /** Whether {@code name} is a known country, state or province. */
    public static boolean isPlace(String name) {
        return PLACES.contains(name);
    }

    /** Whether the noun names something that can speak as he or she (official, spokesman, officer). */
    public static boolean isAnimate(String noun) {
        if (animate == null) {
            animate = lastColumn(DCOREF + "animate.unigrams.txt");
        }
        return animate.contains(noun.toLowerCase(Locale.ROOT));
    }

    /** MALE or FEMALE for a known first name, else null (also for a name listed with both). */
    public static String genderOfFirstName(String name) {
        return org.dossier.text.FirstNameGenders.of(name);
    }

    /** Whether the list knows {@code name} as a first name, of one gender or of both. */
    public static boolean isFirstName(String name) {
        return org.dossier.text.FirstNameGenders.known(name);
    }

    private static Set<String> lastColumn(String... lists) {
        Set<String> s = new HashSet<>();
        for (String list : lists) {
            for (String line : lines(list)) {
                String name = line.substring(line.lastIndexOf('\t') + 1).strip();
                if (!name.isEmpty()) {
                    s.add(name);
                }
            }
        }
        return Set.copyOf(s);
    }

    private static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = CoreNlpLists.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = r.readLine()) != null; ) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            // a missing list only weakens the rule that uses it
        }
        return out;
    }
}
