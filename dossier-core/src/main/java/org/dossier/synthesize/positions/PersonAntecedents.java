package org.dossier.synthesize.positions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dossier.rules.RuleFiles;
import org.dossier.text.FirstNameGenders;

/**
 * Whom a he or she stands for, read through one article: the people named so far outside quotes, in order, and the
 * first one named in the current paragraph (whom the paragraph is about). A pronoun of one gender ({@code
 * <lang>/pronoun-genders.txt}) stands for the paragraph's subject when that person's first name is of its gender
 * ({@link FirstNameGenders}), else for the last person named whose first name is not of the other gender; a
 * pronoun of no gender, for the last person named. Made by {@link StanceReader}, one per article read.
 */
final class PersonAntecedents {
    private final Map<String, String> genders;
    private final List<Actors.Actor> named = new ArrayList<>();
    private Actors.Actor paragraphSubject;
    private int sentenceEnd;

    PersonAntecedents(String language) {
        this.genders = language == null ? Map.of() : RuleFiles.pairs(PersonAntecedents.class, language,
                "pronoun-genders.txt");
    }

    /** The next sentence read, [start, end) of the text: after a line break, a new paragraph, whose subject is unknown yet. */
    void sentence(String text, int start, int end) {
        if (sentenceEnd < start && text.substring(sentenceEnd, start).contains("\n")) {
            paragraphSubject = null;
        }
        sentenceEnd = end;
    }

    /** A person named outside quotes. */
    void named(Actors.Actor person) {
        named.remove(person);
        named.add(person);
        paragraphSubject = paragraphSubject == null ? person : paragraphSubject;
    }

    /** The last person named, or null. */
    Actors.Actor last() {
        return named.isEmpty() ? null : named.get(named.size() - 1);
    }

    /** The person a subject pronoun stands for, or null when none named fits it. */
    Actors.Actor of(String pronoun) {
        String g = genders.get(pronoun);
        if (g == null) {
            return last();
        }
        if (paragraphSubject != null && g.equals(gender(paragraphSubject))) {
            return paragraphSubject;
        }
        for (int k = named.size() - 1; k >= 0; k--) {
            if (agrees(pronoun, named.get(k))) {
                return named.get(k);
            }
        }
        return null;
    }

    /** Whether a person may be what the pronoun stands for: a pronoun of no gender, or a first name not of the other. */
    /** Whether the pronoun names one gender ("he", "his"). */
    boolean gendered(String pronoun) {
        return genders.containsKey(pronoun);
    }

    boolean agrees(String pronoun, Actors.Actor person) {
        String g = genders.get(pronoun);
        String own = gender(person);
        return g == null || own == null || Objects.equals(g, own);
    }

    /** The gender the person's first name says, or null (one word only, or a name of both or neither). */
    private static String gender(Actors.Actor a) {
        if (a == null || !a.person()) {
            return null;
        }
        String[] w = a.name().strip().split("\\s+");
        return w.length < 2 ? null : FirstNameGenders.of(w[0]);
    }
}
