package org.dossier.input.feed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What a file name and a file's first element say about feeds: {@code .rss} and {@code .atom} (and their
 * {@code .gz}) are feeds by name; an {@code .xml} (or {@code .xml.gz}) is one only when its root element is a feed's
 * ({@code <rss>}, Atom's {@code <feed>}, RSS 1.0's {@code <rdf:RDF>}), read with a streaming parser that stops at
 * the root and resolves no external entity. Use it to route files to {@link FeedPageInput}.
 */
public final class FeedFiles {
    static final String ATOM_10 = "http://www.w3.org/2005/Atom";
    static final String ATOM_03 = "http://purl.org/atom/ns#";
    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    /** A streaming parser factory per thread, configured once: no DTD, no external entity, namespaces on. */
    private static final ThreadLocal<XMLInputFactory> STAX = ThreadLocal.withInitial(() -> {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return f;
    });

    private FeedFiles() {}

    /** Whether a name is a feed's by its extension alone: {@code .rss}, {@code .atom}, and their {@code .gz}. */
    public static boolean isFeedFile(String name) {
        String n = inner(name);
        return n.endsWith(".rss") || n.endsWith(".atom");
    }

    /** Whether a name is an {@code .xml} or {@code .xml.gz}, which is a feed only if {@link #rootOf} says so. */
    public static boolean isXmlFile(String name) {
        return inner(name).endsWith(".xml");
    }

    /** Whether the file is a feed by name, or an XML file whose root element is a feed's. */
    public static boolean looksLikeFeed(Path file) {
        String name = file.getFileName().toString();
        if (isFeedFile(name)) {
            return true;
        }
        if (!isXmlFile(name)) {
            return false;
        }
        try {
            return isFeedRoot(rootOf(file));
        } catch (IOException | XMLStreamException | RuntimeException e) {
            return false;
        }
    }

    /** The root element of an XML file as {@code {namespace}local}, or {@code local} when it has no namespace. */
    static String rootOf(Path file) throws IOException, XMLStreamException {
        try (InputStream in = open(file)) {
            XMLStreamReader r = STAX.get().createXMLStreamReader(in);
            try {
                r.nextTag();
                String ns = r.getNamespaceURI();
                return ns == null || ns.equals(XMLConstants.NULL_NS_URI) ? r.getLocalName()
                        : "{" + ns + "}" + r.getLocalName();
            } finally {
                r.close();
            }
        }
    }

    /** Whether a root element (as {@link #rootOf} writes it) is that of RSS 0.9x/2.0, RSS 1.0 or Atom. */
    static boolean isFeedRoot(String root) {
        return root.equals("rss") || root.equals("{" + ATOM_10 + "}feed") || root.equals("{" + ATOM_03 + "}feed")
                || root.equals("{" + RDF + "}RDF");
    }

    static InputStream open(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(raw) : raw;
    }

    private static String inner(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".gz") ? n.substring(0, n.length() - 3) : n;
    }
}
