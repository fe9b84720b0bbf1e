package org.dossier.extract.html;

import org.jsoup.nodes.Element;

/**
 * A run of text between block boundaries of an HTML page: its text, how much of it is link text,
 * the block element that owns it, and whether a chrome-marked ancestor (class/id semantics) holds it.
 */
record TextBlock(String text, int linkChars, Element owner, int ownerIndex, ChromeChain chrome) {

    double linkDensity() {
        return text.isEmpty() ? 0 : Math.min(1.0, linkChars / (double) text.length());
    }

    int length() {
        return text.length();
    }

    boolean isHeading() {
        String t = owner.normalName();
        return t.length() == 2 && t.charAt(0) == 'h' && t.charAt(1) >= '1' && t.charAt(1) <= '6';
    }
}
