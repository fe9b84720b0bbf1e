package org.dossier.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The gender of a first name, from the first-name list shipped in CoreNLP's models ({@code dcoref/
 * namegender.combine.txt}), loaded once on first use: MALE, FEMALE, or null for a name the list gives both or does
 * not know. Shared by the stages that match a he or she to a person (speakers of quotes, holders of positions).
 */
public final class FirstNameGenders {
    private static final String LIST = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";
    /** A first name the list gives both genders ("Priya", "Jean"): its gender is not known. */
    private static final String EITHER = "EITHER";
    private static volatile Map<String, String> genders;

    private FirstNameGenders() {}

    /** MALE or FEMALE for a known first name, else null (also for a name listed with both). */
    public static String of(String firstName) {
        String g = all().get(firstName.toLowerCase(Locale.ROOT));
        return EITHER.equals(g) ? null : g;
    }

    /** Whether the list knows {@code name} as a first name, of one gender or of both. */
    public static boolean known(String name) {
        return all().containsKey(name.toLowerCase(Locale.ROOT));
    }

    private static Map<String, String> all() {
        Map<String, String> m = genders;
        if (m == null) {
            m = new HashMap<>();
            try (InputStream in = FirstNameGenders.class.getClassLoader().getResourceAsStream(LIST)) {
                if (in != null) {
                    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                    for (String line; (line = r.readLine()) != null; ) {
                        String[] kv = line.split("\t");
                        if (kv.length == 2) {
                            m.merge(kv[0].strip(), kv[1].strip(), (a, b) -> a.equals(b) ? a : EITHER);
                        }
                    }
                }
            } catch (IOException e) {
                // a missing list only weakens the rules that use it
            }
            genders = m;
        }
        return m;
    }
}
