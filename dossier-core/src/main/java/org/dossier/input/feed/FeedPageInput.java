package org.dossier.input.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.ZipException;
import javax.xml.stream.XMLStreamException;
import org.dossier.input.PageReader;
import org.dossier.input.SkippedRecords;
import org.dossier.model.FeedItem;
import org.dossier.model.InputFailure;
import org.dossier.model.RawPage;
import org.dossier.port.PageInput;

/**
 * The input adapter for one feed file: RSS 0.9x/1.0/2.0 or Atom ({@code .rss}, {@code .atom}, an {@code .xml} whose
 * root element is a feed's, each also as {@code .gz}), parsed with Rome
 * ({@link FeedParser}: one XML parser per thread). An item with its full content (RSS
 * {@code content:encoded}, Atom {@code content}) becomes a page (see {@link FeedItemPage}); an item with a summary
 * only, or no content, is no article and is counted in {@link SkippedRecords} under the file. Each page's source
 * is {@code FILE#N} (N the item's position, from 1), its hints the item's link and its stated publication day
 * (the UTC day of the item's {@code pubDate} or Atom {@code published}; never its {@code updated}). A feed Rome
 * cannot read, or an {@code .xml} that is not a feed, is one {@link InputFailure} naming the file with a one-line
 * reason; the rest of the batch goes on. What every item with a link says (link, day, title, author, categories)
 * also goes to an item sink, so an ingest can join it to the page of that URL from another input. The file is read into memory whole (up to {@link PageReader#MAX_BYTES}).
 */
public final class FeedPageInput implements PageInput {
    static final String SUMMARY_ONLY = "summary only, no page";
    static final String NO_CONTENT = "no content, no page";
    static final String NOT_PAGE = "content not HTML or text, no page";

    private final Path file;
    private final SkippedRecords skipped;
    private final Consumer<FeedItem> items;

    public FeedPageInput(Path file, SkippedRecords skipped) {
        this(file, skipped, item -> { });
    }

    /** The same, telling {@code items} what the feed says of every item with a link, page or not. */
    public FeedPageInput(Path file, SkippedRecords skipped, Consumer<FeedItem> items) {
        this.file = file;
        this.skipped = skipped;
        this.items = items;
    }

    @Override
    public void read(Consumer<RawPage> pages, Consumer<InputFailure> failures) {
        Optional<String> notFeed = notAFeed();
        if (notFeed.isPresent()) {
            failures.accept(new InputFailure(file.toString(), notFeed.get()));
            return;
        }
        SyndFeed feed;
        try (InputStream in = FeedFiles.open(file)) {
            byte[] bytes = PageReader.readCapped(in, "feed");
            feed = FeedParser.parse(bytes);
        } catch (EOFException e) {
            failures.accept(new InputFailure(file.toString(), "truncated gzip archive"));
            return;
        } catch (ZipException e) {
            failures.accept(new InputFailure(file.toString(), "not a valid gzip archive (" + e.getMessage() + ")"));
            return;
        } catch (PageReader.BadPageException e) {
            failures.accept(new InputFailure(file.toString(), e.getMessage()));
            return;
        } catch (FeedException | IllegalArgumentException e) {
            failures.accept(new InputFailure(file.toString(), "malformed feed: " + oneLine(e)));
            return;
        } catch (IOException | RuntimeException e) {
            failures.accept(new InputFailure(file.toString(), "cannot read feed: " + oneLine(e)));
            return;
        }
        List<SyndEntry> entries = feed.getEntries();
        for (int i = 0; i < entries.size(); i++) {
            String source = file + "#" + (i + 1);
            try {
                item(entries.get(i), source).ifPresent(pages);
            } catch (PageReader.BadPageException e) {
                failures.accept(new InputFailure(source, e.getMessage()));
            }
        }
    }

    /** Why an {@code .xml} file is not read as a feed, or empty when it is one (or named as one). */
    private Optional<String> notAFeed() {
        if (!FeedFiles.isXmlFile(file.getFileName().toString())) {
            return Optional.empty();
        }
        try {
            String root = FeedFiles.rootOf(file);
            return FeedFiles.isFeedRoot(root) ? Optional.empty()
                    : Optional.of("not a feed (root element <" + root + ">, not RSS or Atom)");
        } catch (XMLStreamException e) {
            return Optional.of("not a feed: not well-formed XML (" + oneLine(e) + ")");
        } catch (IOException | RuntimeException e) {
            return Optional.of("cannot read: " + oneLine(e));
        }
    }

    private Optional<RawPage> item(SyndEntry entry, String source) throws PageReader.BadPageException {
        SyndContent content = fullContent(entry);
        RawPage.Kind pageKind = content == null ? null : FeedItemPage.kindOf(content.getType());
        String itemLink = blankToNull(entry.getLink());
        if (itemLink != null) {
            List<String> authors = new java.util.ArrayList<>();
            if (blankToNull(entry.getAuthor()) != null) {
                authors.add(personOf(entry.getAuthor().strip()));
            }
            List<String> categories = new java.util.ArrayList<>();
            entry.getCategories().forEach(c -> {
                if (c != null && blankToNull(c.getName()) != null) {
                    categories.add(c.getName().strip());
                }
            });
            items.accept(new FeedItem(source, itemLink, day(entry.getPublishedDate()), blankToNull(entry.getTitle()),
                    authors, categories, pageKind != null));
        }
        if (content == null) {
            boolean summary = entry.getDescription() != null && entry.getDescription().getValue() != null
                    && !entry.getDescription().getValue().isBlank();
            skipped.count(file.toString(), summary ? SUMMARY_ONLY : NO_CONTENT);
            return Optional.empty();
        }
        RawPage.Kind kind = FeedItemPage.kindOf(content.getType());
        if (kind == null) {
            skipped.count(file.toString(), NOT_PAGE);
            return Optional.empty();
        }
        String link = blankToNull(entry.getLink());
        RawPage.Hints hints = new RawPage.Hints(link, null, null, day(entry.getPublishedDate()));
        String author = blankToNull(entry.getAuthor());
        author = author == null ? null : personOf(author);
        return Optional.of(FeedItemPage.page(source, kind, blankToNull(entry.getTitle()), author,
                content.getValue(), hints));
    }

    /** The item's first non-blank full content, or null when it has none (a summary is not content). */
    private static SyndContent fullContent(SyndEntry entry) {
        for (SyndContent c : entry.getContents()) {
            if (c != null && c.getValue() != null && !c.getValue().isBlank()) {
                return c;
            }
        }
        return null;
    }

    /** The name of an RSS author written as an e-mail address with the name in brackets ("a@b.example (Ana)"). */
    static String personOf(String author) {
        java.util.regex.Matcher m = MAIL_NAME.matcher(author);
        return m.matches() ? m.group(1).strip() : author;
    }

    private static final java.util.regex.Pattern MAIL_NAME = java.util.regex.Pattern.compile("\\S+@\\S+\\s*\\((.+)\\)");

    /** The UTC day of a feed's date (Rome keeps the instant, not the offset it was written with). */
    static LocalDate day(Date date) {
        return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s+", " ").trim();
    }
}
