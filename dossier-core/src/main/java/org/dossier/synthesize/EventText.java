package org.dossier.synthesize;

import org.dossier.model.AnnotatedArticle;
import org.dossier.model.QuoteMention;
import org.dossier.model.SentenceSpan;
import org.dossier.resolve.EntityIndex;

/** The fallback description of an event: its sentence, or "Statement by" the speaker when it is mostly a quote. */
final class EventText {
    private static final double MOSTLY_QUOTED = 0.5;

    private EventText() {}

    /**
     * The sentence as the event's fallback description; a sentence that is mostly a quote becomes "Statement by"
     * its speaker or the speaker's description.
     */
    static String describe(AnnotatedArticle a, SentenceSpan s, EntityIndex index) {
        String sentence = a.article().text().substring(s.start(), s.end()).strip();
        int quoted = 0;
        QuoteMention main = null;
        for (QuoteMention q : a.annotations().quotes()) {
            int overlap = Math.min(q.end(), s.end()) - Math.max(q.start(), s.start());
            if (overlap > 0) {
                quoted += overlap;
                main = main == null || q.end() - q.start() > main.end() - main.start() ? q : main;
            }
        }
        if (main == null || quoted < MOSTLY_QUOTED * (s.end() - s.start())) {
            return sentence;
        }
        String who = Quotes.speaker(main.speaker(), index);
        if (who == null) {
            who = main.speakerDescription();
        }
        return who == null || who.isBlank() ? "Statement" : "Statement by " + who;
    }
}
