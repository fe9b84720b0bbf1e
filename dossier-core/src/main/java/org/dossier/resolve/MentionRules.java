package org.dossier.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.rules.RuleFiles;

/**
 * The step of {@link NameResolver} between reading mentions and counting their types: adjectives and demonyms set
 * apart as attributes ({@link Adjectives}; a body's adjective before a noun too, "Social Democratic leader"), names retyped or dropped by their own words ({@link TypeRules}), one-word
 * names written as places typed so ({@link PlaceFrames}: "in Carvell"), names typed by the words around them
 * ({@link NameFrames}: "shares of Zentrix", "Carstow beat Wendham", "the cargo ship Marella Star"), named
 * happenings that never speak events ({@link HappeningNames}: "the Ridgeback Fire"), a tagger's fragment of a
 * longer name the story writes whole that name ({@link NameFragments}: "Cal" of "Cal Fire said"), a dateline's
 * place with its state's abbreviation the place and a product after its maker's name the product
 * ({@link NamedPlaceAndProduct}: "MADISON, Wis.", "Dairyland Foods Nutrimilk Gold"), and a
 * place cut of a leading regional adjective ("Central Asian Kazakhstan" is Kazakhstan; "Eastern Europe" and
 * "Caspian Sea" stay whole), an organisation cut of the office before "at" and of a member word after it ("Labour
 * MP").
 */
final class MentionRules {
    private static final Set<String> COMPASS = RuleFiles.words(MentionRules.class, "en", "compass-words.txt");
    private static final Set<String> PLACE_HEADS = RuleFiles.words(MentionRules.class, "en", "place-heads.txt");
    private static final Set<String> MEMBER_WORDS = RuleFiles.words(MentionRules.class, "en", "member-words.txt");

    /** The mentions kept as entity mentions, and the adjectival ones kept as attributes. */
    record Outcome(List<ResolvedMention> kept, List<ResolvedMention> attributes) {}

    private MentionRules() {}

    /** {@code texts}: article id to text; {@code lowerWords}: the words the story writes in lower case. */
    static Outcome apply(List<ResolvedMention> read, Map<String, String> texts, Set<String> lowerWords) {
        List<ResolvedMention> mentions = NamedPlaceAndProduct.apply(NameFragments.joined(read, texts));
        Set<String> places = new HashSet<>();
        for (ResolvedMention m : mentions) {
            if (EntityType.LOCATION.is(m.type())) {
                places.add(m.parts().name().toLowerCase(Locale.ROOT));
            }
        }
        Set<String> bodies = new HashSet<>();
        for (ResolvedMention m : mentions) {
            if (EntityType.ORGANIZATION.is(TypeRules.type(m.parts().name(), m.type()))) {
                bodies.add(m.parts().name());
            }
        }
        Set<String> framed = PlaceFrames.framed(mentions, texts);
        Map<String, String> named = NameFrames.framed(mentions, texts);
        HappeningNames happenings = new HappeningNames(mentions, texts);
        List<ResolvedMention> kept = new ArrayList<>();
        List<ResolvedMention> attributes = new ArrayList<>();
        for (ResolvedMention m : mentions) {
            String text = texts.getOrDefault(m.article(), "");
            boolean attributive = attributive(text, m.mention().end());
            String name = m.parts().name();
            if (EntityType.MISC.is(m.type()) && (Adjectives.adjectival(m.mention().text(), places, attributive,
                    lowerWords) || attributive && bodies.stream().anyMatch(b -> Adjectives.bodyForm(name, b)))) {
                attributes.add(m);
                continue;
            }
            m = withoutMemberWord(m);
            String type = TypeRules.type(m.parts().name(), m.type());
            if (type.equals(TypeRules.NONE)) {
                continue;
            }
            type = PlaceFrames.type(m, type, framed);
            type = NameFrames.type(m, type, named, framed);
            type = happenings.type(m, type);
            ResolvedMention typed = afterAt(type.equals(m.type()) ? m : m.retyped(type));
            kept.add(EntityType.LOCATION.is(type) ? withoutRegionalAdjective(typed, lowerWords) : typed);
        }
        return new Outcome(kept, attributes);
    }

    /**
     * An organisation read with the office before it ("Maritime Economics at Erasmus University") is the part
     * after "at": names of bodies do not hold a lower-case "at".
     */
    static ResolvedMention afterAt(ResolvedMention m) {
        EntityMention e = m.mention();
        int at = e.text().lastIndexOf(" at ");
        if (!EntityType.ORGANIZATION.is(m.type()) || at < 0 || e.end() - e.start() != e.text().length()) {
            return m;
        }
        String rest = e.text().substring(at + 4).strip();
        if (rest.isEmpty() || !Character.isUpperCase(rest.charAt(0))) {
            return m;
        }
        int start = e.end() - rest.length();
        return new ResolvedMention(m.article(), new EntityMention(rest, e.type(), start, e.end()),
                NameParts.of(rest, false), m.role());
    }

    /**
     * A name not read as a person that ends in a member word ("Labour MP", {@code member-words.txt}) is the body
     * without it.
     */
    static ResolvedMention withoutMemberWord(ResolvedMention m) {
        List<String> t = m.parts().tokens();
        if (EntityType.PERSON.is(m.type()) || t.size() < 2
                || !MEMBER_WORDS.contains(t.get(t.size() - 1).toLowerCase(Locale.ROOT))) {
            return m;
        }
        NameParts cutParts = m.parts().truncate(t.size() - 1);
        EntityMention e = m.mention();
        int at = e.text().indexOf(cutParts.name());
        EntityMention narrowed = at < 0 || e.end() - e.start() != e.text().length() ? e
                : new EntityMention(cutParts.name(), e.type(), e.start() + at, e.start() + at + cutParts.name().length());
        return new ResolvedMention(m.article(), narrowed, cutParts, m.role());
    }

    /** The mention stands right before a lower-case word ("Soviet republic"): it is used as an adjective. */
    static boolean attributive(String text, int end) {
        int i = end;
        if (i >= text.length() || text.charAt(i) != ' ') {
            return false;
        }
        i++;
        return i < text.length() && Character.isLowerCase(text.charAt(i));
    }

    /**
     * A place name of two or more words whose last adjective is a demonym ("Central Asian Kazakhstan") loses the
     * words up to it, unless what is left is a generic head ("Sea", "Republic") or a word the story writes in lower
     * case; compass words ("Eastern", "Central") are part of region names and never count as that adjective.
     */
    static ResolvedMention withoutRegionalAdjective(ResolvedMention m, Set<String> lowerWords) {
        List<String> t = m.parts().tokens();
        if (KnownNames.byName(m.parts().name()) != null) {
            // "Saudi Arabia" is a name of its own, not "Arabia" with an adjective
            return m;
        }
        int cut = -1;
        for (int i = 0; i < t.size() - 1; i++) {
            String w = t.get(i);
            if (!COMPASS.contains(w.toLowerCase(Locale.ROOT)) && KnownNames.byAdjective(w) != null) {
                cut = i;
            }
        }
        if (cut < 0) {
            return m;
        }
        List<String> rest = t.subList(cut + 1, t.size());
        String first = rest.get(0).toLowerCase(Locale.ROOT);
        if (PLACE_HEADS.contains(first) || rest.stream().anyMatch(w -> lowerWords.contains(w.toLowerCase(Locale.ROOT)))) {
            return m;
        }
        NameParts cutParts = m.parts().tail(cut + 1);
        EntityMention e = m.mention();
        int at = e.text().lastIndexOf(cutParts.name());
        EntityMention narrowed = at < 0 || e.end() - e.start() != e.text().length() ? e
                : new EntityMention(cutParts.name(), e.type(), e.start() + at, e.start() + at + cutParts.name().length());
        return new ResolvedMention(m.article(), narrowed, cutParts, m.role());
    }
}
