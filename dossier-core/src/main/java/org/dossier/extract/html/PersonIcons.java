package org.dossier.extract.html;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.extract.lines.TextForms;
import org.dossier.rules.RuleFiles;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Icons that stand for a person in a meta line ("&lt;i class="fa fa-user"&gt;&lt;/i&gt; Jonas Kessler", dashicons'
 * "admin-users", a Material ligature "person"), and the text they stand before: many themes write the author so,
 * with no byline word and no byline class. Words and ligatures come from {@code html-semantics.txt}
 * ({@code person-icon-word}, {@code person-icon-ligature}, {@code ligature-icon-word}); read only when no byline
 * element and no link to an author's page names anyone.
 */
final class PersonIcons {
    private static final java.util.Map<String, List<String>> RULES = RuleFiles.lists(PersonIcons.class,
            "html-semantics.txt");
    private static final Set<String> WORDS = Set.copyOf(RULES.get("person-icon-word"));
    private static final Set<String> LIGATURES = Set.copyOf(RULES.get("person-icon-ligature"));
    private static final Set<String> LIGATURE_FONTS = Set.copyOf(RULES.get("ligature-icon-word"));
    private static final Set<String> TAGS = Set.of("i", "span", "svg");
    private static final Pattern CLASS_PARTS = Pattern.compile("[\\s_-]+");
    /** What ends a name in a meta line: a separator dot, bar or bullet. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[·|•\u2022/]\\s*");
    private static final int MAX_NAME = 60;

    private PersonIcons() {
    }

    /**
     * Whether the element is an icon that stands for a person: an {@code i}, {@code span} or {@code svg} with a
     * person word among its class's parts and no text, or a ligature font's element whose text is a person ligature;
     * not one inside a link or button (a login or profile button).
     */
    static boolean is(Element e, String cls) {
        if (cls.isEmpty() || !TAGS.contains(e.normalName())) {
            return false;
        }
        boolean person = false;
        boolean ligatureFont = false;
        for (String w : CLASS_PARTS.split(cls.toLowerCase(Locale.ROOT))) {
            person |= WORDS.contains(w);
            ligatureFont |= LIGATURE_FONTS.contains(w);
        }
        String text = e.text().strip();
        boolean icon = person && text.isEmpty() || ligatureFont && LIGATURES.contains(text);
        if (!icon) {
            return false;
        }
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("a") || p.normalName().equals("button")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The text the icon stands before: the next text or element with text among its siblings (its wrapper's, when
     * the icon stands alone in one), up to a separator; null when none.
     */
    static String nameAfter(Element icon) {
        String t = after(icon);
        if (t == null && icon.parent() != null && icon.parent().text().isBlank()) {
            t = after(icon.parent());
        }
        if (t == null) {
            return null;
        }
        String name = SEPARATOR.split(TextForms.normalize(t).strip(), 2)[0].strip();
        return name.isEmpty() || name.length() > MAX_NAME ? null : name;
    }

    private static String after(Node n) {
        for (Node s = n.nextSibling(); s != null; s = s.nextSibling()) {
            if (s instanceof TextNode t) {
                if (!t.isBlank()) {
                    return t.text();
                }
            } else if (s instanceof Element el) {
                return el.text().isBlank() ? null : el.text();
            }
        }
        return null;
    }
}
