package org.dossier.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.rules.RuleFiles;
import org.dossier.text.Dateline;

/**
 * Turns CoreNLP entity mentions into coarse-typed {@link EntityMention}s, repairing spans, joining fragments of a
 * longer name ({@link NameSpans}), completing a body's number and a species' epithet ({@link NameTails}), adding the given name the tagger left out of a person's ({@link GivenNames}), typing the names of an opening dateline as places (`datelinePlaces`), leaving out a describing word that opens it ("Neighbouring Corvania",
 * {@code name-descriptors.txt}), dropping pronouns, adding the hyphenated place names it missed ("Sainte-Odile-du-Lac",
 * {@link PlaceCompounds}) and the surnames the tagger missed of people named in full ({@link SurnameMentions}).
 */
public final class EntityExtractor {
    private static final Map<String, String> TYPES = loadTypes();
    /** Describing words a tagger takes into a name opening a sentence ("Neighbouring Corvania"), left out of it. */
    private static final Map<String, String> DESCRIPTORS = descriptors();

    private EntityExtractor() {}

    /** Entity mentions of an annotated document, with offsets into {@code text}. */
    public static List<EntityMention> extract(String text, List<CoreMap> mentions) {
        List<EntityMention> out = new ArrayList<>();
        for (CoreMap m : mentions) {
            String type = TYPES.get(m.get(CoreAnnotations.NamedEntityTagAnnotation.class));
            List<CoreLabel> toks = m.get(CoreAnnotations.TokensAnnotation.class);
            if (type == null || toks == null || toks.isEmpty() || isPronoun(toks)) {
                continue;
            }
            String described = toks.size() > 1 ? DESCRIPTORS.get(toks.get(0).word().toLowerCase(Locale.ROOT)) : null;
            if (described != null) {
                toks = toks.subList(1, toks.size());
                type = described.isEmpty() ? type : described;
            }
            out.addAll(repair(text, type, toks));
        }
        return SurnameMentions.added(text, PlaceCompounds.added(text,
                datelinePlaces(text, GivenNames.completed(text, NameTails.completed(text, NameSpans.joined(text, out))))));
    }

    /**
     * The names of a dateline opening the text ("MERIDAN, Orvane (Reuters) -") are places, whatever the tagger read
     * them as; the agency in its brackets is left as it is.
     */
    static List<EntityMention> datelinePlaces(String text, List<EntityMention> mentions) {
        int body = Dateline.bodyStart(text);
        if (body == 0) {
            return mentions;
        }
        int bracket = text.lastIndexOf('(', body);
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (EntityMention m : mentions) {
            boolean place = m.end() <= body && (bracket < 0 || m.end() <= bracket)
                    && !EntityType.LOCATION.is(m.type());
            out.add(place ? new EntityMention(m.text(), EntityType.LOCATION.label(), m.start(), m.end()) : m);
        }
        return out;
    }

    /** Splits a PERSON span whose last tokens name a country or state ("Pavel Orlov Russia"), and a word repeated. */
    static List<EntityMention> repair(String text, String type, List<CoreLabel> toks) {
        if (toks.size() > 1 && toks.stream().allMatch(t -> t.word().equals(toks.get(0).word()))) {
            List<EntityMention> each = new ArrayList<>();
            toks.forEach(t -> each.add(mention(text, type, t.beginPosition(), t.endPosition())));
            return each;
        }
        if (EntityType.PERSON.is(type) && toks.size() >= 3) {
            for (int cut = 2; cut < toks.size(); cut++) {
                int placeStart = toks.get(cut).beginPosition();
                int end = toks.get(toks.size() - 1).endPosition();
                if (CoreNlpLists.isPlace(text.substring(placeStart, end))) {
                    int personEnd = toks.get(cut - 1).endPosition();
                    return List.of(
                            mention(text, EntityType.PERSON.label(), toks.get(0).beginPosition(), personEnd),
                            mention(text, EntityType.LOCATION.label(), placeStart, end));
                }
            }
        }
        return List.of(mention(text, type, toks.get(0).beginPosition(), toks.get(toks.size() - 1).endPosition()));
    }

    private static EntityMention mention(String text, String type, int start, int end) {
        return new EntityMention(text.substring(start, end), type, start, end);
    }

    private static boolean isPronoun(List<CoreLabel> toks) {
        return toks.stream().allMatch(t -> t.tag() != null && t.tag().startsWith("PRP"));
    }

    private static Map<String, String> descriptors() {
        Map<String, String> out = new HashMap<>();
        for (String line : RuleFiles.lines(EntityExtractor.class, "en", "name-descriptors.txt")) {
            String[] f = line.split("\t+");
            out.put(f[0].strip().toLowerCase(Locale.ROOT), f.length > 1 ? f[1].strip() : "");
        }
        return Map.copyOf(out);
    }

    private static Map<String, String> loadTypes() {
        Map<String, String> m = new HashMap<>();
        for (String l : Lexicon.lines("entity-types.txt")) {
            String[] kv = l.split("\t");
            m.put(kv[0].strip(), kv[1].strip());
        }
        return Map.copyOf(m);
    }
}
