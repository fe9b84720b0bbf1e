package org.dossier.synthesize.positions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.QuoteMention;
import org.dossier.model.Span;
import org.dossier.synthesize.positions.StanceReader.Found;

/**
 * The stances a named speaker states in a quote, for {@link StanceReader}: stance words after a first-person
 * subject ("we need guarantees …"), refusals as negated actions ("we will not discuss …"), idioms of resolve
 * ("we will not rest until …" offers what follows), and nothing for a stance the speaker asks of someone else
 * ("we urge the council to reject …": {@link Complements}).
 */
final class QuoteStances {
    private QuoteStances() {}

    static List<Found> read(StanceLexicon lex, Propositions props, String text, QuoteMention q, Actors.Actor speaker,
                            String article, LocalDate date) {
        List<Found> out = new ArrayList<>();
        List<Words.Tok> toks = Words.of(text, q.start(), q.end());
        int directiveEnd = -1;
        for (int i = 0; i < toks.size(); i++) {
            StanceLexicon.Phrase p = StanceLexicon.match(lex.quotePhrases, toks, i);
            if (p != null && StanceContext.passive(lex, toks, i)) {
                p = null; // "what we are legally required to pay": asked of the speaker, not asked by them
            }
            p = BoundStances.checked(lex, text, toks, i, q.end(), p); // "we are open to criticism": none
            StanceLexicon.Phrase resolve = p == null ? Complements.resolve(lex, toks, i, true) : null;
            if (resolve != null) { // "we will not rest until X": the speaker commits to X
                directiveEnd = i + resolve.words().size();
                boolean own = resolve.stance().equals("first-person") || StanceContext.firstPersonBefore(lex, toks, i);
                for (String prop : own ? props.all(toks, directiveEnd, q.end()) : List.<String>of()) {
                    out.add(new Found(speaker, "offers", prop, Words.clean(q.text()), article,
                            new Span(article, q.start(), q.end()), date));
                }
                i = directiveEnd - 1;
                continue;
            }
            if (p == null) {
                int verb = Refusals.verbAfter(lex, text, toks, i, true);
                boolean negatedModal = StanceLexicon.match(StanceLexicon.kind(lex.refusals, "negated"), toks, i) != null
                        || Refusals.inflectedAt(lex, toks, i);
                if (verb >= 0 && (!negatedModal || StanceContext.firstPersonBefore(lex, toks, i))) {
                    for (String prop : Refusals.propositions(lex, text, toks, i, verb, q.end(), props)) {
                        out.add(new Found(speaker, "rejects", prop,
                                Words.clean(q.text()), article, new Span(article, q.start(), q.end()), date));
                    }
                }
                continue;
            }
            Complements.Between between = directiveEnd < 0 ? Complements.Between.BROKEN
                    : Complements.between(lex, toks, directiveEnd, i);
            if (between == Complements.Between.ADDRESSEE || between == Complements.Between.PRONOUN
                    && !Complements.firstPersonBetween(lex, toks, directiveEnd, i)) {
                continue; // what the speaker asks of someone else ("we urge the council to reject …")
            }
            directiveEnd = StanceLexicon.DIRECTIVE.contains(p.stance()) ? i + p.words().size() : directiveEnd;
            if (!StanceContext.firstPersonBefore(lex, toks, i) || p.stance().equals("none")) {
                continue; // "none": the speaker's own intention ("I want to thank ..."), no position
            }
            String stance = StanceContext.negated(lex, toks, i) ? StanceLexicon.negated(p.stance()) : p.stance();
            Complements.Content found = stance == null ? new Complements.Content(null, List.of())
                    : Complements.of(lex, text, toks, i + p.words().size(), q.end(), props, stance);
            for (String prop : found.propositions()) {
                out.add(new Found(speaker, found.stance(), prop, Words.clean(q.text()), article,
                        new Span(article, q.start(), q.end()), date));
            }
        }
        for (String prop : Obligations.demands(lex, props, toks, q.end())) { // "the airline must pay out promptly"
            out.add(new Found(speaker, "demands", prop, Words.clean(q.text()), article,
                    new Span(article, q.start(), q.end()), date));
        }
        return out;
    }
}
