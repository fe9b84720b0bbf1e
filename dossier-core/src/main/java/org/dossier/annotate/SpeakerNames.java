package org.dossier.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;

/**
 * Turns a speaker phrase into an {@link Attribution}: the person, organisation or place it names (a surname
 * completed to the full name the article used), or the description of an unnamed speaker, continued by a
 * later definite description with the same head noun ("a US official" … "the official said").
 */
final class SpeakerNames {
    private final AnnotatedText doc;
    private final QuoteRules rules;
    private final List<String> descriptions = new ArrayList<>();

    SpeakerNames(AnnotatedText doc, QuoteRules rules) {
        this.doc = doc;
        this.rules = rules;
    }

    /** Whether the token range [from, to) holds a person or organisation mention or a speaker pronoun. */
    boolean namesSomeone(int[] np) {
        if (np[1] <= np[0]) {
            return false;
        }
        List<TaggedToken> toks = doc.toks();
        if (np[1] - np[0] == 1 && rules.pronouns.containsKey(toks.get(np[0]).lower())) {
            return true;
        }
        int from = toks.get(np[0]).begin();
        int to = toks.get(np[1] - 1).end();
        return last(from, to, EntityType.PERSON.label()) != null || last(from, to, EntityType.ORGANIZATION.label()) != null;
    }

    void remember(Attribution a) {
        if (a.speaker() == null && a.description() != null && !descriptions.contains(a.description())) {
            descriptions.add(a.description());
        }
    }

    /** The attribution of the phrase [from, to); {@code apposed} is a name given just after it, or null. */
    Attribution describe(int from, int to, String apposed) {
        String phrase = doc.text().substring(from, to);
        String particled = rules.lemmas ? ApposedNames.withParticles(doc, phrase.strip(), from) : null;
        if (particled != null) {
            return new Attribution(particled, null); // "de Smet said" after "Pieter de Smet"
        }
        EntityMention countryman = rules.lemmas ? RoleMentions.personByNationality(doc, phrase, from) : null;
        if (countryman != null) {
            return new Attribution(fullName(countryman), phrase.strip()); // "the Dane replied"
        }
        EntityMention person = speakingPerson(from, to);
        if (person != null) {
            String role = doc.text().substring(from, person.start()).strip();
            if (rules.lemmas && Phrases.endsWithDescriptionLink(role)) {
                return new Attribution(null, phrase.strip()); // "a source close to Nadia Rowe": not Nadia Rowe
            }
            if (role.matches("(?s).*\\s(for|of)$")) {
                role = phrase.strip(); // "a spokeswoman for Brakefield": the whole phrase describes who speaks
            } else {
                role = NameForms.withoutTrailingHonorifics(rules, role); // "Halvex's head of research, Dr."
            }
            return new Attribution(fullName(person), role.isEmpty() || NameForms.isHonorific(rules, role) ? null : role);
        }
        if (apposed != null) {
            return new Attribution(apposed, phrase);
        }
        if (rules.lemmas && GivenNames.isPlainGivenName(phrase.strip())) {
            return new Attribution(FirstNames.personOf(doc, rules, phrase.strip()), null); // "Tom, a 52-year-old …"
        }
        String surname = surnameAfterHonorific(phrase, from);
        if (surname != null) {
            return new Attribution(surname, null);
        }
        EntityMention commaPerson = ApposedNames.afterComma(doc, rules, to);
        if (commaPerson != null) {
            return new Attribution(fullName(commaPerson), phrase);
        }
        EntityMention org = last(from, to, EntityType.ORGANIZATION.label());
        String titledName = org != null && org.end() == to ? NameForms.titledPerson(rules, org.text()) : null;
        if (titledName != null) {
            return new Attribution(titledName, null); // "says Chief Executive Ngozi Adeyemi-Bello", typed an organisation
        }
        if (org != null && org.end() == to) {
            String name = rules.lemmas ? withoutCompanyNoun(org) : org.text();
            return new Attribution(name, org.text().equals(phrase) && name.equals(org.text()) ? null : phrase);
        }
        EntityMention place = last(from, to, EntityType.LOCATION.label());
        if (place != null && stripDeterminer(phrase).equals(place.text())) {
            return new Attribution(place.text(), null);
        }
        EntityMention misc = rules.lemmas ? last(from, to, EntityType.MISC.label()) : null;
        if (misc != null && stripDeterminer(phrase).equals(misc.text()) && NameForms.isOrganisationName(misc.text())) {
            return new Attribution(misc.text(), null); // "the Westmark Football League said", typed MISC
        }
        EntityMention named = place != null ? place : org;
        if (named != null && named.end() == to && isBodyOf(stripDeterminer(phrase), named)) {
            return new Attribution(stripDeterminer(phrase), null);
        }
        if (named != null && named.end() < to && BODIES.contains(head(phrase))) {
            return new Attribution(stripDeterminer(phrase), null); // "the Valmoran foreign ministry said"
        }
        String earlier = continued(phrase);
        if (rules.lemmas && earlier.equals(phrase)) {
            EntityMention body = RoleMentions.organisationFor(doc, phrase, from);
            if (body != null) {
                return new Attribution(stripDeterminer(body.text()), phrase.strip()); // "the board said"
            }
            EntityMention titled = RoleMentions.personFor(doc, phrase, from);
            if (titled == null) {
                titled = RoleMentions.personNamedNext(doc, phrase, to); // "its chief executive" named just after
            }
            if (titled != null) {
                return new Attribution(fullName(titled), phrase.strip()); // "the minister" named before
            }
            EntityMention elsewhere = namedElsewhere(phrase.strip());
            if (elsewhere != null) { // ""…," Chirrup wrote": a name the model tagged elsewhere in the article
                return new Attribution(EntityType.PERSON.is(elsewhere.type()) ? fullName(elsewhere) : elsewhere.text(),
                        null);
            }
            if (isUntaggedName(from, to)) {
                return new Attribution(NameForms.withoutHonorifics(rules, phrase.strip()), null); // a name the model did not tag
            }
        }
        if (!rules.lemmas) {
            EntityMention renamed = definiteRoleOfNamed(phrase, from);
            if (renamed != null) {
                return new Attribution(fullName(renamed), phrase.strip());
            }
        }
        return new Attribution(null, earlier);
    }

    /**
     * An organisation's name without the company noun a tagger took into it ("Developer Hartland Homes", "Confectioner
     * Brightwells": {@code company-nouns.txt}), where the mention opens its sentence (the noun's capital says nothing
     * there); the name itself otherwise.
     */
    private String withoutCompanyNoun(EntityMention org) {
        String[] w = org.text().strip().split("\\s+", 2);
        boolean opens = doc.sentences().stream().anyMatch(s -> s.start() == org.start());
        return opens && w.length == 2 && RoleMentions.isCompanyNoun(w[0]) && Character.isUpperCase(w[1].charAt(0))
                ? w[1] : org.text();
    }

    /** A person or organisation mention elsewhere in the article with exactly the text {@code phrase}, or null. */
    private EntityMention namedElsewhere(String phrase) {
        for (EntityMention e : doc.entities()) {
            if (e.text().equals(phrase) && (EntityType.PERSON.is(e.type()) || EntityType.ORGANIZATION.is(e.type()))) {
                return e;
            }
        }
        return null;
    }

    /**
     * Read on English tags, whether [from, to) is one to four proper nouns that no entity covers and that do not
     * open their sentence (where a capital says nothing): a name the model left untagged.
     */
    private boolean isUntaggedName(int from, int to) {
        List<TaggedToken> toks = doc.toks();
        int first = -1;
        int n = 0;
        for (int i = 0; i < toks.size() && toks.get(i).begin() < to; i++) {
            TaggedToken t = toks.get(i);
            if (t.begin() < from) {
                continue;
            }
            if (!t.pos().startsWith("NNP") || !Character.isUpperCase(t.word().charAt(0))
                    || rules.calendarWords.contains(t.lower()) || rules.pronouns.containsKey(t.lower())) {
                return false;
            }
            first = first < 0 ? i : first;
            n++;
        }
        return n >= 1 && n <= 4 && first > 0 && toks.get(first - 1).sentence() == toks.get(first).sentence()
                && doc.entityAt(from) == null;
    }

    /**
     * The last person named in [from, to) who is not the possessor of what follows: in "Northline's engineering
     * director" (a model took the company for a person) no one in the phrase speaks.
     */
    private EntityMention speakingPerson(int from, int to) {
        EntityMention person = last(from, to, EntityType.PERSON.label());
        if (person == null || !doc.text().startsWith("'s", person.end())
                && !doc.text().startsWith("’s", person.end())) {
            return person;
        }
        EntityMention before = null;
        for (EntityMention e : doc.entities()) {
            if (EntityType.PERSON.is(e.type()) && e.start() >= from && e.end() < person.start()
                    && !doc.text().startsWith("'s", e.end()) && !doc.text().startsWith("’s", e.end())) {
                before = e;
            }
        }
        return before;
    }

    /**
     * Read by word forms, the person a definite role phrase names again ("sagte der Bundespräsident", "a ajouté
     * l'Italien", "añadió el técnico", "der 52-Jährige"): a definite article, at most one more word, and a role noun
     * (or, where only names are capitalised, a capitalised word) ending the phrase, after a person named in the
     * last paragraphs; else null.
     */
    private EntityMention definiteRoleOfNamed(String phrase, int from) {
        String[] w = phrase.strip().split("\\s+|(?<=['’])");
        if (w.length < 2 || w.length > 3 || !rules.definite.contains(w[0].toLowerCase(Locale.ROOT))) {
            return null;
        }
        String head = w[w.length - 1];
        boolean capitalisedHead = !rules.compounds && !head.isEmpty() && Character.isUpperCase(head.charAt(0));
        if (!rules.isRole(head) && !capitalisedHead) {
            return null;
        }
        int para = Math.max(0, doc.paragraphAt(from));
        int windowStart = doc.paragraphs().isEmpty() ? 0 : doc.paragraphs().get(Math.max(0, para - 2))[0];
        return lastPersonBefore(from, windowStart, n -> n.contains(" "));
    }

    /** Whether a person is named in [from, to). */
    boolean namesPerson(int from, int to) {
        return last(from, to, EntityType.PERSON.label()) != null;
    }

    /** "government of Valdoria": a speaking body of the named place or organisation ({@code speaking-bodies.txt}). */
    private static boolean isBodyOf(String phrase, EntityMention named) {
        String head = phrase.substring(0, Math.max(0, phrase.length() - named.text().length())).strip()
                .toLowerCase(Locale.ROOT);
        return head.endsWith(" of") && BODIES.contains(head.substring(0, head.length() - 3).strip());
    }

    private static final java.util.Set<String> BODIES = java.util.Set.copyOf(Lexicon.lines("speaking-bodies.txt"));


    /**
     * The person a bare surname, or an honorific and a surname, stands for ("Mr Garner", "Garner", "Frau Berg"):
     * the person named in full with that last word (earlier in the article first), else null.
     */
    private String surnameAfterHonorific(String phrase, int from) {
        String[] w = phrase.strip().split("\\s+");
        int i = 0;
        while (i < w.length - 1 && (rules.honorifics.contains(w[i].toLowerCase(Locale.ROOT))
                || i == 0 && rules.phraseWords.contains(w[i].toLowerCase(Locale.ROOT)))) {
            i++;
        }
        if (i != w.length - 1 || w[i].isEmpty() || !Character.isUpperCase(w[i].charAt(0))) {
            return null;
        }
        String gender = null;
        for (int k = 0; k < i && gender == null; k++) {
            gender = rules.honorificGenders.get(w[k].toLowerCase(Locale.ROOT));
        }
        return completed(w[i], from, gender);
    }

    /**
     * The full name a surname stands for: the first person named before {@code pos} with it after a first word (the
     * article's own person: a namesake named later, "Her son, Daniel Vance", is named in full each time; the name
     * is read up to the surname, so a mention a model ran on past the name still gives the name), else the first
     * such mention after; null when none.
     */
    private String completed(String surname, int pos, String gender) {
        String earlier = null;
        String later = null;
        for (EntityMention e : doc.entities()) {
            if (!EntityType.PERSON.is(e.type())) {
                continue;
            }
            String[] w = NameForms.withoutHonorifics(rules, e.text()).split("\\s+");
            for (int k = 1; k < w.length; k++) {
                if (w[k].equals(surname) && !(k == 1 && rules.lemmas && RoleMentions.isCompanyNoun(w[0]))) {
                    String name = String.join(" ", java.util.Arrays.asList(w).subList(0, k + 1));
                    String known = HonorificGenders.genderOf(rules, doc.text(), e, name);
                    if (gender != null && known != null && !known.equals(gender)) {
                        break; // "Mrs Marsh": not the man of that surname
                    }
                    name = HonorificGenders.named(rules, doc.text(), e, name);
                    if (e.start() < pos && earlier == null) {
                        earlier = name;
                    } else if (later == null) {
                        later = name;
                    }
                    break;
                }
            }
        }
        return earlier != null ? earlier : later;
    }

    /** An earlier unnamed speaker's description when {@code phrase} is a definite mention of the same kind. */
    private String continued(String phrase) {
        String lower = phrase.toLowerCase(Locale.ROOT);
        if (lower.startsWith("the ") || lower.startsWith("this ") || lower.startsWith("that ")) {
            String head = head(phrase);
            for (int i = descriptions.size() - 1; i >= 0; i--) {
                if (head(descriptions.get(i)).equals(head)) {
                    return descriptions.get(i);
                }
            }
        }
        return phrase;
    }

    /** A name standing alone right after a description: "said a spokesman. Jane Doe." */
    String apposedName(int endTok) {
        return ApposedNames.aloneAfter(doc, endTok);
    }

    boolean isPerson(String name) {
        return doc.entities().stream().anyMatch(e -> EntityType.PERSON.is(e.type()) && fullName(e).equals(name));
    }

    EntityMention lastPersonBefore(int pos, int from, java.util.function.Predicate<String> accept) {
        return lastPersonBefore(pos, from, accept, e -> false);
    }

    /** As above, passing over the mentions {@code skip} holds. */
    EntityMention lastPersonBefore(int pos, int from, java.util.function.Predicate<String> accept,
                                   java.util.function.Predicate<EntityMention> skip) {
        EntityMention best = null;
        for (EntityMention e : doc.entities()) {
            if (EntityType.PERSON.is(e.type()) && e.start() >= from && e.end() <= pos && accept.test(fullName(e))
                    && !isCalendarWord(e.text()) && !skip.test(e)) {
                best = e;
            }
        }
        return best;
    }

    /** A one-word name completed to the latest longer name ending with it (earlier first, else later). */
    String fullName(EntityMention person) {
        String name = NameForms.withoutHonorifics(rules, person.text());
        if (name.contains(" ")) {
            return HonorificGenders.named(rules, doc.text(), person, name);
        }
        String full = completed(name, person.start(), HonorificGenders.of(rules, doc.text(), person));
        String kin = full == null && rules.lemmas ? KinNames.surnameOf(doc, person) : null;
        if (kin != null) {
            return name + " " + kin; // "Mr Okonjo's wife, Chidinma,"
        }
        return full != null ? full : rules.lemmas ? FirstNames.personOf(doc, rules, name) : name;
    }

    /** A weekday or month name that a model took for a person ("Dienstag"). */
    private boolean isCalendarWord(String name) {
        return rules.calendarWords.contains(name.toLowerCase(Locale.ROOT));
    }


    /**
     * The last mention of {@code type} inside [from, to); a mention that began before {@code from} (a model that
     * took "Selon" into the name) counts with its part inside the range.
     */
    private EntityMention last(int from, int to, String type) {
        EntityMention best = null;
        for (EntityMention e : doc.entities()) {
            if (e.type().equals(type) && e.start() >= from && e.end() <= to) {
                best = e;
            } else if (e.type().equals(type) && e.start() < from && e.end() > from && e.end() <= to
                    && Character.isWhitespace(doc.text().charAt(from - 1))) {
                best = new EntityMention(doc.text().substring(from, e.end()), e.type(), from, e.end());
            }
        }
        return best;
    }

    private static String stripDeterminer(String phrase) {
        return phrase.replaceFirst("(?i)^(the|a|an)\\s+", "");
    }

    private static String head(String phrase) {
        String[] w = phrase.toLowerCase(Locale.ROOT).split("\\s+");
        return w[w.length - 1];
    }
}
