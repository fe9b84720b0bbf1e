package org.dossier.extract.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * One traversal of a parsed page that feeds both the metadata index (the whole page) and the block collector
 * (the body), so that the page is walked once.
 */
final class PageWalk implements NodeVisitor {
    private final PageIndex index;
    private final BlockCollector blocks;
    private final Element body;
    private boolean inBody;

    private PageWalk(PageIndex index, BlockCollector blocks, Element body) {
        this.index = index;
        this.blocks = blocks;
        this.body = body;
    }

    /**
     * Indexes the page and collects the blocks of {@code body} (its non-content elements are left in place, to be
     * removed by the caller once metadata is read); {@code blocks} is null when the page has no body. Both
     * visitors read class/id profiles through {@code profiles}, so each element's are read once.
     */
    static PageIndex walk(Document doc, Element body, BlockCollector blocks, ElementSemantics.Memo profiles) {
        PageIndex index = new PageIndex(profiles);
        NodeTraversor.traverse(new PageWalk(index, blocks, body), doc);
        if (blocks != null) {
            blocks.finish();
        }
        return index;
    }

    @Override
    public void head(Node node, int depth) {
        index.head(node, depth);
        if (blocks != null && (inBody || node == body)) {
            inBody = true;
            blocks.head(node, depth);
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (inBody) {
            blocks.tail(node, depth);
            inBody = node != body;
        }
    }
}
