package org.dossier.extract.html;

import java.util.Locale;
import java.util.Set;
import org.dossier.extract.lines.LineShape;
import org.dossier.extract.lines.TextForms;
import org.dossier.rules.RuleFiles;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text of a byline element as the credits parser reads it: where two of its elements meet with no space
 * between ("<span class=author>Ana Ruiz</span><span class=author>Luis Pardo</span>", two links side by side), a
 * comma parts them, as two names, and so it does between block elements (list items, lines) with only white space
 * between and at a line break; where both hold one word, or both are parts of one name (a given-name and a
 * family-name element, {@code name-part-class} in {@code html-semantics.txt}), a space joins them as one name.
 */
final class BylineText {
    private static final Set<String> NAME_PARTS = Set.copyOf(
            RuleFiles.lists(BylineText.class, "html-semantics.txt").get("name-part-class"));

    private BylineText() {
    }

    /** The element's text, normalized, with its glued elements parted or joined as said above. */
    static String of(Element e) {
        StringBuilder b = new StringBuilder();
        append(e, b);
        return TextForms.normalize(b.toString());
    }

    private static void append(Element e, StringBuilder b) {
        Element prev = null; // the element right before, with no text between (or only white space, for blocks)
        String prevText = null;
        boolean gap = false; // white space between prev and the next element
        String textBefore = null; // the text of a text node right before, when no element stands after it yet
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                String s = t.getWholeText();
                if (!t.isBlank() && prev != null && !gap && Character.isLetterOrDigit(s.charAt(0))
                        && trailingSpaces(b) == 0) {
                    // "<a>Mara Quill</a>March 10, 2024": text glued after an element
                    String text = TextForms.normalize(s);
                    b.append(oneName(null, prevText, null, text) ? " " : ", ");
                }
                b.append(s);
                if (!t.isBlank()) {
                    prev = null;
                    prevText = TextForms.normalize(s);
                    textBefore = prevText;
                }
                gap = t.isBlank() && (gap || !s.isEmpty()); // only white space between elements is a gap
            } else if (n instanceof Element c) {
                StringBuilder inner = new StringBuilder();
                append(c, inner);
                String raw = inner.toString();
                String text = TextForms.normalize(raw);
                boolean spaced = c.isBlock() || c.normalName().equals("br");
                if (text.isEmpty()) {
                    if (spaced && !b.toString().isBlank()) {
                        b.setLength(b.length() - trailingSpaces(b)); // a line break parts what stands around it
                        b.append(b.charAt(b.length() - 1) == ',' ? " " : ", ");
                        prev = null;
                    }
                    continue; // an icon or an empty element parts nothing
                }
                boolean touching = !gap && !Character.isWhitespace(raw.charAt(0)) && trailingSpaces(b) == 0;
                if (prev == null && textBefore != null && touching && !spaced
                        && Character.isLetterOrDigit(b.charAt(b.length() - 1))) {
                    // "By Mara Quill<time>March 10, 2024</time>": an element glued after text
                    b.append(oneName(null, textBefore, null, text) ? " " : ", ").append(text);
                } else if (prev != null && (touching || spaced || prev.isBlock())) {
                    // glued inline elements, or block elements (list items, lines) one after the other
                    b.setLength(b.length() - trailingSpaces(b));
                    b.append(oneName(prev, prevText, c, text) ? " " : ", ").append(text);
                } else {
                    b.append(spaced ? " " : "").append(raw);
                }
                if (spaced) {
                    b.append(' ');
                }
                prev = c;
                prevText = text;
                textBefore = null;
                gap = false;
            }
        }
    }

    private static int trailingSpaces(StringBuilder b) {
        int n = 0;
        while (n < b.length() && Character.isWhitespace(b.charAt(b.length() - 1 - n))) {
            n++;
        }
        return n;
    }

    /** Whether two glued elements' texts are parts of one name: both name parts, or one word each. */
    private static boolean oneName(Element a, String aText, Element b, String bText) {
        if (a != null && b != null && namePart(a) && namePart(b)) {
            return true;
        }
        return LineShape.words(aText) == 1 && LineShape.words(bText) == 1 && !aText.endsWith(",");
    }

    private static boolean namePart(Element e) {
        if (NAME_PARTS.contains(ElementSemantics.attr(e, "itemprop").toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (String c : e.classNames()) {
            if (NAME_PARTS.contains(c.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
