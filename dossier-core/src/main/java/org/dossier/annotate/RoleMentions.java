package org.dossier.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;

/**
 * Read on English text, the person a definite role phrase names again: "the minister said" after "Finance minister
 * Oskar Lindqvist", "the Westbury manager said" after "said Westbury manager Colm Feeney", "the opposition leader"
 * after "The opposition leader, Marta Sole,". The role is what the article wrote next to the person's name (the
 * noun phrase right before it, one set off by a comma before it, or a "the …" phrase apposed after it); every word
 * of the role phrase must be among them. "The 28-year-old" is the person last named, in full or by the surname of
 * one named in full, and so is "the
 * midfielder" (a noun that names a person again, {@code epithet-nouns.txt}) when no role beside a name holds it and
 * the person was named in the last paragraphs. Use through
 * {@link SpeakerNames}. "The board" after "The Federal Grain Board" is that organisation.
 */
final class RoleMentions {
    private static final int MAX_WORDS = 4;
    private static final int REACH = 90;
    /** "the 28-year-old", "the 28-year-old striker", "the 54-year-old chief executive": the person last named in full. */
    private static final Pattern AGE = Pattern.compile("(?i)the \\d{1,3}-year-old(?: [\\p{L}-]+){0,3}");
    /** A "the …" phrase apposed after a name: "Marta Sole, the opposition leader,". */
    private static final Pattern APPOSED_AFTER = Pattern.compile("^\\s*,\\s*((?:the|a|an)\\s[^,.;:\"“”]{1,60})");

    private RoleMentions() {}

    /**
     * The latest person named in full before {@code from} whose role, as written beside the name, holds every word
     * of {@code phrase} ("the minister"); null when the phrase is not "the" and one to four words, or none fits.
     */
    static EntityMention personFor(AnnotatedText doc, String phrase, int from) {
        List<String> words = roleWords(phrase);
        if (words.isEmpty()) {
            return null;
        }
        List<EntityMention> people = new ArrayList<>();
        for (EntityMention e : doc.entities()) {
            if (EntityType.PERSON.is(e.type()) && e.end() <= from && e.text().strip().contains(" ")) {
                people.add(e);
            }
        }
        if (AGE.matcher(phrase.strip()).matches()) {
            List<EntityMention> named = namedOrSurnamed(doc, from); // "Wasik was measured. "…," the 34-year-old said"
            return named.isEmpty() ? null : named.get(named.size() - 1);
        }
        for (int i = people.size() - 1; i >= 0; i--) {
            String written = writtenBeside(doc, people.get(i));
            String role = written.replace(" 's ", " ");
            String head = words.get(words.size() - 1);
            boolean otherOffice = QUALIFIERS.stream().anyMatch(q -> role.contains(" " + q + " ") && !words.contains(q));
            String clause = RELATIVE.matcher(doc.text().substring(people.get(i).end(),
                    Math.min(doc.text().length(), people.get(i).end() + REACH))).lookingAt()
                    ? relativeClause(doc, people.get(i)) : "";
            boolean holds = words.stream().allMatch(w -> writtenIn(role, w) || formIn(clause, w));
            if (holds && !otherOffice // not "the shadow minister"
                    && !written.contains(" " + head + " 's ")) { // "the city's transportation director": no "the city"
                return people.get(i);
            }
        }
        return EPITHETS.contains(words.get(words.size() - 1)) ? lastNamedNear(doc, namedOrSurnamed(doc, from), from)
                : null;
    }

    private static final int NEXT_PARAGRAPHS = 2;

    /**
     * "Its chief executive told analysts the spending would pay off "sooner than …"" in a lead, the person named only
     * after it: where no one named before holds the role, the first person named in full after {@code to}, in its
     * paragraph or the two after, whose role as written beside the name holds every word of the phrase ("the", "its" or
     * "their" and one to four words); else null.
     */
    static EntityMention personNamedNext(AnnotatedText doc, String phrase, int to) {
        List<String> words = roleWords(phrase.strip().replaceFirst("^(?i)(its|their)\\s", "the "));
        if (words.isEmpty() || EPITHETS.contains(words.get(words.size() - 1)) || doc.paragraphs().isEmpty()) {
            return null;
        }
        int para = Math.max(0, doc.paragraphAt(to));
        int limit = doc.paragraphs().get(Math.min(doc.paragraphs().size() - 1, para + NEXT_PARAGRAPHS))[1];
        for (EntityMention e : doc.entities()) {
            if (EntityType.PERSON.is(e.type()) && e.start() >= to && e.end() <= limit && e.text().strip().contains(" ")) {
                String role = writtenBeside(doc, e).replace(" 's ", " ");
                boolean otherOffice = QUALIFIERS.stream().anyMatch(q -> role.contains(" " + q + " ") && !words.contains(q));
                return words.stream().allMatch(w -> writtenIn(role, w)) && !otherOffice ? e : null;
            }
        }
        return null;
    }

    /** Other forms of role words ("finance": "financial"; {@code role-forms.txt}). */
    private static final java.util.Map<String, List<String>> FORMS = forms();

    private static java.util.Map<String, List<String>> forms() {
        java.util.Map<String, List<String>> out = new java.util.HashMap<>();
        for (String line : Lexicon.lines("role-forms.txt")) {
            String[] f = line.split("\t");
            out.put(f[0], List.of(f).subList(1, f.length));
        }
        return out;
    }

    /** ", who led the investigation for the state police,": a relative clause set off after a name. */
    private static final Pattern RELATIVE = Pattern.compile("\\s*,\\s*who\\s");

    /** The words of the relative clause after the name of {@code e}, to its next comma or full stop, lower case. */
    private static String relativeClause(AnnotatedText doc, EntityMention e) {
        String after = doc.text().substring(e.end(), Math.min(doc.text().length(), e.end() + REACH));
        String clause = after.replaceFirst("^\\s*,", "").split("[,.;\"“”]", 2)[0];
        return " " + clause.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}'’\\-]+", " ").strip() + " ";
    }

    /**
     * Whether one of the other forms of role word {@code w} ({@code role-forms.txt}, not the word itself) is a word of
     * {@code clause}: "the detective" after "Nadia Okafor, who led the investigation".
     */
    private static boolean formIn(String clause, String w) {
        return !clause.isBlank()
                && FORMS.getOrDefault(w, List.of()).stream().anyMatch(f -> clause.contains(" " + f + " "));
    }

    /** Whether the role word {@code w}, or one of its other forms, is a word of {@code role} (spaces around). */
    private static boolean writtenIn(String role, String w) {
        return role.contains(" " + w + " ") || FORMS.getOrDefault(w, List.of()).stream()
                .anyMatch(f -> role.contains(" " + f + " "));
    }

    /** Words that make a role beside a name another office ("shadow", "former"; {@code role-qualifiers.txt}). */
    private static final java.util.Set<String> QUALIFIERS =
            org.dossier.rules.RuleFiles.words(RoleMentions.class, "en", "role-qualifiers.txt");

    /**
     * The people named before {@code from}: in full, or by a surname some person of the article is named in full with
     * ("Boateng, 19, who came on …" after "Kwame Boateng"), so that "said the teenager" names the one just named.
     */
    private static List<EntityMention> namedOrSurnamed(AnnotatedText doc, int from) {
        java.util.Set<String> surnames = new java.util.HashSet<>();
        for (EntityMention e : doc.entities()) {
            String[] w = e.text().strip().split("\\s+");
            if (EntityType.PERSON.is(e.type()) && w.length > 1) {
                surnames.add(w[w.length - 1]);
            }
        }
        List<EntityMention> out = new ArrayList<>();
        for (EntityMention e : doc.entities()) {
            String name = e.text().strip();
            if (EntityType.PERSON.is(e.type()) && e.end() <= from && (name.contains(" ") || surnames.contains(name))) {
                out.add(e);
            }
        }
        return out;
    }

    /** Nouns for one person of a nation ("the Dane"; {@code nationality-nouns.txt}). */
    private static final java.util.Set<String> NATIONALITIES =
            java.util.Set.copyOf(Lexicon.lines("nationality-nouns.txt"));

    /**
     * "the Dane replied" after "Kelsworth manager Anders Holm": a "the" phrase of one nationality noun names again the
     * person it named before ({@link NationalityMentions}), else the one last named in full before its sentence, in
     * this paragraph or the ones before (a tagger often takes the noun for a name; "Asked whether captain Jordan Ellis
     * would be fit, the Pole replied" is not Ellis); null when the phrase is not one or no one was named near.
     */
    static EntityMention personByNationality(AnnotatedText doc, String phrase, int from) {
        List<String> words = roleWords(phrase);
        if (words.size() != 1 || !NATIONALITIES.contains(words.get(0))) {
            return null;
        }
        int sentence = doc.sentences().stream().filter(s -> s.start() <= from).mapToInt(s -> s.start()).max()
                .orElse(0);
        EntityMention before = NationalityMentions.namedBefore(doc, phrase, sentence); // "the Spaniard" named so
        List<EntityMention> people = new ArrayList<>();
        for (EntityMention e : doc.entities()) {
            if (EntityType.PERSON.is(e.type()) && e.end() <= sentence && e.text().strip().contains(" ")) {
                people.add(e);
            }
        }
        return before != null ? before : lastNamedNear(doc, people, from);
    }

    /** Nouns that name again a person already named ("the midfielder"; {@code epithet-nouns.txt}). */
    private static final java.util.Set<String> EPITHETS = java.util.Set.copyOf(Lexicon.lines("epithet-nouns.txt"));
    private static final int EPITHET_PARAGRAPHS = 3;

    /** The last of {@code people} named in this paragraph or the {@link #EPITHET_PARAGRAPHS} before; else null. */
    private static EntityMention lastNamedNear(AnnotatedText doc, List<EntityMention> people, int from) {
        if (people.isEmpty() || doc.paragraphs().isEmpty()) {
            return null;
        }
        int para = Math.max(0, doc.paragraphAt(from));
        int windowStart = doc.paragraphs().get(Math.max(0, para - EPITHET_PARAGRAPHS))[0];
        EntityMention last = people.get(people.size() - 1);
        return last.start() >= windowStart ? last : null;
    }

    /**
     * The latest organisation named before {@code from} whose name ends with the head noun of {@code phrase} ("the
     * board said" after "The Federal Grain Board", "the council" after "Bridgeford County Council"), every word of
     * the phrase among what the article wrote beside it; "the company" the one introduced as a company
     * ({@link CompanyAntecedents}); null when none, or the phrase is not "the" and one to four words.
     */
    static EntityMention organisationFor(AnnotatedText doc, String phrase, int from) {
        List<String> words = roleWords(phrase);
        if (words.isEmpty()) {
            return null;
        }
        String head = words.get(words.size() - 1);
        EntityMention best = null;
        for (EntityMention e : doc.entities()) {
            if (!EntityType.ORGANIZATION.is(e.type()) || e.end() > from) {
                continue;
            }
            String[] name = e.text().strip().toLowerCase(Locale.ROOT).split("\\s+");
            String role = " " + roleOf(doc, e) + " ";
            if (name.length > 1 && endsWithHead(name, head)
                    && words.stream().allMatch(w -> role.contains(" " + w + " "))) {
                best = e;
            }
        }
        if (best == null && words.size() == 1 && !CompanyAntecedents.GENERIC.contains(head)) {
            best = describedAs(doc, head, from); // "The drivers' union, Drivers United, said …" … "the union said"
        }
        if (best != null || words.size() != 1 || !CompanyAntecedents.GENERIC.contains(head)) {
            return best;
        }
        return CompanyAntecedents.of(doc, head, from);
    }

    /**
     * Whether an organisation's name (lower-case words) ends with {@code head}, or holds it before an "of" or "for"
     * that the rest of the name follows: "the church" is "Grace Fellowship Church of Brantley", "the coalition" the
     * "Coalition for Later School Starts".
     */
    private static boolean endsWithHead(String[] name, String head) {
        for (int i = 0; i < name.length; i++) {
            boolean ofOrFor = i + 2 < name.length && (name[i + 1].equals("of") || name[i + 1].equals("for"));
            if (name[i].equals(head) && (i == name.length - 1 || ofOrFor)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} is a noun that introduces a company ("Brewer", "carmaker"; {@code company-nouns.txt}). */
    static boolean isCompanyNoun(String word) {
        return CompanyAntecedents.isCompanyNoun(word);
    }

    /**
     * The latest organisation named before {@code from} that the article wrote with the noun {@code head} beside its
     * name, not in it ("The drivers' union, Drivers United," for "the union"); else null.
     */
    private static EntityMention describedAs(AnnotatedText doc, String head, int from) {
        EntityMention best = null;
        for (EntityMention e : doc.entities()) {
            if (EntityType.ORGANIZATION.is(e.type()) && e.end() <= from
                    && (" " + roleOf(doc, e) + " ").contains(" " + head + " ")
                    && !(" " + e.text().toLowerCase(Locale.ROOT) + " ").contains(" " + head + " ")) {
                best = e;
            }
        }
        return best;
    }

    /** The words of "the X Y" after its article, lower case; empty when the phrase is not of that form. */
    private static List<String> roleWords(String phrase) {
        String[] w = phrase.strip().toLowerCase(Locale.ROOT).split("\\s+");
        if (w.length < 2 || w.length > MAX_WORDS + 1 || !w[0].equals("the")) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 1; i < w.length; i++) {
            if (!w[i].matches("[\\p{L}\\p{N}'’\\-]+")) {
                return List.of();
            }
            out.add(w[i]);
        }
        return out;
    }

    /**
     * What the article wrote beside the name of {@code e}, lower case, words apart by single spaces: the name itself
     * (a title the model took into it), the noun phrase right before it ("said Westbury manager", not a verb or
     * "that" before it), else the one before a comma before it, and a "the …" phrase apposed after it.
     */
    static String roleOf(AnnotatedText doc, EntityMention e) {
        return writtenBeside(doc, e).replace(" 's ", " ").strip();
    }

    /**
     * {@link #roleOf} with its possessive endings kept apart as the word {@code 's} ("the city 's director"), a space
     * before and after.
     */
    static String writtenBeside(AnnotatedText doc, EntityMention e) {
        String text = doc.text();
        List<TaggedToken> toks = doc.toks();
        int first = 0;
        while (first < toks.size() && toks.get(first).begin() < e.start()) {
            first++;
        }
        int from = phraseBefore(toks, first);
        if (from == first && first > 1 && toks.get(first - 1).word().equals(",")) {
            from = phraseBefore(toks, first - 1); // "The health minister, Priya Raman"
            first--;
        }
        String prefix = from < first ? text.substring(toks.get(from).begin(), toks.get(first - 1).end()) : "";
        Matcher after = APPOSED_AFTER.matcher(text.substring(e.end(), Math.min(text.length(), e.end() + REACH)));
        String suffix = after.find() ? after.group(1) : "";
        String words = (prefix + " " + e.text() + " " + suffix).toLowerCase(Locale.ROOT).replaceAll("[’']s\\b", " 's ")
                .replaceAll("[^\\p{L}\\p{N}'’\\-]+", " ").strip();
        return " " + words + " ";
    }

    /**
     * The first token of the noun phrase (at most six words) ending right before token {@code end}, taken on over
     * one "of", "for" or "at" to the phrase before it ("the senior coroner for North Dales, Helen Strickland").
     */
    private static int phraseBefore(List<TaggedToken> toks, int end) {
        int i = nounsBefore(toks, end, end);
        if (i < end && i > 1 && LINKS.contains(toks.get(i - 1).lower())
                && toks.get(i - 1).sentence() == toks.get(end - 1).sentence()) {
            int j = nounsBefore(toks, i - 1, end);
            return j < i - 1 ? j : i;
        }
        return i;
    }

    private static final java.util.Set<String> LINKS = java.util.Set.of("of", "for", "at");

    private static int nounsBefore(List<TaggedToken> toks, int at, int end) {
        int i = at;
        while (i > 0 && at - i < 6 && toks.get(i - 1).sentence() == toks.get(Math.max(0, end - 1)).sentence()
                && Phrases.isNounish(toks.get(i - 1))) {
            i--;
        }
        return i;
    }
}
