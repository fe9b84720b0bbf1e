package org.dossier.resolve;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.model.EntityType;
import org.dossier.rules.RuleFiles;

/**
 * The type a non-person name has by its own words, whatever the tagger said: seats of government and institutions
 * are organisations ("Kremlin", "White House", "State Department"), named meetings are events ("Brussels Summit"),
 * a plural office word names a group of people, not a body ("EU Foreign Ministers"), venues and buildings are
 * places ("Halden Arena", {@code venue-heads.txt}), a name ending in a company word is a company whatever the
 * tagger said ("Halvorsen Robotics", {@link org.dossier.text.CompanyNames}), and so is one opening with a company word ("Maison
 * Vellerand", "Banco Olmedo", {@code company-openers.txt}), named festivals and prizes are events even when
 * read as places ("Marlow Film Festival"), parties are organisations ("Labour", "the Conservatives",
 * {@code party-families.txt}), a thing named by an institution word first or last is that institution ("Sûreté du
 * Québec", "Court of Appeal", "Seafarers' Guild"), and a known name has its
 * table type ({@link KnownNames}). Use it before the story's type votes are counted.
 */
final class TypeRules {
    private static final Set<String> INSTITUTION_NAMES = RuleFiles.words(TypeRules.class, "en", "institution-names.txt");
    private static final Set<String> INSTITUTION_HEADS = RuleFiles.words(TypeRules.class, "en", "institution-heads.txt");
    private static final Set<String> EVENT_HEADS = RuleFiles.words(TypeRules.class, "en", "event-heads.txt");
    private static final Set<String> COMPANY_OPENERS = RuleFiles.words(TypeRules.class, "en", "company-openers.txt");
    private static final Set<String> VENUE_HEADS = RuleFiles.words(TypeRules.class, "en", "venue-heads.txt");
    private static final List<List<String>> PARTIES = RuleFiles.table(TypeRules.class, "en", "party-families.txt");
    private static final Set<String> PARTY_FAMILIES = PARTIES.stream().map(r -> r.get(0).toLowerCase(Locale.ROOT))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> PARTY_NOUNS = PARTIES.stream().filter(r -> r.size() > 1 && r.get(1).equals("alone"))
            .map(r -> r.get(0).toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Returned for a name that is no entity at all. */
    static final String NONE = "";

    private TypeRules() {}

    /** The type a name of {@code tagged} type should have, {@link #NONE} to drop it, or {@code tagged} unchanged. */
    static String type(String name, String tagged) {
        String bare = name.strip().replaceFirst("(?i)^the\\s+", "");
        String lower = bare.toLowerCase(Locale.ROOT);
        List<String> words = List.of(lower.split("[\\s\\-]+"));
        String last = words.get(words.size() - 1);
        boolean person = EntityType.PERSON.is(tagged);
        KnownNames.Known known = KnownNames.byName(bare);
        if (known != null && (!person || words.size() == 1)) {
            return known.type();
        }
        if (VENUE_HEADS.contains(last) && (words.size() > 1 || !person)) {
            return EntityType.LOCATION.label();
        }
        if (words.size() > 1 && (org.dossier.text.CompanyNames.isHead(last) || COMPANY_OPENERS.contains(words.get(0)))) {
            return EntityType.ORGANIZATION.label();
        }
        if (person) {
            return tagged;
        }
        if (party(words, last)) {
            return EntityType.ORGANIZATION.label();
        }
        boolean institution = INSTITUTION_NAMES.contains(lower) || words.stream().anyMatch(INSTITUTION_HEADS::contains);
        if (!institution && words.size() > 1 && pluralOffice(last)) {
            return NONE;
        }
        if ((EntityType.ORGANIZATION.is(tagged) || EntityType.LOCATION.is(tagged) && words.size() > 1)
                && EVENT_HEADS.contains(last)) {
            return EntityType.MISC.label();
        }
        if (EntityType.LOCATION.is(tagged) && (INSTITUTION_NAMES.contains(lower) || INSTITUTION_HEADS.contains(last))) {
            return EntityType.ORGANIZATION.label();
        }
        if (EntityType.MISC.is(tagged) && words.size() > 1 && INSTITUTION_HEADS.contains(words.get(0))
                && !EVENT_HEADS.contains(last)) {
            return EntityType.ORGANIZATION.label(); // "Sûreté du Québec", "Court of Appeal": a body named by its head
        }
        if (EntityType.MISC.is(tagged) && words.size() > 1 && INSTITUTION_HEADS.contains(last)) {
            return EntityType.ORGANIZATION.label(); // "Seafarers' Guild", "Nurses' Union": a body named by its head
        }
        return tagged;
    }

    /** Whether a word is a political family's ("Conservative", "Liberal"): before a noun, an adjective. */
    static boolean partyFamily(String word) {
        return PARTY_FAMILIES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a word ends names of venues and buildings ("Arena", "Theatre"): those are places. */
    static boolean venueHead(String word) {
        return VENUE_HEADS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a name is an institution by its own words ("Congress", "Carvell District Court"). */
    static boolean institution(String name) {
        String lower = name.strip().replaceFirst("(?i)^the\\s+", "").toLowerCase(Locale.ROOT);
        return INSTITUTION_NAMES.contains(lower) || List.of(lower.split("[\\s\\-]+")).stream()
                .anyMatch(INSTITUTION_HEADS::contains);
    }

    /** A party: a family word as the whole name ("Labour"), or its plural ending it ("the Liberal Democrats"). */
    private static boolean party(List<String> words, String last) {
        return words.size() == 1 && PARTY_NOUNS.contains(last)
                || last.endsWith("s") && PARTY_FAMILIES.contains(last.substring(0, last.length() - 1))
                || last.endsWith("ies") && PARTY_FAMILIES.contains(last.substring(0, last.length() - 3) + "y");
    }

    private static boolean pluralOffice(String word) {
        return word.length() > 3 && word.endsWith("s") && TitleWords.TITLES.contains(word.substring(0, word.length() - 1));
    }
}
