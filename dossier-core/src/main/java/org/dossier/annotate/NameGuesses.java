package org.dossier.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.rules.RuleFiles;
import org.dossier.text.Folding;
import org.dossier.text.Stopwords;

/**
 * Who may speak in a text read without a model, from word forms alone: runs of capitalised words (never a function
 * word, a reporting verb, an attribution word, a pronoun, a weekday or month, or a role noun) are people when their
 * first word is a known first name or a role noun or honorific stands right before them ("Kremlsprecher Dmitri
 * Peskow", "le ministre Ortega", "Frau Lorenz"), else, of two words or more, organisations ("Staatsanwaltschaft
 * Köln"). Role nouns are rule data per language ({@code annotate/<lang>/speaker-roles.txt}); in a language that
 * writes compounds ({@code noun-capitalising.txt}) a word ending in a role noun is one ("Verteidigungsminister",
 * "CDU-Fraktionschef"). These mentions serve quote attribution only: the article's entities stay the candidates
 * that {@link NameEvidence} confirms across the story.
 */
final class NameGuesses {
    private static final Set<String> COMPOUNDING = RuleFiles.words(NameGuesses.class, "noun-capitalising.txt");
    private static final Map<String, Set<String>> ROLES = new ConcurrentHashMap<>();

    private NameGuesses() {}

    /** The person and organisation mentions of the text's tokens, in text order. */
    static List<EntityMention> of(String text, List<TaggedToken> toks, String language, QuoteRules rules) {
        String lang = language == null ? "" : language.toLowerCase(Locale.ROOT);
        Set<String> roles = ROLES.computeIfAbsent(lang, l -> RuleFiles.words(NameGuesses.class, l, "speaker-roles.txt"));
        boolean compounds = COMPOUNDING.contains(lang);
        List<EntityMention> out = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            if (!nameLike(toks.get(i), rules) || isRole(toks.get(i).word(), roles, compounds)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < toks.size() && toks.get(end).sentence() == toks.get(i).sentence()
                    && text.substring(toks.get(end - 1).end(), toks.get(end).begin()).equals(" ")
                    && nameLike(toks.get(end), rules)) {
                end++;
            }
            boolean introduced = i > 0 && toks.get(i - 1).sentence() == toks.get(i).sentence()
                    && (isRole(toks.get(i - 1).word(), roles, compounds)
                    || rules.honorifics.contains(toks.get(i - 1).lower()));
            boolean firstName = CoreNlpLists.genderOfFirstName(Folding.fold(toks.get(i).word())) != null;
            int from = toks.get(i).begin();
            int to = toks.get(end - 1).end();
            if (end - i >= 2 || introduced) {
                String type = introduced || firstName ? EntityType.PERSON.label() : EntityType.ORGANIZATION.label();
                out.add(new EntityMention(text.substring(from, to), type, from, to));
            }
            i = end;
        }
        return out;
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
                && !rules.honorifics.contains(lower + ".") && !rules.calendarWords.contains(lower)
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

    /** A role noun of the language, or (where nouns compound) a word ending in one; a hyphenated word by its end. */
    static boolean isRole(String word, Set<String> roles, boolean compounds) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (roles.contains(lower)) {
            return true;
        }
        int hyphen = lower.lastIndexOf('-');
        String last = hyphen >= 0 ? lower.substring(hyphen + 1) : lower;
        if (roles.contains(last)) {
            return true;
        }
        if (compounds) {
            for (String r : roles) {
                if (last.length() > r.length() + 2 && last.endsWith(r)) {
                    return true;
                }
            }
        }
        return false;
    }
}
