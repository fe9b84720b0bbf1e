package org.dossier.annotate;

import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;

/**
 * Read on English tags, the subjects that open a sentence and that the speaker rules read beyond a plain noun phrase:
 * a definite role phrase naming a person named before ("The judge adjourned the hearing."), and the whole of an
 * indefinite description whose reporting verb follows a prepositional phrase or a participle clause ("A forecaster
 * at the Weatherline service said", "A senior official, speaking on condition of anonymity, said"). Used by
 * {@link SpeakerContext}. Also a surname no model tagged a person opening a sentence ("Tregarthen closed the session").
 */
final class OpeningSubjects {
    private OpeningSubjects() {}

    /**
     * The person a sentence opening at token {@code i} names by a definite role phrase of at most four words right
     * before its verb ("The deputy minister disputed that."), as {@link RoleMentions#personFor} reads it; else null.
     */
    static EntityMention role(SpeakerContext c, int i, int pos) {
        if (!c.toks.get(i).lower().equals("the")) {
            return null;
        }
        int end = i + 1;
        while (end < c.toks.size() && end - i <= 4 && !c.quoted[end] && c.toks.get(end).pos() != null
                && (c.toks.get(end).pos().startsWith("NN") || "JJ".equals(c.toks.get(end).pos()))) {
            end++;
        }
        if (end == i + 1 || end >= c.toks.size() || !c.toks.get(end).isVerb() || c.toks.get(end).begin() >= pos
                || c.doc.entityAt(c.toks.get(end - 1).begin()) != null) {
            return null;
        }
        String phrase = c.doc.text().substring(c.toks.get(i).begin(), c.toks.get(end - 1).end());
        return RoleMentions.personFor(c.doc, phrase, c.toks.get(i).begin());
    }

    /**
     * "The coroner was not persuaded. "…," she said.": the person named before whom the latest sentence of the
     * paragraph from {@code paraStart} before {@code pos} names by a definite role phrase opening it ({@link #role}),
     * when that person fits {@code gender}; else null.
     */
    static EntityMention latestRole(SpeakerContext c, int paraStart, int pos, String gender) {
        for (int i = c.firstTokAt(pos) - 1; i >= 0 && c.toks.get(i).begin() >= paraStart; i--) {
            if (c.quoted[i] || i > 0 && c.toks.get(i - 1).sentence() == c.toks.get(i).sentence()) {
                continue;
            }
            EntityMention e = role(c, i, pos);
            if (e != null && c.fits(c.names.fullName(e), gender)) {
                return e;
            }
        }
        return null;
    }

    /**
     * The subject of the reporting verb at {@code verb} when the phrase read for it ({@code np}) is only its end and
     * the sentence opens with an indefinite article: "A forecaster at the Weatherline service said" (read as "the
     * Weatherline service"), "A senior official, speaking on condition of anonymity, said": from the article to the
     * first comma or verb; else {@code np}, also where a relative clause follows the description ("A senior official
     * at the ministry, who spoke on condition of anonymity, said" keeps the phrase it is read as).
     */
    static int[] indefinite(SpeakerContext c, int verb, int[] np) {
        int first = verb;
        while (first > 0 && c.toks.get(first - 1).sentence() == c.toks.get(verb).sentence()) {
            first--;
        }
        String a = c.toks.get(first).lower();
        if (np[1] > np[0] && first >= np[0] || !(a.equals("a") || a.equals("an")) || c.quoted[first]) {
            return np;
        }
        int end = first + 1;
        while (end < verb && !c.toks.get(end).word().equals(",") && !c.toks.get(end).isVerb()
                && !"WP".equals(c.toks.get(end).pos())) {
            end++;
        }
        boolean relative = end < verb && ("WP".equals(c.toks.get(end).pos())
                || end + 1 < verb && "WP".equals(c.toks.get(end + 1).pos()));
        return end > first + 1 && !relative ? new int[] {first, end} : np; // "A senior official, who spoke …,": as read
    }

    /**
     * The person named in full whose surname opens the sentence at token {@code i} right before its verb, where no
     * model tagged that surname a person ("Tregarthen closed the session", read as a place): the mention naming that
     * person in full; else null.
     */
    static EntityMention untaggedSurname(SpeakerContext c, int i, int pos) {
        TaggedToken t = c.toks.get(i);
        EntityMention tagged = c.doc.entityAt(t.begin());
        if (!"NNP".equals(t.pos()) || i + 1 >= c.toks.size() || !c.toks.get(i + 1).isVerb()
                || c.toks.get(i + 1).begin() >= pos || tagged != null && EntityType.PERSON.is(tagged.type())) {
            return null;
        }
        Attribution a = c.names.describe(t.begin(), t.end(), null);
        if (a.speaker() == null || !a.speaker().contains(" ") || !c.names.isPerson(a.speaker())) {
            return null;
        }
        for (EntityMention e : c.doc.entities()) {
            if (EntityType.PERSON.is(e.type()) && e.end() <= t.begin() && c.names.fullName(e).equals(a.speaker())) {
                return e;
            }
        }
        return null;
    }
}
