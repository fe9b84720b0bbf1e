package org.dossier.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.rules.RuleFiles;

/**
 * Place names a tagger leaves out: a capitalised compound whose capitalised parts are joined by hyphens through a
 * lower-case linking word ("Sainte-Odile-du-Lac", "Saint-Jean-sur-Vire", {@code place-compound-links.txt}) is the
 * name of a place, as French and Canadian toponyms are written, where no tagged name covers it. A word written all
 * in capitals (a dateline) is left to the dateline's rule. Used by {@link EntityExtractor} after the tagger's names
 * are repaired.
 */
final class PlaceCompounds {
    private static final Set<String> LINKS = RuleFiles.words(PlaceCompounds.class, "place-compound-links.txt");
    private static final Pattern COMPOUND = Pattern.compile(
            "(?<![\\p{L}\\p{N}-])\\p{Lu}\\p{Ll}+(?:-\\p{Ll}+)*(?:-\\p{Lu}\\p{Ll}+(?:-\\p{Ll}+)*)*-\\p{Lu}\\p{Ll}+"
                    + "(?![\\p{L}\\p{N}-])");

    private PlaceCompounds() {}

    /** The mentions with each untagged place compound of the text added as a place, in text order. */
    static List<EntityMention> added(String text, List<EntityMention> mentions) {
        List<EntityMention> out = new ArrayList<>(mentions);
        Matcher m = COMPOUND.matcher(text);
        boolean found = false;
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (!linked(m.group()) || mentions.stream().anyMatch(e -> e.start() < end && start < e.end())) {
                continue;
            }
            out.add(new EntityMention(m.group(), EntityType.LOCATION.label(), start, end));
            found = true;
        }
        if (found) {
            out.sort(Comparator.comparingInt(EntityMention::start));
        }
        return found ? out : mentions;
    }

    /** A compound whose parts between its first and last hold a linking word ("du" of "Sainte-Odile-du-Lac"). */
    private static boolean linked(String compound) {
        String[] parts = compound.split("-");
        for (int i = 1; i < parts.length - 1; i++) {
            if (LINKS.contains(parts[i].toLowerCase(Locale.ROOT)) && Character.isLowerCase(parts[i].charAt(0))) {
                return true;
            }
        }
        return false;
    }
}
