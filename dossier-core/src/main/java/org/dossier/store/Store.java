package org.dossier.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.model.Annotations;
import org.dossier.model.Article;
import org.dossier.model.Json;
import org.dossier.model.RawPage;
import org.dossier.model.Story;

/**
 * The embedded store: one SQLite file ({@code dossier.db}) under the data folder, with versioned schema
 * migrations. Writes of a batch happen inside {@link #inTransaction}, so a failed batch leaves what was
 * stored before untouched.
 */
public final class Store implements AutoCloseable {
    /** Migration scripts in order; the schema version is the number applied. */
    private static final List<String> MIGRATIONS = List.of("V1__init.sql");

    private final Connection db;

    private Store(Connection db) {
        this.db = db;
    }

    /** Opens (creating if needed) the store in {@code dir} and brings its schema up to date. */
    public static Store open(Path dir) throws StoreException {
        try {
            Files.createDirectories(dir);
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("dossier.db"));
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA foreign_keys = ON");
                s.execute("PRAGMA journal_mode = WAL");
            }
            Store store = new Store(c);
            store.migrate();
            return store;
        } catch (IOException | SQLException e) {
            throw new StoreException("cannot open the store in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The schema version of the open store. */
    public int schemaVersion() throws StoreException {
        return query("PRAGMA user_version", rs -> rs.getInt(1)).get(0);
    }

    private void migrate() throws SQLException, StoreException {
        int version = schemaVersion();
        for (int v = version; v < MIGRATIONS.size(); v++) {
            String sql = resource(MIGRATIONS.get(v));
            db.setAutoCommit(false);
            try (Statement s = db.createStatement()) {
                for (String stmt : sql.split(";\\s*\n")) {
                    String body = stmt.lines().filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + "\n" + b);
                    if (!body.isBlank()) {
                        s.execute(body);
                    }
                }
                s.execute("PRAGMA user_version = " + (v + 1));
                db.commit();
            } catch (SQLException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        }
    }

    private static String resource(String name) throws StoreException {
        try (InputStream in = Store.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new StoreException("missing migration " + name, null);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read migration " + name, e);
        }
    }

    /** A unit of work run inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws Exception;
    }

    /** Runs {@code work} in one transaction: all its writes land, or none do. */
    public <T> T inTransaction(Work<T> work) throws StoreException {
        try {
            db.setAutoCommit(false);
            T result = work.run();
            db.commit();
            return result;
        } catch (Exception e) {
            try {
                db.rollback();
            } catch (SQLException ignored) {
                // the original failure is what the user needs to see
            }
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException("batch not stored: " + e.getMessage(), e);
        } finally {
            try {
                db.setAutoCommit(true);
            } catch (SQLException ignored) {
                // connection is unusable anyway; the next call reports it
            }
        }
    }

    public boolean hasPage(String id) throws StoreException {
        return !query("SELECT 1 FROM pages WHERE id = ?", rs -> 1, id).isEmpty();
    }

    public void putArticle(RawPage page, Article article) throws StoreException {
        long seq = query("SELECT COALESCE(MAX(seq), 0) + 1 FROM pages", rs -> rs.getLong(1)).get(0);
        update("INSERT INTO pages(id, source, kind, ingested_at, seq) VALUES (?,?,?,?,?)",
                page.id(), page.source(), page.kind().name(), Instant.now().toString(), seq);
        update("INSERT INTO articles(id, published, outlet, language, duplicate_of, derived_from, json) VALUES (?,?,?,?,?,?,?)",
                article.id(), article.published() == null ? null : article.published().toString(), article.outlet(),
                article.language(), article.duplicateOf(), article.derivedFrom(), Json.write(article));
    }

    /** All articles in the order they were ingested. */
    public List<Article> articles() throws StoreException {
        return query("SELECT a.json FROM articles a JOIN pages p ON p.id = a.id ORDER BY p.seq",
                rs -> Json.read(rs.getString(1), Article.class));
    }

    public Optional<Article> article(String id) throws StoreException {
        return query("SELECT json FROM articles WHERE id = ?", rs -> Json.read(rs.getString(1), Article.class), id)
                .stream().findFirst();
    }

    public void assignStory(String articleId, String storyId, String title) throws StoreException {
        update("INSERT INTO stories(id, title, updated_at) VALUES (?,?,?) "
                + "ON CONFLICT(id) DO UPDATE SET updated_at = excluded.updated_at", storyId, title, Instant.now().toString());
        update("INSERT OR REPLACE INTO story_articles(article_id, story_id) VALUES (?,?)", articleId, storyId);
    }

    /** Moves every article of story {@code from} into story {@code into} (clustering merged them) and drops {@code from}. */
    public void mergeStory(String from, String into) throws StoreException {
        update("INSERT INTO stories(id, title, updated_at) SELECT ?, title, ? FROM stories WHERE id = ? "
                + "ON CONFLICT(id) DO UPDATE SET updated_at = excluded.updated_at", into, Instant.now().toString(), from);
        update("UPDATE story_articles SET story_id = ? WHERE story_id = ?", into, from);
        update("DELETE FROM stories WHERE id = ?", from);
    }

    /** Stories with their article ids, most articles first. */
    public List<Story> stories() throws StoreException {
        Map<String, List<String>> members = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        List<String[]> rows = query("SELECT s.id, s.title, sa.article_id FROM stories s "
                        + "JOIN story_articles sa ON sa.story_id = s.id JOIN pages p ON p.id = sa.article_id ORDER BY p.seq",
                rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
        for (String[] r : rows) {
            members.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r[2]);
            titles.putIfAbsent(r[0], r[1]);
        }
        List<Story> out = new ArrayList<>();
        members.forEach((id, ids) -> out.add(new Story(id, titles.get(id), ids)));
        out.sort((a, b) -> Integer.compare(b.articleIds().size(), a.articleIds().size()));
        return out;
    }

    /** The story an article belongs to, if it has been clustered. */
    public Optional<String> storyOf(String articleId) throws StoreException {
        return query("SELECT story_id FROM story_articles WHERE article_id = ?", rs -> rs.getString(1), articleId)
                .stream().findFirst();
    }

    public void putAnnotations(Annotations annotations) throws StoreException {
        update("INSERT OR REPLACE INTO annotations(article_id, json) VALUES (?,?)",
                annotations.articleId(), Json.write(annotations));
    }

    public Optional<Annotations> annotations(String articleId) throws StoreException {
        return query("SELECT json FROM annotations WHERE article_id = ?",
                rs -> Json.read(rs.getString(1), Annotations.class), articleId).stream().findFirst();
    }

    @FunctionalInterface
    private interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, Row<T> row, Object... args) throws StoreException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            bind(ps, args);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row.map(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("store query failed: " + e.getMessage(), e);
        }
    }

    private void update(String sql, Object... args) throws StoreException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            bind(ps, args);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("store write failed: " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
    }

    @Override
    public void close() {
        try {
            db.close();
        } catch (SQLException ignored) {
            // nothing left to do with a connection that will not close
        }
    }
}
