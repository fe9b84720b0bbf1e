package org.dossier.synthesize.positions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.dossier.model.EntityLookup;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.model.StoryDossier.Entity;

/**
 * The surname of a person the story names in full, standing as a subject in an article where the tagger left it
 * untagged ("Farro threatened to resume the offensive" on a page that never writes "Lidia Farro"): added as a
 * mention of that person, so that the stance is read from it as from a name. Only a capitalised word that is the
 * last word of exactly one person's full name, that the article never writes in lower case, outside every other
 * mention, and followed by a stance word, a function word or a negation, as a subject is.
 */
final class Surnames {
    private Surnames() {}

    /** The article's mentions with the untagged surnames of the story's people added, in text order. */
    static List<EntityMention> added(StanceLexicon lex, String text, List<EntityMention> mentions, EntityLookup index) {
        if (index == null || lex.clausePhrases.isEmpty()) {
            return mentions;
        }
        List<EntityMention> out = new ArrayList<>(mentions);
        List<Words.Tok> toks = Words.of(text, 0, text.length());
        for (int k = 0; k + 1 < toks.size(); k++) {
            Words.Tok t = toks.get(k);
            String surface = text.substring(t.start(), t.end());
            if (!t.isWord() || surface.length() < 3 || !Character.isUpperCase(surface.charAt(0))
                    || !surface.substring(1).equals(surface.substring(1).toLowerCase(Locale.ROOT))
                    || lex.functionWords.contains(t.lower()) || lex.pronouns.containsKey(t.lower())
                    || mentions.stream().anyMatch(m -> m.start() < t.end() && t.start() < m.end())
                    || !asSubject(lex, toks, k + 1)) {
                continue;
            }
            Entity e = index.find(surface);
            if (e != null && EntityType.PERSON.is(e.type()) && e.name().contains(" ")
                    && e.name().endsWith(" " + surface) && !writtenLower(text, t.lower())) {
                out.add(new EntityMention(e.name(), EntityType.PERSON.name(), t.start(), t.end()));
            }
        }
        out.sort(Comparator.comparingInt(EntityMention::start));
        return out;
    }

    /** Whether the token at {@code k} follows a subject: a stance word, a function word or a negation. */
    private static boolean asSubject(StanceLexicon lex, List<Words.Tok> toks, int k) {
        String w = toks.get(k).lower();
        return StanceLexicon.match(lex.clausePhrases, toks, k) != null || lex.functionWords.contains(w)
                || lex.negations.contains(w);
    }

    private static boolean writtenLower(String text, String lower) {
        return java.util.regex.Pattern.compile("(?<![\\p{L}])" + java.util.regex.Pattern.quote(lower) + "(?![\\p{L}])")
                .matcher(text).find();
    }
}
