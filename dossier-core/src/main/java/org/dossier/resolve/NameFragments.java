package org.dossier.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;

/**
 * A tagger's fragment of a longer name: a mention whose name opens a longer name the story writes whole somewhere
 * (in another article or the same) and that its text directly follows with the rest of that name ("Cal" tagged a
 * place in "Cal Fire said", where another sentence tags "Cal Fire") is a mention of the longer name, with its type.
 * Used by {@link MentionRules} first, before names are typed by their own words.
 */
final class NameFragments {
    private NameFragments() {}

    /** The mentions, each fragment widened to the longer name its text goes on to write. */
    static List<ResolvedMention> joined(List<ResolvedMention> mentions, Map<String, String> texts) {
        Map<String, String> longTypes = new HashMap<>();
        for (ResolvedMention m : mentions) {
            if (m.parts().tokens().size() > 1) {
                longTypes.putIfAbsent(m.parts().name(), m.type());
            }
        }
        List<ResolvedMention> out = new ArrayList<>(mentions.size());
        for (ResolvedMention m : mentions) {
            out.add(widened(m, longTypes, texts.getOrDefault(m.article(), "")));
        }
        return out;
    }

    private static ResolvedMention widened(ResolvedMention m, Map<String, String> longTypes, String text) {
        EntityMention e = m.mention();
        String name = m.parts().name();
        if (name.isEmpty() || e.start() < 0 || e.end() > text.length() || e.end() - e.start() != e.text().length()
                || !e.text().endsWith(name)) {
            return m;
        }
        String best = null;
        for (String whole : longTypes.keySet()) {
            if (whole.length() > name.length() && whole.startsWith(name + " ")
                    && text.startsWith(whole.substring(name.length()), e.end())
                    && (best == null || whole.length() > best.length())) {
                best = whole;
            }
        }
        if (best == null) {
            return m;
        }
        String rest = best.substring(name.length());
        String type = longTypes.get(best);
        return new ResolvedMention(m.article(), new EntityMention(e.text() + rest, type, e.start(),
                e.end() + rest.length()), NameParts.of(e.text() + rest, EntityType.PERSON.is(type)), m.role());
    }
}
