package org.dossier.annotate;

import java.util.List;
import java.util.Locale;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;

/**
 * Read on English tags, the person a nationality noun ("the Spaniard") named where the article first wrote it: a
 * sentence opened by that phrase, in a paragraph whose first person mention after it is followed by a reporting verb
 * ("The Spaniard, who joined in the summer, did not agree. "I was waiting," Ibarrondo said."), names that speaker,
 * and a later "the Spaniard added" names that person again. Used by {@link RoleMentions#personByNationality}.
 */
final class NationalityMentions {
    private NationalityMentions() {}

    /**
     * The person an earlier sentence opened by {@code phrase} (before {@code before}) introduced as the speaker of its
     * paragraph, as the class comment reads it; else null.
     */
    static EntityMention namedBefore(AnnotatedText doc, String phrase, int before) {
        String want = phrase.strip().toLowerCase(Locale.ROOT);
        List<TaggedToken> toks = doc.toks();
        for (int i = 0; i + 1 < toks.size() && toks.get(i + 1).end() <= before; i++) {
            boolean opens = i == 0 || toks.get(i - 1).sentence() != toks.get(i).sentence();
            if (!opens || !(toks.get(i).lower() + " " + toks.get(i + 1).lower()).equals(want)) {
                continue;
            }
            EntityMention named = speakerAfter(doc, toks.get(i + 1).end(), before);
            if (named != null) {
                return named;
            }
        }
        return null;
    }

    /** The first person mention after {@code from} in its paragraph, when a reporting verb follows it; else null. */
    private static EntityMention speakerAfter(AnnotatedText doc, int from, int before) {
        int para = doc.paragraphAt(from);
        if (para < 0) {
            return null;
        }
        int end = Math.min(before, doc.paragraphs().get(para)[1]);
        for (EntityMention e : doc.entities()) {
            if (!EntityType.PERSON.is(e.type()) || e.start() < from || e.end() > end || quotedName(doc, e)) {
                continue;
            }
            TaggedToken next = tokenAfter(doc.toks(), e.end());
            return next != null && next.isReportingVerb() ? e : null;
        }
        return null;
    }

    /** A name in quote marks ("known as "El Toro""): a nickname, not the speaker. */
    private static boolean quotedName(AnnotatedText doc, EntityMention e) {
        String text = doc.text();
        return e.start() > 0 && "\"“‘'".indexOf(text.charAt(e.start() - 1)) >= 0;
    }

    private static TaggedToken tokenAfter(List<TaggedToken> toks, int pos) {
        for (TaggedToken t : toks) {
            if (t.begin() >= pos) {
                return t;
            }
        }
        return null;
    }
}
