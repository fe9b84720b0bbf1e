package org.dossier.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Annotations;
import org.dossier.model.Article;
import org.dossier.model.Credit;
import org.dossier.model.EntityMention;
import org.dossier.model.QuoteMention;
import org.dossier.model.SentenceSpan;
import org.dossier.model.StoryDossier.Entity;
import org.dossier.model.TimeMention;

/** Builds a hand-annotated article for tests: each occurrence of a named string not inside an earlier mention becomes a mention. */
public final class ArticleFixture {
    private final String id;
    private final String text;
    private String title;
    private String outlet;
    private LocalDate published;
    private LocalDate anchor;
    private String duplicateOf;
    private String derivedFrom;
    private final List<EntityMention> entities = new ArrayList<>();
    private final List<TimeMention> times = new ArrayList<>();
    private final List<QuoteMention> quotes = new ArrayList<>();
    private final List<Credit> credits = new ArrayList<>();
    private boolean estimatedAnchor;
    private String anchorNote;

    private ArticleFixture(String id, String text) {
        this.id = id;
        this.text = text;
        this.title = id;
    }

    public static ArticleFixture article(String id, String text) {
        return new ArticleFixture(id, text);
    }

    /** The entities the standard resolver makes of these articles, as one story. */
    public static List<Entity> resolve(AnnotatedArticle... articles) {
        return new NameResolver().resolve(List.of(articles));
    }

    /** The entity of this name among the resolved ones, or null. */
    public static Entity named(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }

    public ArticleFixture entity(String surface, String type) {
        Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(surface) + "(?![\\p{L}])").matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (entities.stream().noneMatch(e -> e.start() < end && start < e.end())) {
                entities.add(new EntityMention(surface, type, start, end));
            }
        }
        return this;
    }

    public ArticleFixture person(String... surfaces) {
        for (String s : surfaces) {
            entity(s, "PERSON");
        }
        return this;
    }

    public ArticleFixture time(String surface, LocalDate date, String precision) {
        int start = text.indexOf(surface);
        times.add(new TimeMention(surface, start, start + surface.length(), date, precision, sentenceOf(start)));
        return this;
    }

    public ArticleFixture quote(String quoted, String speaker, String description) {
        int start = text.indexOf(quoted);
        quotes.add(new QuoteMention(quoted, start, start + quoted.length(), speaker, description));
        return this;
    }

    public ArticleFixture meta(String outletName, String articleTitle, LocalDate pub, LocalDate anchorDate) {
        this.outlet = outletName;
        this.title = articleTitle;
        this.published = pub;
        this.anchor = anchorDate;
        return this;
    }

    /** The anchor is the story's estimate, not the article's own date. */
    public ArticleFixture estimatedAnchor() {
        this.estimatedAnchor = true;
        return this;
    }

    /** The anchor policy's reason for the anchor (null, the default, when it is the page's own date). */
    public ArticleFixture anchorNote(String note) {
        this.anchorNote = note;
        return this;
    }

    public ArticleFixture credit(Credit.Kind kind, String name) {
        credits.add(new Credit(kind, name, name));
        return this;
    }

    public ArticleFixture derivedFrom(String other) {
        this.derivedFrom = other;
        return this;
    }

    public ArticleFixture duplicateOf(String other) {
        this.duplicateOf = other;
        return this;
    }

    public AnnotatedArticle build() {
        Article a = new Article(id, "/in/" + id + ".html", null, title, List.of(), published, List.of(), outlet, "en",
                credits, text, 0.0, duplicateOf, derivedFrom);
        return new AnnotatedArticle(a, new Annotations(id, anchor, sentences(), entities, times, quotes,
                anchorNote, estimatedAnchor));
    }

    private int sentenceOf(int offset) {
        List<SentenceSpan> s = sentences();
        for (int i = 0; i < s.size(); i++) {
            if (s.get(i).start() <= offset && offset < s.get(i).end()) {
                return i;
            }
        }
        return -1;
    }

    /** Sentences split at . ! ? (a full stop between digits, "33.8", is no end). */
    private List<SentenceSpan> sentences() {
        List<SentenceSpan> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?:[^.!?]|\\.(?=\\d))+[.!?]+[\"\u201d]?").matcher(text);
        while (m.find()) {
            int start = m.start();
            while (start < m.end() && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            out.add(new SentenceSpan(start, m.end()));
        }
        return out;
    }
}
