package org.dossier.synthesize.positions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.EntityMention;
import org.dossier.model.QuoteMention;
import org.dossier.model.SentenceSpan;
import org.dossier.model.Span;
import org.dossier.model.TimeMention;

/**
 * Reads one article's stances: in reporting clauses ("Moscow rejected …", "X ruled out any concessions",
 * "the US offered talks on …") outside quotes, the stance word's clause subject as actor (a pronoun subject
 * stands for the last actor named before it, "it" for the last body named as a subject of its sentence if any, not
 * a preposition's object after it); inside a named speaker's quote, stance words after a first-person
 * subject ("we need guarantees …"). A negated stance word states the negated stance ("would not accept" rejects)
 * or nothing; a stance inside a condition ("if X were willing to …") is none.
 */
final class StanceReader {
    /** One stance as read: actor, stance, proposition, the sentence or quote it is read from, and its date. */
    record Found(Actors.Actor actor, String stance, String proposition, String text, String article, Span span,
                 LocalDate date) {}

    private final Actors actors;
    private final SubjectNames names;

    StanceReader(Actors actors) {
        this.actors = actors;
        this.names = new SubjectNames(actors);
    }

    List<Found> read(AnnotatedArticle a) {
        StanceLexicon lex = StanceLexicon.of(a.article().language());
        List<Found> out = new ArrayList<>();
        if (lex == StanceLexicon.EMPTY) {
            return out;
        }
        String text = a.article().text();
        LocalDate date = a.annotations().anchor() != null ? a.annotations().anchor() : a.article().published();
        List<int[]> quotes = a.annotations().quotes().stream()
                .filter(q -> q.start() >= 0 && q.end() <= text.length() && q.start() < q.end())
                .map(q -> new int[] {q.start(), q.end()}).toList();
        List<EntityMention> mentions = a.annotations().entities().stream()
                .filter(m -> m.start() >= 0 && m.end() <= text.length())
                .sorted(Comparator.comparingInt(EntityMention::start)).toList();
        // owned bodies read again after descriptions: "the union's executive" is the union a description names
        mentions = RoleDescriptions.added(lex, text, Surnames.added(lex, text, RoleGroups.added(lex, text,
                ActorNouns.added(lex, text, Descriptions.added(lex, text, ActorNouns.added(lex, text, mentions)))),
                actors.index()), actors.index());
        List<int[]> times = a.annotations().times().stream().map(t -> new int[] {t.start(), t.end()}).toList();
        List<TimeMention> clauseTimes = a.annotations().times().stream().filter(t -> !Words.inside(quotes, t.start())).toList();
        Propositions props = new Propositions(lex, text, times,
                mentions.stream().map(m -> new int[] {m.start(), m.end()}).toList());
        Actors.Actor last = null;
        PersonAntecedents people = new PersonAntecedents(a.article().language()); // whom "she" stands for
        Actors.Actor lastThing = null;
        for (SentenceSpan s : Words.sentences(a)) {
            List<Words.Tok> toks = Words.of(text, s.start(), s.end());
            people.sentence(text, s.start(), s.end());
            boolean stanceBefore = false;
            boolean denied = false; // after "X denied that …": the stances of the denied claim are no one's here
            int stanceEnd = -1;
            Found listHead = null;
            String headForm = null;
            int directiveEnd = -1; // where the last directive stance word ("demanded", "urged") ends, and its actor
            Actors.Actor directive = null;
            List<String> said = new ArrayList<>(); // the sentence's propositions so far, antecedents of a relative
            for (int i = 0; i < toks.size(); i++) {
                Words.Tok t = toks.get(i);
                LocalDate day = ClauseDates.of(clauseTimes, s, t.start(), t.end(), date); // "on Wednesday, X demanded"
                // "asked about the talks", "open to criticism", a plain "if" after no offer: no stance
                StanceLexicon.Phrase p = BoundStances.checked(lex, text, toks, i, s.end(),
                        StanceLexicon.match(lex.clausePhrases, toks, i));
                denied &= !lex.coordinators.contains(t.lower()); // "denied that X and offered Y": the denial ends
                if (denied || Words.inside(quotes, t.start())) {
                    continue;
                }
                if (p == null) {
                    StanceLexicon.Phrase resolve = Complements.resolve(lex, toks, i, false);
                    int verb = stanceBefore || resolve != null ? -1 : Refusals.verbAfter(lex, text, toks, i, false);
                    Actors.Actor actor = verb < 0 && resolve == null || i == 0
                            || !StanceContext.subjectRightBefore(lex, toks.get(i - 1), mentions) ? null
                            : subject(a, lex, text, s, t.start(), mentions, quotes, toks, i, last, people, lastThing);
                    if (resolve != null) { // "will not rest until X": a commitment to X, and X's clause its content
                        directiveEnd = i + resolve.words().size();
                        directive = actor;
                    }
                    Actors.Actor sayer = actor == null && resolve == null && Obligations.reports(lex, t) ? subject(a, lex,
                            text, s, t.start(), mentions, quotes, toks, i, last, people, lastThing) : null;
                    for (String prop : sayer == null ? List.<String>of() : Obligations.reported(lex, props, text,
                            toks.subList(i + 1, toks.size()), s.end())) { // "X said the company should restore …"
                        out.add(found(sayer, "demands", prop, text, s, a.id(), day));
                    }
                    if (actor != null) {
                        for (String prop : resolve != null ? props.all(toks, directiveEnd, s.end())
                                : Refusals.propositions(lex, text, toks, i, verb, s.end(), props)) {
                            out.add(found(actor, resolve != null ? "offers" : "rejects", prop, text, s, a.id(), day));
                        }
                    }
                    continue;
                }
                if (i == stanceEnd || StanceContext.passive(lex, toks, i)) {
                    continue;
                }
                stanceBefore = true;
                stanceEnd = i + p.words().size();
                int after = i + p.words().size();
                if (listHead != null && StanceContext.continuesList(lex, toks, i, headForm)) {
                    for (String prop : props.all(toks, i, s.end())) {
                        out.add(found(listHead.actor(), listHead.stance(), prop, text, s, a.id(), day));
                    }
                    continue;
                }
                Complements.Between between = directiveEnd < 0 || lex.conditions.contains(p.words())
                        ? Complements.Between.BROKEN // a condition after an offer is the offerer's own
                        : Complements.between(lex, toks, directiveEnd, i);
                if (between == Complements.Between.ADDRESSEE || between == Complements.Between.PRONOUN
                        && !Objects.equals(directive, subject(a, lex, text, s, t.start(), mentions, quotes, toks, i,
                        last, people, lastThing))) {
                    continue; // what the directive asks of someone else ("urged the council to reject …")
                }
                if (StanceLexicon.DIRECTIVE.contains(p.stance())) {
                    directiveEnd = after;
                    directive = null;
                }
                Actors.Actor actor;
                if (i > 0 && lex.nounOpeners.contains(toks.get(i - 1).lower())
                        || StanceContext.possessedNoun(text, toks, i)
                        && !lex.actorNouns("body").contains(toks.get(i - 1).lower())
                        || StanceContext.describedNoun(lex, text, toks, i, mentions)) {
                    int to = StanceContext.raisedTo(lex, toks, i);
                    int from = to >= 0 ? to + 1 : StanceContext.heldNoun(lex, text, toks, i, mentions) ? after : -1;
                    OwnedNouns.Owned owned = from < 0 ? OwnedNouns.of(lex, a.article().language(), text, toks, i,
                            mentions) : null; // "la demande de l'UML d'un fonds …"
                    from = owned != null ? owned.content() : from;
                    Actors.Actor raiser = owned != null ? actors.of(a.id(), owned.owner()) : from < 0 ? null : subject(a,
                            lex, text, s, t.start(), mentions, quotes, toks, i, last, people, lastThing);
                    String prop = raiser == null ? null : props.after(toks, from, s.end());
                    if (prop != null) { // "raised its offer for X to 68 euros": offers 68 euros; "renewed its call for X"
                        out.add(found(raiser, p.stance(), prop, text, s, a.id(), day));
                    }
                    continue;
                }
                int owner = StanceContext.possessiveBefore(toks, i); // "X's offer", "X's counter-offer of …"
                if (owner >= 0) {
                    actor = names.possessor(a, mentions, toks.get(owner));
                    if (actor == null || after >= toks.size() || !lex.markers.contains(toks.get(after).lower())) {
                        continue;
                    }
                } else {
                    actor = subject(a, lex, text, s, t.start(), mentions, quotes, toks, i, last, people, lastThing);
                }
                String stance = StanceContext.negated(lex, toks, i) && !lex.conditions.contains(p.words())
                        ? StanceLexicon.negated(p.stance()) : p.stance();
                if (actor == null || stance == null || Unreadable.relativeAcrossInsert(lex, toks, i)) {
                    continue;
                }
                boolean relative = Unreadable.relativeSubject(lex, toks, i, mentions);
                directive = StanceLexicon.DIRECTIVE.contains(p.stance()) ? actor : directive;
                Complements.Content content = Complements.of(lex, text, toks, after, s.end(), // a condition's time its own
                        lex.conditions.contains(p.words()) ? props.keepingTimes() : props, stance);
                Actors.Actor also = actors.coordinated(a.id(), lex, text, toks, i, mentions, actor);
                for (String content0 : content.propositions()) {
                    String antecedent = relative ? Unreadable.antecedent(lex, text.substring(s.start(), s.end()),
                            said, content0) : null;
                    String prop = antecedent != null ? antecedent : content0;
                    prop = owner >= 0 && listHead != null && "demands".equals(stance) // "rejected X's demand that it …"
                            ? Complements.subjectNamed(lex, prop, listHead.actor(), actor) : prop;
                    if (!(relative && antecedent == null && props.lostObject(prop))
                            && !(lex.received.contains(stance) && Unreadable.sumOfMoney(lex, prop))) {
                        out.add(found(actor, content.stance(), prop, text, s, a.id(), day));
                        if (also != null) {
                            out.add(found(also, content.stance(), prop, text, s, a.id(), day));
                        }
                        said.add(prop);
                    }
                }
                denied = "denies".equals(content.stance()) && after < toks.size() // "denied that …": a clause
                        && lex.markers.contains(toks.get(after).lower());
                listHead = new Found(actor, stance, null, null, null, null, null);
                headForm = t.lower();
            }
            Openings.Opening opening = Openings.in(lex, text, toks);
            if (opening != null && !Words.inside(quotes, toks.get(opening.noun()).start())) {
                Actors.Actor actor = subject(a, lex, text, s, toks.get(opening.noun()).start(), mentions, quotes, toks,
                        opening.noun(), last, people, lastThing);
                actor = actor != null ? actor : speakerJustBefore(a, text, s.start());
                if (actor != null) {
                    out.add(found(actor, "offers", opening.proposition(), text, s, a.id(), date));
                }
            }
            for (Verdicts.Verdict v : Verdicts.in(lex, a.article().language(), toks)) { // "called the plan unacceptable"
                Actors.Actor actor = Words.inside(quotes, toks.get(v.verb()).start()) ? null : subject(a, lex, text, s,
                        toks.get(v.verb()).start(), mentions, quotes, toks, v.verb(), last, people, lastThing);
                String prop = actor == null ? null : props.after(toks, v.from(), toks.get(v.adjective()).end());
                if (prop != null) {
                    out.add(found(actor, v.stance(), prop, text, s, a.id(), date));
                }
            }
            boolean thingSubject = false; // "it" next stands for the sentence's last body named as a subject, if any
            for (EntityMention m : mentions) {
                if (m.start() >= s.start() && m.end() <= s.end() && !Words.inside(quotes, m.start())) {
                    Actors.Actor x = actors.of(a.id(), m);
                    if (x != null) {
                        last = x;
                        if (x.person()) {
                            people.named(x);
                        }
                        boolean subject = !x.person() && Actors.subjectLike(text, m, mentions, lex, quotes);
                        lastThing = x.person() || thingSubject && !subject ? lastThing : x;
                        thingSubject |= subject;
                    }
                }
            }
        }
        for (QuoteMention q : a.annotations().quotes()) {
            Actors.Actor speaker = speaker(q);
            if (speaker != null && q.start() >= 0 && q.end() <= text.length() && q.start() < q.end()) {
                out.addAll(QuoteStances.read(lex, props, text, q, speaker, a.id(), date));
            }
        }
        return out;
    }

    private static Found found(Actors.Actor actor, String stance, String prop, String text, SentenceSpan s,
                               String article, LocalDate date) {
        return new Found(actor, stance, prop, Words.clean(text.substring(s.start(), s.end())), article,
                new Span(article, s.start(), s.end()), date);
    }

    /** The actor a quote's named speaker is, else the country its unnamed speaker's description names. */
    private Actors.Actor speaker(QuoteMention q) {
        Actors.Actor named = actors.speaker(q.speaker());
        return named != null ? named : actors.described(q.speakerDescription());
    }

    /**
     * The speaker of the quote that ends right before a sentence (in the same paragraph, nothing but closing marks
     * and spaces between): reported speech goes on in a sentence without a subject of its own.
     */
    private Actors.Actor speakerJustBefore(AnnotatedArticle a, String text, int sentenceStart) {
        for (QuoteMention q : a.annotations().quotes()) {
            if (q.end() <= sentenceStart && q.end() >= 0 && sentenceStart - q.end() <= 4
                    && text.substring(q.end(), sentenceStart).matches("[\\s\\p{Pf}\\p{Pe}\"'.!?\u201d\u00bb]*")
                    && !text.substring(q.end(), sentenceStart).contains("\n\n")) {
                return speaker(q);
            }
        }
        return null;
    }

    /**
     * The clause subject before a stance word: the first name that can be a subject, or a pronoun standing for the
     * last actor named, in the nearest stretch before it that has one (stretches start at the sentence start,
     * after a comma or other break, and after "that"). A condition word in the stance word's own stretch means
     * no position; so does a subject of its own there that is no name ("…, two days after the electoral
     * commission rejected his demand": not the name that opens the sentence).
     */
    private Actors.Actor subject(AnnotatedArticle a, StanceLexicon lex, String text, SentenceSpan s, int at,
                                 List<EntityMention> mentions, List<int[]> quotes, List<Words.Tok> toks, int i,
                                 Actors.Actor last, PersonAntecedents people, Actors.Actor lastThing) {
        for (int k = i - 1; k >= Math.max(1, i - 4); k--) {
            Words.Tok t = toks.get(k);
            String kind = Words.inside(quotes, t.start()) ? null : lex.pronouns.get(t.lower());
            if ("person".equals(kind) || "thing".equals(kind)) {
                return pronounSubject(a, lex, text, toks, k, at, mentions, quotes, kind, people, lastThing);
            }
            if (!lex.negations.contains(t.lower()) && !lex.functionWords.contains(t.lower())) {
                break;
            }
        }
        List<Integer> starts = new ArrayList<>();
        for (int k = i - 1; k >= 0; k--) {
            Words.Tok t = toks.get(k);
            if (starts.isEmpty() && lex.conditionals.contains(t.lower())) {
                return null;
            }
            if (",;:\u2013\u2014".contains(t.lower()) || t.lower().equals("that") || lex.stops.contains(t.lower())
                    || lex.subjectClauseOpeners.contains(t.lower())) {
                starts.add(k + 1);
            }
        }
        starts.add(0);
        List<int[]> objects = StanceContext.gerundClauses(lex, toks, starts, i);
        for (int n = 0; n < starts.size(); n++) {
            int from = starts.get(n);
            String opener = from < i ? toks.get(from).lower() : "";
            if (lex.coordinators.contains(opener) && from + 1 < i) {
                Actors.Actor own = names.nameIn(a, lex, text, toks, from + 1, i, at, mentions, quotes);
                int own0 = toks.get(from + 1).start(); // a name of its own ("and Velna offered"), even no actor
                if (own != null || lex.articles.contains(toks.get(from + 1).lower())
                        || mentions.stream().anyMatch(m -> m.start() >= own0 && m.end() <= at)) {
                    return own;
                }
            }
            if (from > 0 && from < i && lex.subjectClauseOpeners.contains(toks.get(from - 1).lower())
                    && !Words.inside(objects, from)) {
                Actors.Actor own = names.clauseSubject(a, text, toks, from, i, at, mentions, quotes);
                if (own != null) {
                    return own;
                }
            }
            if (from == i || lex.coordinators.contains(opener)) {
                from = 0;
            }
            for (int k = from; k < i; k++) {
                Words.Tok t = toks.get(k);
                if (Words.inside(objects, k)) {
                    continue;
                }
                Actors.Actor x = names.nameAt(a, lex, text, t, at, mentions, quotes, "any");
                if (x != null) {
                    return x;
                }
                String kind = Words.inside(quotes, t.start()) ? null : lex.pronouns.get(t.lower());
                kind = "short".equals(kind) && people.gendered(t.lower()) && k + 1 < i
                        && lex.roleGroups.containsKey(toks.get(k + 1).lower()) ? "person" : kind; // "his government"
                if ("person".equals(kind) || "any".equals(kind) || "thing".equals(kind)) {
                    for (int j = 0; j < k; j++) {
                        Actors.Actor y = Words.inside(objects, j) ? null
                                : names.nameAt(a, lex, text, toks.get(j), at, mentions, quotes, kind);
                        if (y != null && people.agrees(t.lower(), y)) {
                            return y;
                        }
                    }
                    return "person".equals(kind) ? people.of(t.lower()) : "thing".equals(kind) ? lastThing
                            : last != null && last.person() && !people.agrees(t.lower(), last) ? people.of(t.lower()) : last;
                }
            }
            if (from == 0 || n == 0 && StanceContext.nounSubject(lex, text, toks, from, i)) {
                break;
            }
        }
        return null;
    }

    /**
     * The actor a subject pronoun right before the stance word stands for (only auxiliaries and negations between:
     * "told the court he had never accepted …"): the first name of its kind earlier in the sentence, else the last
     * one named before.
     */
    private Actors.Actor pronounSubject(AnnotatedArticle a, StanceLexicon lex, String text, List<Words.Tok> toks, int k,
                                        int at, List<EntityMention> mentions, List<int[]> quotes, String kind,
                                        PersonAntecedents people, Actors.Actor lastThing) {
        for (int j = 0; j < k; j++) {
            Actors.Actor y = names.nameAt(a, lex, text, toks.get(j), at, mentions, quotes, kind);
            if (y != null && people.agrees(toks.get(k).lower(), y)) {
                return y;
            }
        }
        return "person".equals(kind) ? people.of(toks.get(k).lower()) : lastThing;
    }
}
