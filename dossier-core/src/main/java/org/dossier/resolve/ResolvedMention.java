package org.dossier.resolve;

import java.util.Locale;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;

/** One kept entity mention with its article, cleaned name, type vote and the role read around it. */
record ResolvedMention(String article, EntityMention mention, NameParts parts, String role) {
    /** The same mention read as another entity type. */
    ResolvedMention retyped(String type) {
        return new ResolvedMention(article, new EntityMention(mention.text(), type, mention.start(), mention.end()), parts,
                null);
    }

    /** The cleaned name in lower case: the key under which the story's type votes and noise lists know it. */
    String key() {
        return parts.name().toLowerCase(Locale.ROOT);
    }

    String type() {
        return mention.type() == null ? EntityType.MISC.label() : mention.type();
    }
}
