package org.dossier.synthesize.positions;

import java.util.List;

/**
 * What the words after a stance word make of it, for {@link StanceReader}, rules as data per language: a later
 * stance word inside a directive's content with an addressee or subject of its own ("demanded that the government
 * accept …", "urged the council to reject …") is part of that content, no position of its own; an idiom of resolve
 * ("will not rest until …", {@code resolve-idioms.txt}) commits to what follows, no refusal; a rejected or denied
 * claim ("denied reports that …", {@code claim-nouns.txt}) denies the claim's content; a demand's addressee with
 * its own clause ("pidió a los bancos que suspendan …", {@code addressees.txt}) is that clause's subject.
 */
final class Complements {
    private static final String BREAKS = ",;:.!?()[]\u2013\u2014";
    /** The most tokens between a demand and the link that ends its addressee. */
    private static final int MAX_ADDRESSEE = 6;

    /** How the words between a directive stance word and a later stance word read. */
    enum Between {
        /** a clause break, stop word or coordinator: the later word opens a clause of its own */
        BROKEN,
        /** a name or noun: the addressee or subject of what the directive asks for */
        ADDRESSEE,
        /** only a subject pronoun: the later word is the directive's content unless the pronoun is its own actor */
        PRONOUN,
        /** only complement markers, negations and function words ("wants to reject"): the same actor's stance */
        NONE
    }

    /** A stance word's content as read: the stance it states (a denied claim denies) and its propositions. */
    record Content(String stance, List<String> propositions) {}

    /** Stances that, with a claim for object ("rejected claims that …"), deny the claim's content. */
    private static final java.util.Set<String> DENYING = java.util.Set.of("rejects", "denies");
    /** Tokens at most of a claim's owner between the claim noun and its link ("le accuse della società, secondo cui"). */
    private static final int MAX_CLAIM_OWNER = 6;

    private Complements() {}

    /**
     * The content of stance {@code stance} whose object starts at token {@code after}: a denied claim's content, a
     * directive's addressee with its clause, else the propositions {@link Propositions#all} reads.
     */
    static Content of(StanceLexicon lex, String text, List<Words.Tok> toks, int after, int limit, Propositions props,
                      String stance) {
        int claim = DENYING.contains(stance) ? claimContent(lex, toks, props.afterTimes(toks, after, limit)) : -1;
        if (claim >= 0) {
            return new Content("denies", props.all(toks, claim, limit));
        }
        String addressed = StanceLexicon.DIRECTIVE.contains(stance) ? addressed(lex, text, toks, after, limit, props)
                : null;
        return new Content(stance, addressed != null ? List.of(addressed) : props.all(toks, after, limit));
    }

    /**
     * The words between a directive stance word ending at token {@code end} and a later stance word at {@code i}.
     * A comma right after the directive word opens its content ("forderte, dass …").
     */
    static Between between(StanceLexicon lex, List<Words.Tok> toks, int end, int i) {
        boolean pronoun = false;
        boolean own = false;
        for (int k = end; k < i; k++) {
            String w = toks.get(k).lower();
            if (toks.get(k).isQuoteMark() || k == end && w.equals(",")) {
                continue;
            }
            if (BREAKS.contains(w) || lex.stops.contains(w) || lex.coordinators.contains(w)
                    || lex.conditionals.contains(w)) {
                return Between.BROKEN;
            }
            String kind = lex.pronouns.get(w);
            if ("person".equals(kind) || "any".equals(kind) || "thing".equals(kind) || lex.firstPerson.contains(w)) {
                pronoun = true;
            } else if (lex.isContent(w) && !lex.negations.contains(w) && !lex.markers.contains(w)
                    && !lex.pronouns.containsKey(w)) {
                own = true;
            }
        }
        return own ? Between.ADDRESSEE : pronoun ? Between.PRONOUN : Between.NONE;
    }

    /** Whether a first-person pronoun stands between tokens {@code end} and {@code i} (in a quote: the speaker). */
    static boolean firstPersonBetween(StanceLexicon lex, List<Words.Tok> toks, int end, int i) {
        for (int k = end; k < i; k++) {
            if (lex.firstPerson.contains(toks.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The idiom of resolve starting at token {@code i} ("will not rest until"), or null; {@code quoted}: inside a
     * quote, where an idiom of kind {@code first-person} ("no descansaremos hasta") carries its own subject.
     */
    static StanceLexicon.Phrase resolve(StanceLexicon lex, List<Words.Tok> toks, int i, boolean firstPerson) {
        StanceLexicon.Phrase p = StanceLexicon.match(StanceLexicon.kind(lex.resolves, "idiom"), toks, i);
        if (p == null && firstPerson) {
            p = StanceLexicon.match(StanceLexicon.kind(lex.resolves, "first-person"), toks, i);
        }
        return p;
    }

    /**
     * Where the content of a rejected or denied claim starts when the stance word's object at token {@code from}
     * is a claim noun and its link ("reports that …", "claims that …"; an article before the noun skipped, and a few
     * words of the claim's owner opened by an {@code owner} word of {@code claim-nouns.txt}: "le accuse della
     * società, secondo cui …"): the token after the link, else -1.
     */
    static int claimContent(StanceLexicon lex, List<Words.Tok> toks, int from) {
        int k = from;
        if (k < toks.size() && lex.articles.contains(toks.get(k).lower())) {
            k++;
        }
        StanceLexicon.Phrase noun = k < toks.size() ? StanceLexicon.match(StanceLexicon.kind(lex.claims, "noun"), toks, k)
                : null;
        if (noun == null) {
            return -1;
        }
        k += noun.words().size();
        int owner = k < toks.size() && StanceLexicon.at(lex.claims, "owner", toks, k) ? k : -1;
        for (int j = owner; j >= 0 && j <= owner + MAX_CLAIM_OWNER && j < toks.size(); j++) {
            int content = claimLink(lex, toks, j);
            if (content >= 0) {
                return content;
            }
        }
        return claimLink(lex, toks, k);
    }

    /** The token after a claim link at token {@code k} ("that", ", wonach"), else -1. */
    private static int claimLink(StanceLexicon lex, List<Words.Tok> toks, int k) {
        StanceLexicon.Phrase link = k < toks.size()
                ? StanceLexicon.match(StanceLexicon.kind(lex.claims, "link"), toks, k) : null;
        return link == null ? -1 : k + link.words().size();
    }

    /**
     * A demand's content when its object at token {@code from} is an addressee with a clause of its own: a listed
     * preposition ("a", "al", "aux"), the addressee, then a link ("que" dropped, "a"/"de" kept: "bancos suspendan
     * las hipotecas", "vecinos a abandonar sus casas"); or, where the language has particles, the addressee right
     * after the verb ended by a particle and a comma ("forderte die Banken auf, …": "Banken, Kredite auszusetzen").
     * Null when the words do not read so.
     */
    static String addressed(StanceLexicon lex, String text, List<Words.Tok> toks, int from, int limit,
                            Propositions props) {
        int k = from;
        boolean to = k < toks.size() && StanceLexicon.at(lex.addressees, "to", toks, k);
        if (to) {
            k++;
        } else if (StanceLexicon.kind(lex.addressees, "particle").isEmpty()) {
            return null;
        }
        int first = k < toks.size() && lex.articles.contains(toks.get(k).lower()) ? k + 1 : k;
        for (int j = first; j < Math.min(toks.size(), first + MAX_ADDRESSEE) && toks.get(j).end() <= limit; j++) {
            Words.Tok t = toks.get(j);
            if (j > first && to && (StanceLexicon.at(lex.addressees, "drop", toks, j) || keptLink(lex, t))) {
                boolean keep = !StanceLexicon.at(lex.addressees, "drop", toks, j);
                boolean glued = keep && !StanceLexicon.at(lex.addressees, "keep", toks, j);
                String rest = props.after(toks, keep ? j + (glued ? 0 : 1) : j + 1, limit);
                String link = !keep ? "" : glued // the elided link the proposition leaves out: "d'envoyer"
                        ? text.substring(t.start(), t.start() + Words.elidedMarker(lex.markers, t))
                        : text.substring(t.start(), t.end()) + " ";
                return rest == null ? null : span(text, toks, first, j - 1) + " " + link + rest;
            }
            if (j > first && !to && StanceLexicon.at(lex.addressees, "particle", toks, j) && j + 1 < toks.size()
                    && toks.get(j + 1).lower().equals(",")) {
                String rest = props.after(toks, j + 1, limit);
                return rest == null ? null : span(text, toks, first, j - 1) + ", " + rest;
            }
            if (!t.isWord() || StanceLexicon.match(lex.clausePhrases, toks, j) != null || lex.stops.contains(t.lower())
                    && !StanceLexicon.at(lex.addressees, "drop", toks, j)) {
                return null;
            }
        }
        return null;
    }

    /**
     * Whether an addressee and "to" with a verb follow from token {@code from} ("the government to release …"): up to
     * {@value #MAX_ADDRESSEE} words (an article first, then words of a name or lower-case nouns, no function word),
     * "to" (the language's addressee link of kind "infinitive" in {@code writing.txt}), and a lower-case word that is no
     * function word.
     */
    static boolean addresseeThenTo(StanceLexicon lex, String text, List<Words.Tok> toks, int from, int limit) {
        int k = from < toks.size() && lex.articles.contains(toks.get(from).lower()) ? from + 1 : from;
        int words = 0;
        for (; k < toks.size() && toks.get(k).end() <= limit && words <= MAX_ADDRESSEE; k++) {
            Words.Tok t = toks.get(k);
            if (t.lower().equals(lex.infinitiveLink) && words > 0) {
                Words.Tok verb = k + 1 < toks.size() ? toks.get(k + 1) : null;
                return verb != null && verb.end() <= limit && verb.isWord()
                        && Character.isLowerCase(text.charAt(verb.start())) && !lex.functionWords.contains(verb.lower());
            }
            if (!t.isWord() && !t.lower().equals("'") || lex.functionWords.contains(t.lower())
                    && !t.lower().endsWith("'s")) {
                return false;
            }
            words++;
        }
        return false;
    }

    /** An infinitive link kept in the content: a listed word, or one written onto its verb ("d'accepter"). */
    private static boolean keptLink(StanceLexicon lex, Words.Tok t) {
        for (String w : StanceLexicon.kind(lex.addressees, "keep").keySet()) {
            if (t.lower().equals(w) || w.endsWith("'") && t.lower().startsWith(w) && t.lower().length() > w.length() + 2) {
                return true;
            }
        }
        return false;
    }

    private static String span(String text, List<Words.Tok> toks, int first, int last) {
        return text.substring(toks.get(first).start(), toks.get(last).end()).replaceAll("\\s+", " ");
    }

    /**
     * A possessed demand's content with its subject pronoun named: in "Ecuador rejected Peru's demand that it
     * withdraw", "it" is the sentence's earlier actor, the one the demand is made of ("Ecuador withdraw …"), not the
     * one who demands. Unchanged when the content opens with no pronoun of that actor's kind, or the two are one.
     */
    static String subjectNamed(StanceLexicon lex, String prop, Actors.Actor rejecter, Actors.Actor owner) {
        int space = prop.indexOf(' ');
        if (rejecter == null || rejecter.equals(owner) || space < 0) {
            return prop;
        }
        String kind = lex.pronouns.get(prop.substring(0, space).toLowerCase(java.util.Locale.ROOT));
        boolean fits = rejecter.person() ? "person".equals(kind) : "thing".equals(kind) || "any".equals(kind);
        return fits ? rejecter.name() + prop.substring(space) : prop;
    }
}
