package org.dossier.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.text.Folding;
import org.dossier.text.Stopwords;

/**
 * Who may speak in a text read without a model, from word forms alone: runs of capitalised words (never a function
 * word, a reporting verb, an attribution word, a pronoun, a weekday or month, a month after a day's ordinal even
 * when it is a first name ("am 10. Mai"), or a role noun) are people when their
 * first word is a known first name or a role noun or honorific stands right before them ("Kremlsprecher Dmitri
 * Peskow", "le ministre Ortega", "Frau Lorenz"; the words before a first name a role only where a surname follows
 * it: "Orsolya Star" is one name though "Star" is a first name), else, of two words or more, organisations ("Staatsanwaltschaft
 * Köln"). Role nouns are rule data per language ({@code annotate/<lang>/speaker-roles.txt}); in a language that
 * writes compounds ({@code noun-capitalising.txt}) a word ending in a role noun is one ("Verteidigungsminister",
 * "CDU-Fraktionschef"). These mentions serve quote attribution only: the article's entities stay the candidates
 * that {@link NameEvidence} confirms across the story.
 */
final class NameGuesses {
    /** Lower-case words that join the capitalised words of one name ("Banco de España", "Ministerio del Interior"). */
    private static final Set<String> CONNECTORS = Set.of("de", "del", "des", "du", "von", "der", "di", "della");

    /** Lower-case words that open a role's complement before a name ("ministro dei trasporti X"). */
    private static final Set<String> ROLE_LINKS = Set.of("de", "del", "des", "du", "di", "dei", "degli", "della",
            "delle", "dello", "dell'", "dell’", "d'", "d’");

    private NameGuesses() {}

    /** The person and organisation mentions of the text's tokens, in text order. */
    static List<EntityMention> of(String text, List<TaggedToken> toks, String language, QuoteRules rules) {
        List<EntityMention> out = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            if (!nameLike(toks.get(i), rules) || rules.isRole(toks.get(i).word()) || dateMonth(text, toks.get(i), rules)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < toks.size() && sameSentence(toks, i, end) && spaced(text, toks, end)
                    && nameLike(toks.get(end), rules)) {
                end++;
            }
            boolean split = false;
            int start = i;
            while (start < end - 2 && !isFirstName(toks.get(start)) && isFirstName(toks.get(start + 1))) {
                // "Anwohnerin Gisela Brandt": the words before a first name are a role; a first name ending the run
                // is its surname ("Orsolya Star"), never a person named by first name alone after a role
                start++;
                split = true;
            }
            int joined = end;
            while (!isFirstName(toks.get(start)) && joined + 1 < toks.size()
                    && CONNECTORS.contains(toks.get(joined).lower()) && sameSentence(toks, start, joined + 1)
                    && nameLike(toks.get(joined + 1), rules)) {
                joined += 2; // "Banco de España", "Ministerio del Interior"
                while (joined < toks.size() && sameSentence(toks, start, joined) && spaced(text, toks, joined)
                        && nameLike(toks.get(joined), rules)) {
                    joined++;
                }
            }
            boolean introduced = split || start > 0 && sameSentence(toks, start - 1, start)
                    && (rules.isRole(toks.get(start - 1).word()) || rules.honorifics.contains(toks.get(start - 1).lower())
                    || roleWithComplement(toks, start, rules));
            boolean firstName = isFirstName(toks.get(start));
            boolean loneFirstName = end - start == 1 && firstName && start > 0 && sameSentence(toks, start - 1, start);
            int from = toks.get(start).begin();
            int to = Math.max(from, toks.get(joined - 1).end());
            if (joined > end) {
                out.add(new EntityMention(text.substring(from, to), EntityType.ORGANIZATION.label(), from, to));
            } else if (end - start >= 2 || introduced || loneFirstName) {
                String type = introduced || firstName ? EntityType.PERSON.label() : EntityType.ORGANIZATION.label();
                out.add(new EntityMention(text.substring(from, to), type, from, to));
            }
            i = joined;
        }
        return out;
    }

    /**
     * A model's annotated text as the word-form quote rules read it: the word-form tokens of a text read without a
     * model ({@link FormTokens}, which the rules are written for, whatever the model's tokenizer splits), its
     * sentences and entity mentions, and the guesses that overlap none of them, so the people a model left untagged
     * are found as in a text read without one.
     */
    static AnnotatedText completing(AnnotatedText doc, String language) {
        QuoteRules rules = QuoteRules.of(language);
        List<TaggedToken> toks = FormTokens.of(doc.text(), doc.sentences(), language, rules);
        List<EntityMention> all = new ArrayList<>(doc.entities());
        for (EntityMention g : of(doc.text(), toks, language, rules)) {
            if (doc.entities().stream().noneMatch(e -> e.start() < g.end() && g.start() < e.end())) {
                all.add(g);
            }
        }
        all.sort(java.util.Comparator.comparingInt(EntityMention::start));
        return new AnnotatedText(doc.text(), toks, doc.sentences(), doc.paragraphs(), all);
    }

    /**
     * Whether a role noun and its lower-case complement stand right before token {@code start} ("il ministro dei
     * trasporti X", "la ministre des transports X"): a link of {@link #ROLE_LINKS} after the role, then one or two
     * lower-case words that are no link.
     */
    private static boolean roleWithComplement(List<TaggedToken> toks, int start, QuoteRules rules) {
        String before = toks.get(Math.max(0, start - 1)).word();
        if (start < 3 || before.isEmpty() || !Character.isLowerCase(before.charAt(0))
                || ROLE_LINKS.contains(before.toLowerCase(java.util.Locale.ROOT))
                || rules.articles.contains(before.toLowerCase(java.util.Locale.ROOT)) || before.endsWith("'")
                || before.endsWith("’")) {
            return false; // "consejera de Agricultura, Rosa Martín", "ministre de l'Économie X": a capitalised complement
        }
        for (int link = start - 2; link > 0 && link >= start - 3; link--) {
            TaggedToken t = toks.get(link);
            if (!sameSentence(toks, link - 1, start) || t.word().isEmpty() || !Character.isLowerCase(t.word().charAt(0))) {
                return false;
            }
            if (ROLE_LINKS.contains(t.lower()) && rules.isRole(toks.get(link - 1).word())) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameSentence(List<TaggedToken> toks, int a, int b) {
        return toks.get(a).sentence() == toks.get(b).sentence();
    }

    /** Whether token {@code k} follows the one before it after exactly one space. */
    private static boolean spaced(String text, List<TaggedToken> toks, int k) {
        int end = toks.get(k - 1).end();
        int begin = toks.get(k).begin();
        return begin == end + 1 && text.charAt(end) == ' '; // a model may split one word in two ("del": "de", "el")
    }

    /** A capitalised word that can stand in a name (a role noun only after the name's first word: "Hans Richter"). */
    private static boolean nameLike(TaggedToken t, QuoteRules rules) {
        String w = t.word();
        if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) || t.isPunct()) {
            return false;
        }
        String lower = t.lower();
        return !Stopwords.contains(Folding.fold(w)) && !rules.reportingVerbs.contains(lower)
                && !rules.pronouns.containsKey(lower) && !rules.honorifics.contains(lower)
                && !rules.honorifics.contains(lower + ".")
                && (!rules.calendarWords.contains(lower) || isFirstName(t))
                && !rules.stopWords.contains(lower) && !isAttributionWord(lower, rules);
    }

    private static boolean isAttributionWord(String lower, QuoteRules rules) {
        if (rules.sourceAfter.contains(lower) || rules.quoteThenSource.contains(lower)) {
            return true;
        }
        for (List<String> phrase : rules.sourceBefore) {
            if (phrase.contains(lower)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the token is a month after a day's ordinal ("am 10. Mai"): a date, never the first name Mai. */
    private static boolean dateMonth(String text, TaggedToken t, QuoteRules rules) {
        return rules.calendarWords.contains(t.word().toLowerCase(java.util.Locale.ROOT))
                && ORDINAL_BEFORE.matcher(text.substring(Math.max(0, t.begin() - 6), t.begin())).find();
    }

    private static final java.util.regex.Pattern ORDINAL_BEFORE = java.util.regex.Pattern.compile("\\d\\.\\s+$");

    private static boolean isFirstName(TaggedToken t) {
        return Character.isUpperCase(t.word().codePointAt(0))
                && CoreNlpLists.isFirstName(Folding.fold(t.word()));
    }
}
