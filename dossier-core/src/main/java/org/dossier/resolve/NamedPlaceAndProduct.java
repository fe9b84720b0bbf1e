package org.dossier.resolve;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;

/**
 * Two mentions a tagger reads as one name: a place written with its state's abbreviation, as a dateline writes it
 * ("MADISON, Wis.", "Pinecrest, Calif."), is the place (the abbreviation is its state's, {@link KnownNames}); a
 * product named after its maker's name ("Dairyland Foods Nutrimilk Gold", where the story names the maker and the
 * product apart) is the product, MISC, no part of the organisation. Use it in {@link MentionRules} before names are
 * typed.
 */
final class NamedPlaceAndProduct {
    private NamedPlaceAndProduct() {}

    /** The mentions, each place cut of its state and each product cut of its maker. */
    static List<ResolvedMention> apply(List<ResolvedMention> mentions) {
        Set<String> bodies = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (ResolvedMention m : mentions) {
            String name = m.parts().name().toLowerCase(Locale.ROOT);
            names.add(name);
            if (EntityType.ORGANIZATION.is(TypeRules.type(m.parts().name(), m.type()))) {
                bodies.add(name);
            }
        }
        return mentions.stream().map(m -> product(withoutState(m), bodies, names)).toList();
    }

    /** "MADISON, Wis." is MADISON: a place, a comma and a state abbreviation of {@code state-abbreviations.txt}. */
    static ResolvedMention withoutState(ResolvedMention m) {
        EntityMention e = m.mention();
        int comma = e.text().lastIndexOf(',');
        if (EntityType.PERSON.is(m.type()) || comma <= 0 || e.end() - e.start() != e.text().length()
                || KnownNames.abbreviated(e.text().substring(comma + 1)) == null) {
            return m;
        }
        String place = e.text().substring(0, comma).strip();
        return new ResolvedMention(m.article(), new EntityMention(place, EntityType.LOCATION.label(), e.start(),
                e.start() + place.length()), NameParts.of(place, false), m.role());
    }

    /**
     * A name that opens with the whole name of an organisation the story names alone, the rest a name of two words or
     * more the story also writes alone and no body's name: the rest, a product (MISC).
     */
    static ResolvedMention product(ResolvedMention m, Set<String> bodies, Set<String> names) {
        List<String> t = m.parts().tokens();
        EntityMention e = m.mention();
        if (t.size() < 3 || EntityType.PERSON.is(m.type()) || e.end() - e.start() != e.text().length()) {
            return m;
        }
        for (int cut = t.size() - 1; cut >= 1; cut--) {
            String maker = String.join(" ", t.subList(0, cut)).toLowerCase(Locale.ROOT);
            NameParts rest = m.parts().tail(cut);
            int at = e.text().lastIndexOf(rest.name());
            // a product's name of two words or more, no body's ("Brackley Courier" keeps its "Courier")
            if (bodies.contains(maker) && names.contains(rest.name().toLowerCase(Locale.ROOT)) && at > 0
                    && rest.tokens().size() >= 2
                    && !EntityType.ORGANIZATION.is(TypeRules.type(rest.name(), EntityType.MISC.label()))) {
                return new ResolvedMention(m.article(), new EntityMention(rest.name(), EntityType.MISC.label(),
                        e.start() + at, e.end()), NameParts.of(rest.name(), false), null);
            }
        }
        return m;
    }
}
