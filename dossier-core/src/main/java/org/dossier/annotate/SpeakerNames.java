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
    private final List<String> descriptions = new ArrayList<>();

    SpeakerNames(AnnotatedText doc) {
        this.doc = doc;
    }

    void remember(Attribution a) {
        if (a.speaker() == null && a.description() != null && !descriptions.contains(a.description())) {
            descriptions.add(a.description());
        }
    }

    /** The attribution of the phrase [from, to); {@code apposed} is a name given just after it, or null. */
    Attribution describe(int from, int to, String apposed) {
        String phrase = doc.text().substring(from, to);
        EntityMention person = last(from, to, EntityType.PERSON.label());
        if (person != null) {
            String role = doc.text().substring(from, person.start()).strip();
            return new Attribution(fullName(person), role.isEmpty() ? null : role);
        }
        if (apposed != null) {
            return new Attribution(apposed, phrase);
        }
        EntityMention org = last(from, to, EntityType.ORGANIZATION.label());
        if (org != null && org.end() == to) {
            return new Attribution(org.text(), org.text().equals(phrase) ? null : phrase);
        }
        EntityMention place = last(from, to, EntityType.LOCATION.label());
        if (place != null && stripDeterminer(phrase).equals(place.text())) {
            return new Attribution(place.text(), null);
        }
        return new Attribution(null, continued(phrase));
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
        List<TaggedToken> toks = doc.toks();
        if (endTok + 1 >= toks.size() || !toks.get(endTok).word().equals(".")) {
            return null;
        }
        EntityMention e = doc.entityAt(toks.get(endTok + 1).begin());
        if (e == null || !EntityType.PERSON.is(e.type()) || e.start() != toks.get(endTok + 1).begin()) {
            return null;
        }
        int after = endTok + 1;
        while (after < toks.size() && toks.get(after).end() <= e.end()) {
            after++;
        }
        boolean alone = after >= toks.size() || toks.get(after).endsSentence();
        return alone ? e.text() : null;
    }

    boolean isPerson(String name) {
        return doc.entities().stream().anyMatch(e -> EntityType.PERSON.is(e.type()) && fullName(e).equals(name));
    }

    EntityMention lastPersonBefore(int pos, int from, java.util.function.Predicate<String> accept) {
        EntityMention best = null;
        for (EntityMention e : doc.entities()) {
            if (EntityType.PERSON.is(e.type()) && e.start() >= from && e.end() <= pos && accept.test(fullName(e))) {
                best = e;
            }
        }
        return best;
    }

    /** A one-word name completed to the latest longer name ending with it (earlier first, else later). */
    String fullName(EntityMention person) {
        if (person.text().contains(" ")) {
            return person.text();
        }
        String suffix = " " + person.text();
        String earlier = null;
        String later = null;
        for (EntityMention e : doc.entities()) {
            if (EntityType.PERSON.is(e.type()) && e.text().endsWith(suffix)) {
                if (e.start() < person.start()) {
                    earlier = e.text();
                } else if (later == null) {
                    later = e.text();
                }
            }
        }
        return earlier != null ? earlier : later != null ? later : person.text();
    }

    private EntityMention last(int from, int to, String type) {
        EntityMention best = null;
        for (EntityMention e : doc.entities()) {
            if (e.type().equals(type) && e.start() >= from && e.end() <= to) {
                best = e;
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
