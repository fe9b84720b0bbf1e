package org.dossier.extract.html;

import java.util.Locale;

/**
 * Reads compound class names as byline classes: plain compounds ("c-byline__author", "author-box__name"), CSS-module
 * classes by their component and local names ("ArticleByline_root__x1y2z") and CSS-in-JS classes by the component
 * label they end with ("ssrcss-68pt20-Text-TextContributorName"). Used by {@link PageIndex} when it gathers the
 * byline elements of a page.
 */
final class CompoundClasses {
    private CompoundClasses() {}

    /**
     * The component name of a CSS-module class as a compound class ("ArticleByline_root__x1y2z" is
     * "article-byline", "AuthorName_name__Qz8x1" is "author-name"), or null for another class.
     */
    static String cssModuleName(String c) {
        int sep = c.indexOf('_');
        if (sep <= 0 || !Character.isUpperCase(c.charAt(0)) || c.indexOf("__", sep + 1) < 0) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < sep; i++) {
            char ch = c.charAt(i);
            if (Character.isUpperCase(ch) && i > 0) {
                b.append('-');
            }
            b.append(Character.toLowerCase(ch));
        }
        return b.toString();
    }

    /**
     * The component label a CSS-in-JS class ends with, as a compound class ("ssrcss-68pt20-Text-TextContributorName"
     * is "text-contributor-name"): its last part after a hyphen, in capitalised humps, two or more; null otherwise.
     */
    static String componentLabel(String c) {
        String last = c.substring(c.lastIndexOf('-') + 1);
        if (last.length() < 4 || !Character.isUpperCase(last.charAt(0))) {
            return null;
        }
        String label = last.replaceAll("(?<=\\p{Ll})(?=\\p{Lu})", "-").toLowerCase(Locale.ROOT);
        return label.indexOf('-') > 0 ? label : null;
    }

    /** The local name of a CSS-module class ("authors" of "ArticleMeta_authors__k3J9q"), lower case. */
    static String cssModuleLocalName(String c) {
        int sep = c.indexOf('_');
        int hash = c.indexOf("__", sep + 1);
        return hash <= sep + 1 ? null : c.substring(sep + 1, hash).toLowerCase(Locale.ROOT);
    }

    static boolean hasUpperCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A compound class ending in a byline word ("c-byline__author"), in an {@code author-class-end} right after one
     * ("byline-content") or in an {@code author-name-end} after one ("author-box__name"); not "author-box".
     */
    static boolean isAuthorClassName(String c) {
        String[] parts = c.split("[-_]+");
        if (parts.length < 2) {
            return false;
        }
        for (String p : parts) {
            if (HtmlMetadata.ELSEWHERE_WORDS.contains(p)) {
                return false; // "comment-author": a reader's name
            }
        }
        String last = parts[parts.length - 1];
        if (PageIndex.AUTHOR_CLASSES.contains(last)) {
            return true;
        }
        if (PageIndex.AUTHOR_CLASS_ENDS.contains(last) && PageIndex.AUTHOR_CLASSES.contains(parts[parts.length - 2])) {
            return true; // "post-card-byline-content": the byline's own box
        }
        if (!ElementSemantics.get().authorNameEnds.contains(last)) {
            return false;
        }
        for (int i = 0; i < parts.length - 1; i++) {
            if (PageIndex.AUTHOR_CLASSES.contains(parts[i])) {
                return true;
            }
        }
        return false;
    }
}
