package org.dossier.resolve;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.rules.RuleFiles;

/**
 * Named happenings a tagger reads as bodies: a name ending in a happening word ("the Ridgeback Fire", "the Alder
 * Complex Fire", {@code en/happening-names.txt} {@code head} rows) is an event (MISC), like a named storm, unless the
 * story lets it speak, as only a body does ("Cal Fire said", "Cal Fire officials", "according to the state forestry
 * agency, Cal Fire": {@code speaks-after} and {@code speaks-before} rows around any of its mentions). Used by
 * {@link MentionRules} after the type a name has by its own words.
 */
final class HappeningNames {
    private static final List<List<String>> ROWS = RuleFiles.table(HappeningNames.class, "en", "happening-names.txt");
    private static final Set<String> HEADS = words("head");
    private static final Set<String> AFTER = words("speaks-after");
    private static final Set<String> BEFORE = words("speaks-before");
    private static final int REACH = 30;

    private final Set<String> speaking = new HashSet<>();

    /** Reads which happening-headed names of the story speak somewhere in it. */
    HappeningNames(List<ResolvedMention> mentions, Map<String, String> texts) {
        for (ResolvedMention m : mentions) {
            if (!headed(m.parts().name())) {
                continue;
            }
            EntityMention e = m.mention();
            String text = texts.getOrDefault(m.article(), "");
            if (e.start() < 0 || e.end() > text.length() || e.start() > e.end()) {
                continue;
            }
            String before = text.substring(Math.max(0, e.start() - REACH), e.start()).toLowerCase(Locale.ROOT)
                    .replaceFirst("\\s*(?:\\bthe\\s*)?$", "");
            String after = text.substring(e.end(), Math.min(text.length(), e.end() + REACH)).toLowerCase(Locale.ROOT);
            if (AFTER.stream().anyMatch(w -> after.matches("(?s)" + (w.startsWith("'") ? "" : "\\s+")
                    + java.util.regex.Pattern.quote(w) + "\\b.*"))
                    || BEFORE.stream().anyMatch(w -> before.matches("(?s).*\\b" + java.util.regex.Pattern.quote(w)))) {
                speaking.add(m.key());
            }
        }
    }

    /** The type of a mention typed {@code type}: MISC for a happening-headed name that never speaks. */
    String type(ResolvedMention m, String type) {
        if (EntityType.PERSON.is(type) || EntityType.MISC.is(type) || !headed(m.parts().name())
                || speaking.contains(m.key())) {
            return type;
        }
        return EntityType.MISC.label();
    }

    /** A name of two words or more whose last word is a happening word. */
    private static boolean headed(String name) {
        String[] words = name.strip().toLowerCase(Locale.ROOT).split("\\s+");
        return words.length > 1 && HEADS.contains(words[words.length - 1]);
    }

    private static Set<String> words(String kind) {
        Set<String> out = new HashSet<>();
        ROWS.stream().filter(r -> r.size() > 1 && r.get(0).equals(kind)).forEach(r -> out.add(r.get(1)));
        return Set.copyOf(out);
    }
}
