package org.dossier.model;

/**
 * A provenance statement found on a page: a news agency ("AFP"), a source outlet ("Source: dpa"),
 * a repost notice ("appeared first on …"), a reporter or an editor credited by a contribution line
 * ("Reporting by …; Editing by …"). {@code text} is the line it was read from.
 */
public record Credit(Kind kind, String name, String text) {
    /** What the credit says about the page. */
    public enum Kind { AGENCY, SOURCE, REPOST, AUTHOR, EDITOR }
}
