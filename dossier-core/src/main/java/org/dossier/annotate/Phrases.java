package org.dossier.annotate;

import java.util.List;
import java.util.Set;
import org.dossier.model.EntityType;

/**
 * Finds the phrase that names a speaker next to a reporting verb: on English tags for English, on word forms
 * (capitals, the language's phrase words, stop words) for the languages whose rules read forms.
 */
final class Phrases {
    private static final Set<String> NP_TAGS = Set.of("NNP", "NNPS", "NN", "NNS", "JJ", "DT", "POS", "PRP",
            "PRP$", "CD", "HYPH", "NML");
    private static final Set<String> SKIP_BEFORE_VERB = Set.of("RB", "MD", "RBR", "VBZ", "VBD", "VBP");
    private static final int MAX = 12;

    private Phrases() {}

    static boolean isNounish(QuoteRules rules, TaggedToken t) {
        if (!rules.lemmas) {
            String w = t.word();
            return !t.isPunct() && !rules.stopWords.contains(t.lower()) && !rules.isReportingVerb(t)
                    && (Character.isUpperCase(w.charAt(0)) || rules.phraseWords.contains(t.lower())
                    || rules.pronouns.containsKey(t.lower()) || rules.honorifics.contains(t.lower()));
        }
        return isNounish(t);
    }

    /**
     * Read by word forms, a lower-case word right after an article is the noun or adjective it opens ("une habitante",
     * "dem stellvertretenden Außenminister", "la préfecture"), unless it ends a phrase or reports speech.
     */
    private static boolean afterArticle(QuoteRules rules, List<TaggedToken> toks, int k) {
        TaggedToken t = toks.get(k);
        return k > 0 && rules.articles.contains(toks.get(k - 1).lower()) && plainWord(rules, t)
                && (Character.isLowerCase(t.word().charAt(0)) || Character.isDigit(t.word().charAt(0)));
    }

    /**
     * Read by word forms, a lower-case word after a lower-case word of the phrase, right before a name or a comma and
     * a name: "la militante écologiste Léa Morel", "el primer ministro portugués, Rui Almeida".
     */
    private static boolean beforeName(QuoteRules rules, List<TaggedToken> toks, int k) {
        TaggedToken t = toks.get(k);
        if (!plainWord(rules, t) || !Character.isLowerCase(t.word().charAt(0))
                || !Character.isLowerCase(toks.get(k - 1).word().charAt(0)) || toks.get(k - 1).isPunct()) {
            return false;
        }
        int next = k + 1 < toks.size() && toks.get(k + 1).word().equals(",") ? k + 2 : k + 1;
        return next < toks.size() && toks.get(next).sentence() == t.sentence()
                && Character.isUpperCase(toks.get(next).word().charAt(0)) && !toks.get(next).isPunct();
    }

    private static boolean plainWord(QuoteRules rules, TaggedToken t) {
        return !t.isPunct() && !t.word().isEmpty() && !rules.stopWords.contains(t.lower())
                && !rules.isReportingVerb(t) && !rules.auxiliaries.contains(t.lower());
    }

    static boolean isNounish(TaggedToken t) {
        boolean timeWord = t.ner() != null && (t.ner().equals("DATE") || t.ner().equals("TIME")
                || t.ner().equals("DURATION"));
        return !timeWord && (NP_TAGS.contains(t.pos()) || t.word().equals("'s") || t.word().equals("’s"));
    }

    private static final Set<String> PARTICLES = org.dossier.text.NameParticles.IN_TEXT;

    /**
     * Read on English tags, whether token {@code k} is a lower-case surname particle ("de", "van", "den") that
     * further particles and then a capitalised proper noun follow: part of a name ("de Smet said").
     */
    static boolean isNameParticle(List<TaggedToken> toks, int k) {
        int j = k;
        while (j < toks.size() && j - k < 3 && PARTICLES.contains(toks.get(j).word())) {
            j++;
        }
        return j > k && j < toks.size() && toks.get(j).sentence() == toks.get(k).sentence()
                && toks.get(j).pos().startsWith("NNP") && Character.isUpperCase(toks.get(j).word().charAt(0));
    }

    private static final Set<String> LINKS = Set.copyOf(Lexicon.lines("description-links.txt"));

    /**
     * Read on English tags, whether token {@code k} is the preposition of a description link
     * ({@code description-links.txt}: "a source close to the singer", "people familiar with the talks").
     */
    static boolean isDescriptionLink(List<TaggedToken> toks, int k) {
        return k > 0 && k < toks.size() && LINKS.contains(toks.get(k - 1).lower() + " " + toks.get(k).lower());
    }

    /** Whether a role phrase ends with a description link's words ("a friend of"): the one named after is not it. */
    static boolean endsWithDescriptionLink(String role) {
        String[] w = role.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        return w.length >= 2 && LINKS.contains(w[w.length - 2] + " " + w[w.length - 1]);
    }

    /** Index range [from, to) of the phrase right after {@code i} ("said a US official on Monday"). */
    static int[] after(QuoteRules rules, List<TaggedToken> toks, int i) {
        if (!rules.lemmas) {
            while (i < toks.size() && (rules.calendarWords.contains(toks.get(i).lower())
                    || rules.timeWords.contains(toks.get(i).lower()))) {
                i++; // "a annoncé jeudi soir le sénateur X"
            }
            int j = i;
            if (j < toks.size() && rules.phraseWords.contains(toks.get(j).lower())) {
                j++; // an article opens the phrase even where it also ends one ("sagte der Sprecher")
            }
            while (j < toks.size() && j - i < MAX && (isNounish(rules, toks.get(j)) || afterArticle(rules, toks, j)
                    || j > i && beforeName(rules, toks, j)) && toks.get(j).sentence() == toks.get(i).sentence()) {
                j++;
            }
            while (j > i && isLinkWord(toks.get(j - 1)) && !rules.pronouns.containsKey(toks.get(j - 1).lower())) {
                j--;
            }
            return new int[] {i, j};
        }
        int j = i;
        while (j < toks.size() && j - i < MAX) {
            TaggedToken t = toks.get(j);
            boolean keep = isNounish(t) || t.lower().equals("of") || t.lower().equals("for") || isNameParticle(toks, j)
                    || j > i && isFromBeforeName(toks, j) // "asked a reporter from KBRT-TV"
                    || j > i && (isDescriptionLink(toks, j) || isDescriptionLink(toks, j + 1))
                    || j == i && verbBeforeTitle(toks, j) // "said lead author X", "said acting director X"
                    || j > i && participleInTitle(toks, j); // "said CityLink's managing director, X"
            boolean link = j > i && (isDescriptionLink(toks, j) || isFromBeforeName(toks, j));
            if (!keep || !link && rules.stopWords.contains(t.lower()) || t.sentence() != toks.get(i).sentence()) {
                break;
            }
            j++;
        }
        while (j > i && !isHead(toks.get(j - 1)) && !endsAge(toks, i, j)) {
            j--;
        }
        return new int[] {i, j};
    }

    /** Whether the phrase [i, j) ends with an age ("the 24-year-old", tokens "24-year", "-", "old"). */
    private static boolean endsAge(List<TaggedToken> toks, int i, int j) {
        return j - i >= 3 && toks.get(j - 1).lower().equals("old") && toks.get(j - 2).word().equals("-")
                && toks.get(j - 3).lower().matches("(\\d{1,3}-)?years?");
    }

    /** A participle after a possessive and before a common noun: "CityLink's managing director". */
    private static boolean participleInTitle(List<TaggedToken> toks, int j) {
        return "VBG".equals(toks.get(j).pos()) && "POS".equals(toks.get(j - 1).pos()) && j + 1 < toks.size()
                && toks.get(j + 1).pos() != null && toks.get(j + 1).pos().startsWith("NN")
                && !toks.get(j + 1).pos().startsWith("NNP");
    }

    /** A word tagged as a verb right before a common noun and a name: "lead author Tomasz Wrona". */
    private static boolean verbBeforeTitle(List<TaggedToken> toks, int j) {
        return toks.get(j).pos() != null && toks.get(j).pos().startsWith("VB") && j + 2 < toks.size()
                && toks.get(j + 1).pos() != null && toks.get(j + 1).pos().startsWith("NN")
                && !"NNP".equals(toks.get(j + 1).pos()) && "NNP".equals(toks.get(j + 2).pos());
    }

    /** Index range [from, to) of the subject phrase ending before the verb at {@code verb}. */
    static int[] subjectOf(QuoteRules rules, List<TaggedToken> toks, int verb) {
        if (!rules.lemmas) {
            int j = verb - 1;
            while (j >= 0 && verb - j <= 2 && rules.auxiliaries.contains(toks.get(j).lower())) {
                j--;
            }
            if (j > 0 && toks.get(j).word().equals(",")) {
                j--; // a name apposed to the subject: "Der Vorsitzende der Gewerkschaft, Martin Keller, erklärte"
            }
            int i = j + 1;
            while (i > 0 && j + 1 - i < MAX && (isNounish(rules, toks.get(i - 1)) || afterArticle(rules, toks, i - 1))
                    && toks.get(i - 1).sentence() == toks.get(verb).sentence()) {
                i--;
            }
            while (i <= j && isLinkWord(toks.get(i)) && !rules.pronouns.containsKey(toks.get(i).lower())) {
                i++;
            }
            return new int[] {i, j + 1};
        }
        int main = mainVerbBefore(toks, verb);
        if (main >= 0) {
            return subjectOf(rules, toks, main);
        }
        int j = verb - 1;
        while (j >= 0 && SKIP_BEFORE_VERB.contains(toks.get(j).pos()) && verb - j <= 3) {
            j--;
        }
        if (j > 0) {
            j = TimeBeforeVerb.before(toks, j); // "X, on Friday sharply criticised": the subject before the time
        }
        if (j >= 0 && toks.get(j).word().equals(",")) {
            int clause = relativeClauseBefore(toks, j, toks.get(verb).sentence());
            if (clause > 0 && EntityType.PERSON.is(toks.get(clause - 1).ner()) && personBefore(toks, j,
                    toks.get(verb).sentence()) > clause) {
                return before(toks, clause); // "Teresa Villanueva, who owns a bakery on Harmon, said": not Harmon
            }
            int person = personBefore(toks, j, toks.get(verb).sentence());
            if (person >= 0) {
                return before(toks, person + 1);
            }
            int named = organisationBeforeApposition(toks, j);
            if (named > 0) {
                int first = named - 1; // "The Coalition for Later School Starts, an advocacy group, said"
                while (first > 0 && EntityType.ORGANIZATION.is(toks.get(first - 1).ner())) {
                    first--; // the model's name, whatever it tagged its words ("Starts" a verb)
                }
                return new int[] {first, named};
            }
            int given = givenNameBeforeApposition(toks, j);
            if (given >= 0) {
                return new int[] {given, given + 1}; // "Tom, a 52-year-old electrician, said": Tom
            }
            int relative = relativeClauseBefore(toks, j, toks.get(verb).sentence());
            if (relative > 0) {
                return before(toks, relative); // "A senior official, who spoke on condition of anonymity, said"
            }
            j--;
        }
        return before(toks, j + 1);
    }

    /**
     * For a participle after a comma ("He gave no figure, saying only that ...") or after "as" ("X was quoted by the
     * agency as saying"), the finite verb of the clause it hangs on, whose subject is the speaker; else -1.
     */
    private static int mainVerbBefore(List<TaggedToken> toks, int verb) {
        if (!toks.get(verb).pos().equals("VBG") || verb < 2 || !toks.get(verb - 1).word().equals(",")
                && !toks.get(verb - 1).lower().equals("as")) { // "…, saying" / "was quoted … as saying"
            return -1;
        }
        for (int k = verb - 2; k >= 0 && toks.get(k).sentence() == toks.get(verb).sentence(); k--) {
            if (FINITE.contains(toks.get(k).pos())) {
                return k;
            }
        }
        return -1;
    }

    /**
     * For the comma at {@code j} closing an apposition that an article opens ("…, an advocacy group,"), the end of
     * the organisation's name right before the apposition's own comma, when the model tagged it one; else -1.
     */
    private static int organisationBeforeApposition(List<TaggedToken> toks, int j) {
        int k = j - 1;
        while (k > 0 && j - k <= 8 && (isNounish(toks.get(k)) || isOfBetweenNouns(toks, k))
                && !"DT".equals(toks.get(k).pos())) {
            k--;
        }
        if (k < 2 || k == j - 1 || !"DT".equals(toks.get(k).pos()) || !toks.get(k - 1).word().equals(",")
                || toks.get(k - 1).sentence() != toks.get(j).sentence()
                || !EntityType.ORGANIZATION.is(toks.get(k - 2).ner())) {
            return -1;
        }
        return k - 1;
    }

    /**
     * How far before its verb a subject's name may stand when a relative clause follows it ("Andrew Nkemelu, who
     * has run the authority since 2019 and who before that managed the tram network, said").
     */
    private static final int RELATIVE_REACH = 45;

    /**
     * The comma of the nearest ", who" or ", which" before the comma at {@code j} (a relative clause running to it:
     * "A spokesperson for the alliance, which represents the industry, said" is no industry speaking), within
     * {@link #RELATIVE_REACH} tokens of its sentence; else -1.
     */
    private static int relativeClauseBefore(List<TaggedToken> toks, int j, int sentence) {
        for (int k = j - 1; k > 0 && j - k <= RELATIVE_REACH && toks.get(k).sentence() == sentence; k--) {
            if (toks.get(k).word().equals(",") && (toks.get(k + 1).lower().equals("who")
                    || toks.get(k + 1).lower().equals("which")) && toks.get(k + 1).pos().startsWith("W")) {
                return k;
            }
        }
        return -1;
    }

    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");

    private static int[] before(List<TaggedToken> toks, int end) {
        int i = end;
        while (i > 0 && end - i < MAX && toks.get(i - 1).sentence() == toks.get(end - 1).sentence()
                && (isNounish(toks.get(i - 1)) || isOfBetweenNouns(toks, i - 1) || isNameParticle(toks, i - 1)
                || isFromBeforeName(toks, i - 1)
                || isDescriptionLink(toks, i - 1) || i < end && isDescriptionLink(toks, i)
                || i < end && inOrganisationName(toks, i - 1))) {
            i--;
        }
        while (i < end && !isNounish(toks.get(i)) && !isNameParticle(toks, i)) {
            i++;
        }
        if (end - i > 1 && SUBJECT_PRONOUNS.contains(toks.get(end - 1).lower())) {
            return new int[] {end - 1, end}; // "In a second post he wrote": the pronoun is the subject
        }
        return new int[] {i, end};
    }

    /**
     * "and" or "&" between two proper nouns that name no person, as inside an organisation's name ("Northshire Fire
     * and Rescue said"; "Smith and Jones said" stays two people).
     */
    private static boolean inOrganisationName(List<TaggedToken> toks, int k) {
        String w = toks.get(k).lower();
        return (w.equals("and") || w.equals("&")) && k > 0 && k + 1 < toks.size()
                && properNotPerson(toks.get(k - 1)) && properNotPerson(toks.get(k + 1));
    }

    private static boolean properNotPerson(TaggedToken t) {
        return "NNP".equals(t.pos()) && !EntityType.PERSON.is(t.ner());
    }

    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "i");

    /**
     * "of" or "for" inside a speaker phrase: "a spokeswoman for X", "the government of Y", and "of" after a number
     * ("one of the sources").
     */
    private static boolean isOfBetweenNouns(List<TaggedToken> toks, int k) {
        String w = toks.get(k).lower();
        String before = k > 0 ? toks.get(k - 1).pos() : "";
        return (w.equals("of") || w.equals("for")) && before.startsWith("NN") || w.equals("of") && before.equals("CD");
    }

    /**
     * "from" between a common noun and a name: "a reporter from KBRT-TV", "a letter from Corrigan's mother" (not
     * "Smith from the stage", nor "the official from the podium").
     */
    private static boolean isFromBeforeName(List<TaggedToken> toks, int k) {
        int next = k + 1 < toks.size() && "DT".equals(toks.get(k + 1).pos()) ? k + 2 : k + 1;
        return toks.get(k).lower().equals("from") && k > 0 && next < toks.size()
                && ("NN".equals(toks.get(k - 1).pos()) || "NNS".equals(toks.get(k - 1).pos()))
                && "NNP".equals(toks.get(next).pos()) && toks.get(next).sentence() == toks.get(k).sentence();
    }

    /** A short lower-case word (article, preposition) that neither opens nor closes a speaker phrase. */
    static boolean isLinkWord(TaggedToken t) {
        return t.word().length() <= 3 && t.word().equals(t.lower()) && !t.word().isEmpty()
                && Character.isLetter(t.word().charAt(0));
    }

    /**
     * The last PERSON token within 20 tokens before {@code j} in the same sentence (further when a relative clause
     * opens after it and runs to {@code j}), or -1. A name followed by a
     * possessive ("Norvik Power's chief engineer") is the possessor, not the subject, and is passed over.
     */
    /**
     * For the comma at {@code j} closing an apposition that an article opens ("…, a 52-year-old electrician,"), the
     * token of a lone given name ({@link GivenNames#isPlainGivenName}) opening the sentence right before the
     * apposition's own comma, that no model tagged; else -1.
     */
    private static int givenNameBeforeApposition(List<TaggedToken> toks, int j) {
        int k = j - 1;
        while (k > 0 && j - k <= 8 && !toks.get(k).word().equals(",") && !"DT".equals(toks.get(k).pos())) {
            k--;
        }
        if (k < 2 || k == j - 1 || !"DT".equals(toks.get(k).pos()) || !toks.get(k - 1).word().equals(",")) {
            return -1;
        }
        int name = k - 2;
        boolean opens = name == 0 || toks.get(name - 1).sentence() != toks.get(name).sentence();
        return opens && toks.get(name).sentence() == toks.get(j).sentence()
                && GivenNames.isPlainGivenName(toks.get(name).word()) ? name : -1;
    }

    private static int personBefore(List<TaggedToken> toks, int j, int sentence) {
        for (int k = j - 1; k >= 0 && j - k <= RELATIVE_REACH && toks.get(k).sentence() == sentence; k--) {
            if (!EntityType.PERSON.is(toks.get(k).ner()) || toks.get(k).pos().startsWith("PRP")) {
                continue;
            }
            if (j - k > 20 && !(k + 2 < j && toks.get(k + 1).word().equals(",")
                    && toks.get(k + 2).pos().startsWith("W"))) {
                continue; // past 20 tokens only a name whose relative clause runs to the verb
            }
            if (k + 1 < toks.size() && toks.get(k + 1).pos().equals("POS")) {
                while (k > 0 && EntityType.PERSON.is(toks.get(k - 1).ner())) {
                    k--;
                }
                continue;
            }
            return k;
        }
        return -1;
    }

    private static boolean isHead(TaggedToken t) {
        return t.pos().startsWith("NN") || t.pos().startsWith("PRP") || t.pos().equals("CD");
    }
}
