package org.dossier.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import org.dossier.model.Annotations;
import org.dossier.model.Article;
import org.dossier.model.Json;
import org.dossier.model.RawPage;
import org.dossier.model.Story;
import org.dossier.port.StoreException;
import org.dossier.port.StoredArticle;
import org.dossier.port.StoryList;
import org.dossier.port.StoryQuery;
import org.dossier.port.StoryStore;
import org.dossier.port.StorySummary;

/**
 * The embedded store: one SQLite file ({@code dossier.db}) under the data folder, in WAL mode, with versioned
 * schema migrations. One writer at a time: every operation holds the store's lock, a transaction holds it from
 * {@code BEGIN IMMEDIATE} to {@code COMMIT}, so calls from several threads are serialised and a reader on another
 * thread never sees half a batch. The connection stays in auto-commit mode; transactions are explicit. The summaries
 * of the stories a transaction touched ({@link StorySummaryTable}) are recomputed in it, just before it commits.
 * Statements are prepared once and reused ({@link Statements}); a transaction reads the next page's seq once.
 */
public final class SqliteStore implements StoryStore {
    private final Connection db;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private int depth;
    private final Set<String> touched = new TreeSet<>();
    private final Statements statements;
    private long nextSeq; // the next page's seq in the open transaction (it holds the write lock); 0: not read yet

    private SqliteStore(Connection db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.statements = new Statements(db);
    }

    /** Opens (creating if needed) the store in {@code dir} and brings its schema up to date. */
    public static SqliteStore open(Path dir) throws StoreException {
        return open(dir, Clock.systemUTC());
    }

    /** As {@link #open(Path)}, stamping ingest and update times from {@code clock}. */
    public static SqliteStore open(Path dir, Clock clock) throws StoreException {
        try {
            Files.createDirectories(dir);
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("dossier.db"));
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA foreign_keys = ON");
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA busy_timeout = 10000");
            }
            SqliteStore store = new SqliteStore(c, clock);
            Migrations.apply(store, c);
            return store;
        } catch (IOException | SQLException e) {
            Path db = dir.resolve("dossier.db");
            boolean readOnly = Files.isDirectory(dir) && (!Files.isWritable(dir) || Files.exists(db) && !Files.isWritable(db));
            throw new StoreException("cannot open the store in " + dir + ": "
                    + (readOnly ? "it is read-only (nothing was changed)" : e.getMessage()), e);
        }
    }

    /** The schema version of the open store. */
    public int schemaVersion() throws StoreException {
        return query("PRAGMA user_version", rs -> rs.getInt(1)).get(0);
    }

    @Override
    public <T> T inTransaction(Work<T> work) throws StoreException {
        lock.lock();
        try {
            if (depth++ > 0) {
                return work.run(); // nested: part of the outer transaction
            }
            nextSeq = 0;
            execute("BEGIN IMMEDIATE");
            T result;
            try {
                result = work.run();
                refreshSummaries();
            } catch (Exception | Error e) {
                touched.clear();
                rollback();
                if (e instanceof StoreException s) {
                    throw new StoreException("batch not stored, the store is as it was: " + s.getMessage(), s);
                }
                throw e;
            }
            try {
                execute("COMMIT");
            } catch (StoreException e) {
                rollback();
                throw new StoreException("batch not stored, the store is as it was: " + e.getMessage(), e);
            }
            return result;
        } catch (StoreException e) {
            throw e;
        } catch (Exception e) {
            throw new StoreException("batch not stored: " + e.getMessage(), e);
        } finally {
            if (--depth == 0) {
                nextSeq = 0; // another process may write before the next transaction
            }
            lock.unlock();
        }
    }

    /** Recomputes the summaries of the stories touched in this transaction (a merged-away story's goes). */
    private void refreshSummaries() throws StoreException {
        if (touched.isEmpty()) {
            return;
        }
        String ids = Json.write(touched);
        touched.clear();
        update(StorySummaryTable.FORGET, ids);
        update(StorySummaryTable.REFRESH, ids);
    }

    private void rollback() {
        try (Statement s = db.createStatement()) {
            s.execute("ROLLBACK");
        } catch (SQLException ignored) {
            // the original failure is what the user needs to see
        }
    }

    private void execute(String sql) throws StoreException {
        try (Statement s = db.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new StoreException("store " + sql.toLowerCase() + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean hasPage(String id) throws StoreException {
        return !query("SELECT 1 FROM pages WHERE id = ?", rs -> 1, id).isEmpty();
    }

    @Override
    public void putArticle(RawPage page, Article article) throws StoreException {
        inTransaction(() -> {
            if (nextSeq == 0) {
                nextSeq = query("SELECT COALESCE(MAX(seq), 0) + 1 FROM pages", rs -> rs.getLong(1)).get(0);
            }
            long seq = nextSeq++;
            RawPage.Hints h = page.hints();
            update("INSERT INTO pages(id, source, kind, ingested_at, seq, url, fetched_at, content_type) VALUES (?,?,?,?,?,?,?,?)",
                    page.id(), page.source(), page.kind().name(), clock.instant().toString(), seq, h.url(),
                    h.fetchedAt() == null ? null : h.fetchedAt().toString(), h.contentType());
            update("INSERT INTO articles(id, published, outlet, language, duplicate_of, derived_from, json) VALUES (?,?,?,?,?,?,?)",
                    article.id(), article.published() == null ? null : article.published().toString(), article.outlet(),
                    article.language(), article.duplicateOf(), article.derivedFrom(), Json.write(article));
            return null;
        });
    }

    @Override
    public void updateArticle(Article article) throws StoreException {
        inTransaction(() -> {
            update("UPDATE articles SET published = ?, json = ? WHERE id = ?",
                    article.published() == null ? null : article.published().toString(), Json.write(article),
                    article.id());
            return null;
        });
    }

    @Override
    public List<Article> articles() throws StoreException {
        return query("SELECT a.json FROM articles a JOIN pages p ON p.id = a.id ORDER BY p.seq",
                rs -> Json.read(rs.getString(1), Article.class));
    }

    @Override
    public Optional<Article> article(String id) throws StoreException {
        return query("SELECT json FROM articles WHERE id = ?", rs -> Json.read(rs.getString(1), Article.class), id)
                .stream().findFirst();
    }

    @Override
    public void assignStory(String articleId, String storyId, String title) throws StoreException {
        inTransaction(() -> {
            update("INSERT INTO stories(id, title, updated_at) VALUES (?,?,?) "
                    + "ON CONFLICT(id) DO UPDATE SET updated_at = excluded.updated_at", storyId, title, clock.instant().toString());
            storyOf(articleId).ifPresent(touched::add);
            update("INSERT OR REPLACE INTO story_articles(article_id, story_id) VALUES (?,?)", articleId, storyId);
            touched.add(storyId);
            return null;
        });
    }

    @Override
    public void mergeStory(String from, String into) throws StoreException {
        inTransaction(() -> {
            update("INSERT INTO stories(id, title, updated_at) SELECT ?, title, ? FROM stories WHERE id = ? "
                    + "ON CONFLICT(id) DO UPDATE SET updated_at = excluded.updated_at", into, clock.instant().toString(), from);
            update("UPDATE story_articles SET story_id = ? WHERE story_id = ?", into, from);
            update("DELETE FROM stories WHERE id = ?", from);
            touched.add(from);
            touched.add(into);
            return null;
        });
    }

    @Override
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

    @Override
    public Optional<Story> story(String id) throws StoreException {
        List<String[]> rows = query("SELECT s.title, sa.article_id FROM stories s JOIN story_articles sa ON sa.story_id = s.id "
                + "JOIN pages p ON p.id = sa.article_id WHERE s.id = ? ORDER BY p.seq",
                rs -> new String[] {rs.getString(1), rs.getString(2)}, id);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Story(id, rows.get(0)[0], rows.stream().map(r -> r[1]).toList()));
    }

    @Override
    public StoryList storyList(StoryQuery q) throws StoreException {
        lock.lock(); // the count and the window from one state of the store
        try {
            List<Object> countArgs = new ArrayList<>();
            String where = StorySummaryTable.where(q, countArgs);
            int total = query("SELECT COUNT(*) FROM story_summaries" + where, rs -> rs.getInt(1), countArgs.toArray()).get(0);
            List<Object> args = new ArrayList<>();
            String sql = StorySummaryTable.select(q, args);
            List<StorySummary> rows = q.limit() == 0 ? List.of() : query(sql, rs -> StorySummaryTable.row(rs.getString(1),
                    rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)),
                    args.toArray());
            return new StoryList(total, rows);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Map<String, Integer> articleCounts(boolean languages) throws StoreException {
        String column = languages ? "language" : "outlet";
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Object[] r : query("SELECT " + column + ", COUNT(*) FROM articles WHERE TRIM(" + column + ") <> '' GROUP BY "
                + column + " ORDER BY " + column, rs -> new Object[] {rs.getString(1), rs.getInt(2)})) {
            out.put((String) r[0], (Integer) r[1]);
        }
        return out;
    }

    @Override
    public long lastSeq() throws StoreException {
        return query("SELECT COALESCE(MAX(seq), 0) FROM pages", rs -> rs.getLong(1)).get(0);
    }

    @Override
    public List<StoredArticle> articlesAfter(long seq, int limit) throws StoreException {
        return query("SELECT p.seq, a.json, sa.story_id FROM pages p JOIN articles a ON a.id = p.id "
                        + "LEFT JOIN story_articles sa ON sa.article_id = a.id WHERE p.seq > ? ORDER BY p.seq LIMIT ?",
                rs -> new StoredArticle(rs.getLong(1), Json.read(rs.getString(2), Article.class), rs.getString(3)), seq, limit);
    }

    @Override
    public Set<String> storiesOf(java.util.Collection<String> articleIds) throws StoreException {
        return new TreeSet<>(query("SELECT DISTINCT story_id FROM story_articles WHERE article_id IN (SELECT value FROM json_each(?))",
                rs -> rs.getString(1), Json.write(articleIds)));
    }

    @Override
    public Optional<String> storyOf(String articleId) throws StoreException {
        return query("SELECT story_id FROM story_articles WHERE article_id = ?", rs -> rs.getString(1), articleId)
                .stream().findFirst();
    }

    @Override
    public void putAnnotations(Annotations annotations) throws StoreException {
        update("INSERT OR REPLACE INTO annotations(article_id, json) VALUES (?,?)",
                annotations.articleId(), Json.write(annotations));
    }

    @Override
    public Optional<Annotations> annotations(String articleId) throws StoreException {
        return query("SELECT json FROM annotations WHERE article_id = ?",
                rs -> Json.read(rs.getString(1), Annotations.class), articleId).stream().findFirst();
    }

    @FunctionalInterface
    private interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, Row<T> row, Object... args) throws StoreException {
        lock.lock();
        try {
            PreparedStatement ps = statements.of(sql);
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
        } finally {
            lock.unlock();
        }
    }

    private void update(String sql, Object... args) throws StoreException {
        lock.lock();
        try {
            PreparedStatement ps = statements.of(sql);
            bind(ps, args);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("store write failed: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            statements.close();
            db.close();
        } catch (SQLException ignored) {
            // nothing left to do with a connection that will not close
        } finally {
            lock.unlock();
        }
    }
}
