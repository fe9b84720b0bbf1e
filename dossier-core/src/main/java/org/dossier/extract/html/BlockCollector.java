package org.dossier.extract.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.extract.lines.TextForms;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * One iterative pass over a DOM subtree: splits its text into {@link TextBlock}s at block-level tags and
 * records per element the text and link-text length plus its pre-order range (for O(1) containment);
 * non-content subtrees (hidden, or of a dropped tag) are skipped, to be removed from the document after.
 */
final class BlockCollector implements NodeVisitor {
    /** Per-element counters: text chars, link chars, pre-order index, last descendant index. */
    static final class Stats {
        int text;
        int links;
        int pre;
        int end;
    }

    private final ElementSemantics sem = ElementSemantics.get();
    private final List<TextBlock> blocks = new ArrayList<>();
    private final Map<Element, Stats> stats = new IdentityHashMap<>();
    private final Deque<Element> owners = new ArrayDeque<>();
    private static final ChromeChain NO_CHROME = new ChromeChain(null, null);
    private ChromeChain chrome;
    private final Deque<ChromeChain> quoteSaved = new ArrayDeque<>();
    private final StringBuilder buf = new StringBuilder();
    private int bufLinks;
    private int linkDepth;
    private int counter;

    /** Elements skipped as non-content (hidden, or of a dropped tag), outermost only. */
    private final List<Element> skipped = new ArrayList<>();
    private Element skipping;
    private final Element root;
    /** Counters of the elements on the traversal path, innermost last. */
    private Stats[] path = new Stats[64];
    private int depth;

    private final ElementSemantics.Memo profiles;

    private BlockCollector(Element root, ElementSemantics.Memo profiles) {
        this.root = root;
        this.profiles = profiles;
        owners.push(root);
    }

    /** Collects the blocks of a subtree, then removes its non-content elements from the document. */
    static BlockCollector collect(Element root) {
        BlockCollector c = starting(root, new ElementSemantics.Memo());
        NodeTraversor.traverse(c, root);
        c.finish();
        c.removeSkipped();
        return c;
    }

    /**
     * A collector to be fed the traversal of {@code root} (e.g. as part of a traversal of the whole page), reading
     * class/id profiles through a memo shared with the traversal's other visitors.
     */
    static BlockCollector starting(Element root, ElementSemantics.Memo profiles) {
        return new BlockCollector(root, profiles);
    }

    /** Ends the collection: the last block is closed. */
    void finish() {
        flush();
    }

    /** Removes the skipped non-content elements from the document. */
    void removeSkipped() {
        for (Element e : skipped) {
            e.remove();
        }
    }

    List<TextBlock> blocks() {
        return blocks;
    }

    Stats stats(Element e) {
        return stats.get(e);
    }

    @Override
    public void head(Node node, int level) {
        if (skipping != null) {
            return;
        }
        if (node instanceof TextNode t) {
            String s = t.getWholeText();
            boolean blank = t.isBlank();
            if (!blank) {
                buf.append(s);
            } else if (!s.isEmpty() && buf.length() > 0 && buf.charAt(buf.length() - 1) != ' ') {
                buf.append(' '); // whitespace between tags: normalize() would collapse it to one space anyway
            }
            if (linkDepth > 0) {
                bufLinks += s.length();
            }
            if (!blank && depth > 0) {
                Stats st = path[depth - 1]; // the text's parent element
                int n = trimmedLength(s);
                st.text += n;
                st.links += linkDepth > 0 ? n : 0;
            }
        } else if (node instanceof Element e) {
            if (isIcon(e) && buf.length() > 0 && buf.charAt(buf.length() - 1) != ' ') {
                buf.append(' '); // an icon between two texts parts them as it does on screen ("Name" ⓘ "12/03/2024")
            }
            if (e != root && sem.isNonContent(e)) {
                skipping = e;
                skipped.add(e);
                return;
            }
            Stats st = new Stats();
            st.pre = counter++;
            stats.put(e, st);
            if (depth == path.length) {
                path = java.util.Arrays.copyOf(path, depth * 2);
            }
            path[depth++] = st;
            String tag = e.normalName();
            if (tag.equals("a")) {
                linkDepth++;
            } else if (tag.equals("br")) {
                buf.append(' ');
            } else if (sem.blockTags.contains(tag)) {
                flush();
                owners.push(e);
            }
            if (tag.equals("blockquote")) {
                // a quote (or embedded post) speaks for itself: the wrappers' chrome marks do not apply
                quoteSaved.push(chrome == null ? NO_CHROME : chrome);
                chrome = null;
            }
            if (isChromeMarked(e)) {
                chrome = new ChromeChain(e, chrome);
            }
        }
    }

    @Override
    public void tail(Node node, int level) {
        if (skipping != null) {
            if (node == skipping) {
                skipping = null;
            }
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        String tag = e.normalName();
        if (tag.equals("a")) {
            linkDepth--;
        } else if (sem.blockTags.contains(tag) && owners.peek() == e) {
            flush();
            owners.pop();
        }
        if (chrome != null && chrome.element() == e) {
            chrome = chrome.outer();
        }
        if (tag.equals("blockquote") && !quoteSaved.isEmpty()) {
            ChromeChain saved = quoteSaved.pop();
            chrome = saved == NO_CHROME ? null : saved;
        }
        Stats st = path[--depth];
        st.end = counter - 1;
        if (depth > 0) {
            Stats ps = path[depth - 1];
            ps.text += st.text;
            ps.links += st.links;
        }
    }

    private void flush() {
        if (buf.length() == 0) {
            bufLinks = 0; // link text that was only whitespace belongs to no block
            return;
        }
        String text = TextForms.normalize(buf);
        if (!text.isEmpty()) {
            Element owner = owners.peek();
            Stats st = stats.get(owner);
            int links = Math.min(bufLinks, text.length());
            blocks.add(new TextBlock(text, links, owner, st == null ? -1 : st.pre, chrome));
        }
        buf.setLength(0);
        bufLinks = 0;
    }

    private boolean isChromeMarked(Element e) {
        String tag = e.normalName();
        if (tag.equals("body") || tag.equals("html")) {
            return false;
        }
        return sem.chromeTags.contains(tag) || profiles.of(e).weight() < 0;
    }

    /** An icon: an SVG drawing, or an empty {@code i} or {@code span} that a stylesheet fills with a glyph. */
    private static boolean isIcon(Element e) {
        String tag = e.normalName();
        return tag.equals("svg") || e.childNodeSize() == 0 && (tag.equals("i") || tag.equals("span"));
    }

    /** Length of the string without leading and trailing chars up to a space, as {@link String#trim()} cuts. */
    static int trimmedLength(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && s.charAt(from) <= ' ') {
            from++;
        }
        while (to > from && s.charAt(to - 1) <= ' ') {
            to--;
        }
        return to - from;
    }
}
