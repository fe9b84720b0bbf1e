package org.dossier.synthesize.positions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.model.StoryDossier.Entity;
import org.dossier.model.EntityLookup;

/**
 * Who holds a stance read in a sentence: the subject of the stance word's clause, taken as the first name in the
 * clause (else in the sentence) before the stance word that can be a subject — a person, an organisation, or a
 * place that stands for a country (a listed one, or a place whose adjective the story uses) — and is neither after a preposition ("talks with the USA"), possessive
 * ("Russia's deputy minister …"), a modifier of the person named next ("Russia's OSCE ambassador Alexander
 * Lukasevich"; not across a sentence end), an outlet or agency, nor inside a quote. Names are the resolved entities' canonical names, a
 * capital or seat of government becomes its country.
 */
final class Actors {
    /** An actor: the name shown, the side it speaks for (a country, or null when unknown), a person or not. */
    record Actor(String name, String side, boolean person) {}

    /**
     * A sentence end between an organisation and the person after it (a line break, or a word of lower-case
     * letters ending in a full stop: "The defence wants an acquittal. Mara Olsen …"): no modifier of that person.
     */
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("\n|\\p{Ll}{2,}[.!?]\\s");

    private final EntityLookup index;
    private final Set<String> sources;

    Actors(EntityLookup index, Set<String> sources) {
        this.index = index;
        this.sources = sources;
    }

    /** The story's resolved entities. */
    EntityLookup index() {
        return index;
    }

    /**
     * The actor a mention in an article denotes, or null when it cannot hold a position. A mention the tagger
     * calls MISC is an actor when the story's resolved entity is an organisation or person (a party tagged MISC
     * in one article, "Social Democrats", and resolved as the organisation).
     */
    Actor of(String article, EntityMention m) {
        if (ActorNouns.COLLECTIVE.equals(m.type())) {
            return new Actor(m.text().strip(), Countries.named(m.text()), false);
        }
        Entity e = index.within(article, m.start(), m.end());
        String name = e != null ? e.name() : m.text().strip();
        String type = ActorNouns.BODY.equals(m.type()) ? EntityType.ORGANIZATION.name() : e != null ? e.type() : m.type();
        if (EntityType.MISC.is(m.type()) && (e == null || EntityType.MISC.is(type))) {
            return null;
        }
        if (sources.contains(name.toLowerCase(java.util.Locale.ROOT))
                || sources.contains(m.text().strip().toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        String country = Countries.of(name);
        if (country == null) {
            country = Countries.of(m.text());
        }
        if (country != null) {
            return new Actor(country, country, false);
        }
        if (EntityType.LOCATION.is(type)) {
            return polity(e) ? new Actor(name, name, false) : null;
        }
        boolean person = EntityType.PERSON.is(type);
        return new Actor(name, person ? side(e) : Countries.named(name), person);
    }

    /**
     * Whether a place the country list does not know stands for a polity that can hold a position: the story
     * derives an adjective from its name ("Kardovian exporters" of Kardovia), as it does of countries and regions,
     * seldom of the towns talks are held in.
     */
    private static boolean polity(Entity e) {
        return e != null && !e.attributes().isEmpty();
    }

    /** The actor a quote's speaker names, or null. */
    Actor speaker(String speaker) {
        if (speaker == null || speaker.isBlank()) {
            return null;
        }
        Entity e = index.find(speaker);
        String name = e != null ? e.name() : speaker.strip();
        String country = Countries.of(name);
        if (country != null) {
            return new Actor(country, country, false);
        }
        boolean person = e == null || EntityType.PERSON.is(e.type());
        return new Actor(name, person ? side(e) : Countries.named(name), person);
    }

    /** The country an unnamed speaker's description names ("a US government official" speaks for the US), or null. */
    Actor described(String description) {
        String country = Countries.named(description);
        return country == null ? null : new Actor(country, country, false);
    }

    /** The country a person's roles name, or null. */
    private static String side(Entity e) {
        if (e == null) {
            return null;
        }
        for (String role : e.roles()) {
            String c = Countries.named(role);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /**
     * Whether a name other than a person's stands in the apposition after a person's name, as part of the role
     * ("Dana Holm, Nordrail's HR chief, said"; "X, the BBC director,"): a comma and "the" or a possessive between the
     * person and the name, and a lower-case word other than a coordinator right after the name.
     */
    private static boolean inApposition(String text, EntityMention m, List<EntityMention> all, StanceLexicon lex) {
        if (EntityType.PERSON.is(m.type())) {
            return false;
        }
        java.util.regex.Matcher next = java.util.regex.Pattern.compile("^\\s+(\\p{Ll}+)")
                .matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 30)));
        if (!next.find() || lex.coordinators.contains(next.group(1)) || lex.listCoordinators.contains(next.group(1))) {
            return false;
        }
        for (EntityMention o : all) {
            if (o != m && EntityType.PERSON.is(o.type()) && o.end() <= m.start() && m.start() - o.end() <= 40) {
                String between = text.substring(o.end(), m.start());
                if (between.matches(",\\s*(?:the|[\\p{L}.\\-]+['\u2019]s)\\s+")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a stretch between two names holds a coordinator ("the TLU union and Mara Olsen"): no modifier. */
    private static boolean coordinated(StanceLexicon lex, String between) {
        for (String w : between.toLowerCase(java.util.Locale.ROOT).strip().split("\\s+")) {
            if (lex.coordinators.contains(w) || lex.listCoordinators.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The second subject of a coordinated pair right before the stance word at {@code i} ("The TLU union and the
     * Harnby port authority agreed on …": the authority too), or null: a name ending right before the stance word
     * (only function words, negations and -ly adverbs between), an article and a list coordinator before it, and
     * {@code first}'s name before that.
     */
    Actor coordinated(String article, StanceLexicon lex, String text, List<Words.Tok> toks, int i,
                      List<EntityMention> mentions, Actor first) {
        int k = i - 1;
        while (k > 0 && (lex.functionWords.contains(toks.get(k).lower()) || lex.negations.contains(toks.get(k).lower())
                || toks.get(k).lower().endsWith("ly") && toks.get(k).lower().length() > 4)) {
            k--;
        }
        int end = toks.get(k).end();
        EntityMention second = mentions.stream().filter(m -> m.end() == end).findFirst().orElse(null);
        if (first == null || second == null) {
            return null;
        }
        List<Words.Tok> before = Words.of(text, Math.max(0, second.start() - 30), second.start());
        int j = before.size() - 1;
        if (j >= 0 && lex.articles.contains(before.get(j).lower())) {
            j--;
        }
        if (j < 1 || !lex.listCoordinators.contains(before.get(j).lower())) {
            return null;
        }
        int joint = before.get(j).start();
        boolean firstBefore = mentions.stream().anyMatch(m -> m.end() <= joint && joint - m.end() <= 25
                && first.equals(of(article, m)));
        Actor x = of(article, second);
        return firstBefore && x != null && !x.equals(first) ? x : null;
    }

    /**
     * Whether a stretch between a name and the person after it holds a stance word or a word that ends a content
     * clause ("The opposition demanded that Brandt's government …"): a clause of its own, no modifier of that person.
     */
    private static boolean clauseBetween(StanceLexicon lex, String between) {
        List<Words.Tok> toks = Words.of(between, 0, between.length());
        for (int k = 0; k < toks.size(); k++) {
            if (lex.stops.contains(toks.get(k).lower()) || StanceLexicon.match(lex.clausePhrases, toks, k) != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether a mention may be a subject: not after a non-subject word, not possessive, not inside [quotes]. */
    /** A title in capitals between a body's name and a person in apposition after a comma ("Secretary-General, "). */
    private static final java.util.regex.Pattern TITLED_APPOSITION = java.util.regex.Pattern.compile(
            "\\s+\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,2},\\s+");

    static boolean subjectLike(String text, EntityMention m, List<EntityMention> all, StanceLexicon lex,
                               List<int[]> quotes) {
        for (int[] q : quotes) {
            if (q[0] <= m.start() && m.end() <= q[1]) {
                return false;
            }
        }
        List<Words.Tok> before = new ArrayList<>(Words.of(text, Math.max(0, m.start() - 40), m.start()));
        while (!before.isEmpty() && (before.get(before.size() - 1).isQuoteMark()
                || lex.nounOpeners.contains(before.get(before.size() - 1).lower()))) {
            before.remove(before.size() - 1);
        }
        if (!before.isEmpty() && lex.nonSubject.contains(before.get(before.size() - 1).lower())) {
            return false;
        }
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 2));
        if (after.startsWith("'s") || after.startsWith("\u2019s") || after.startsWith("'") || after.startsWith("\u2019")) {
            return false;
        }
        if (inApposition(text, m, all, lex) || ActorNouns.modifiesOrganisation(lex, text, m, all)
                || ActorNouns.endsLongerName(lex, text, m, all)) {
            return false;
        }
        for (EntityMention o : all) {
            if (o != m && EntityType.PERSON.is(o.type()) && !EntityType.PERSON.is(m.type()) && o.start() >= m.end()
                    && o.start() - m.end() <= 40) {
                String between = text.substring(m.end(), o.start());
                if (between.matches("[\\p{L}\\s.-]*") && between.strip().split("\\s+").length <= 4
                        && !SENTENCE_END.matcher(between).find() && !coordinated(lex, between)
                        && !clauseBetween(lex, between) || TITLED_APPOSITION.matcher(between).matches()) {
                    return false; // "Kremlin spokesman Dmitry Peskov", "The United Nations Secretary-General, Amara Osei"
                }
            }
        }
        return true;
    }
}
