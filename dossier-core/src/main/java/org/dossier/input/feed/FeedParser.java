package org.dossier.input.feed;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.JDOMParseException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.xml.sax.InputSource;

/**
 * Parses a feed's bytes into Rome's {@link SyndFeed} with one XML parser per thread, configured once. Rome's own
 * {@code SyndFeedInput.build(Reader)} makes a new JDOM builder and two new Xerces parsers for every feed (each
 * parser looks up its configuration on the class path: most of a small feed's read time); this does what it does
 * (Rome's charset detection, its XML healer, the same parser settings and messages) with the parser kept, and the healer reading from a buffer. The
 * settings are Rome's hardening, stated here: no DOCTYPE at all (which refuses entity-expansion bombs and external
 * entities alike), no external general or parameter entities, no external DTD, entities not expanded, and every
 * entity resolved to nothing. Use {@link #parse} wherever a feed file is read; it is safe from any thread.
 */
final class FeedParser {
    private static final String[][] FEATURES = {
            {"http://apache.org/xml/features/disallow-doctype-decl", "true"},
            {"http://xml.org/sax/features/external-general-entities", "false"},
            {"http://xml.org/sax/features/external-parameter-entities", "false"},
            {"http://apache.org/xml/features/nonvalidating/load-external-dtd", "false"}};
    /** Rome's XML healer reads one character at a time: from a buffer, not from the decoder each time. */
    private static final int BUFFER = 16_384;
    private static final ThreadLocal<SAXBuilder> BUILDER = ThreadLocal.withInitial(FeedParser::builder);

    private FeedParser() {}

    /**
     * The feed in {@code bytes}, decoded as Rome decodes it (BOM, XML declaration, then UTF-8). Throws
     * {@link ParsingFeedException} ("Invalid XML: ...") for XML the parser refuses, {@link FeedException} or
     * {@link IllegalArgumentException} for a document that is no feed Rome knows.
     */
    static SyndFeed parse(byte[] bytes) throws IOException, FeedException {
        Document document;
        try (Reader reader = new XmlFixerReader(new BufferedReader(new XmlReader(new ByteArrayInputStream(bytes)),
                BUFFER))) {
            document = BUILDER.get().build(reader);
        } catch (JDOMParseException e) {
            throw new ParsingFeedException("Invalid XML: " + e.getMessage(), e);
        } catch (JDOMException e) {
            throw new ParsingFeedException("Invalid XML", e);
        }
        return new SyndFeedInput().build(document);
    }

    private static SAXBuilder builder() {
        SAXBuilder b = new SAXBuilder(XMLReaders.NONVALIDATING);
        for (String[] f : FEATURES) {
            b.setFeature(f[0], Boolean.parseBoolean(f[1]));
        }
        b.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        b.setExpandEntities(false);
        b.setReuseParser(true);
        return b;
    }
}
