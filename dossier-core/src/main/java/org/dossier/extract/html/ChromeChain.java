package org.dossier.extract.html;

import org.jsoup.nodes.Element;

/** The chrome-marked ancestors of a text block, innermost first, as a shared linked list. */
record ChromeChain(Element element, ChromeChain outer) {}
