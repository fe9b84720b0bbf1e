package org.dossier.resolve;

import org.dossier.model.EntityMention;

/** One kept entity mention with its article, cleaned name, type vote and the role read around it. */
record ResolvedMention(String article, EntityMention mention, NameParts parts, String role) {
    String type() {
        return mention.type() == null ? "MISC" : mention.type();
    }
}
