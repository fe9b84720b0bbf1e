package org.dossier.cli.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.dossier.model.Article;
import org.dossier.model.Story;
import org.dossier.port.StoreException;
import org.dossier.store.SqliteStore;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety of the store, with real {@code dossier ingest} processes: killed with SIGKILL at seeded random
 * moments and run again, the store ends with exactly what a clean ingest of the same pages gives (nothing lost,
 * nothing doubled, no story missing articles); a store another process reads while ingest writes never shows half a
 * batch nor "database is locked"; a read-only store gives one clear line and is left byte for byte as it was.
 */
class CrashSafetyTest {
    static final int KILLS = 10;
    static final long SEED = 15;

    @TempDir Path dir;

    /** Pages of twelve stories, ten outlets' versions each with their own wording, written into {@code folder}. */
    static Path pages(Path folder) throws IOException {
        Files.createDirectories(folder);
        String[] places = {"Alder", "Birch", "Cedar", "Dale", "Elm", "Fern", "Glen", "Heath", "Iris", "Juniper", "Kestrel", "Larch"};
        String[] things = {"bridge", "harbour", "library", "hospital", "railway", "school", "market", "stadium", "airport",
                "museum", "reservoir", "tunnel"};
        String[] verbs = {"reopened", "closed", "was sold", "was flooded", "was rebuilt", "was inspected"};
        Random r = new Random(SEED);
        for (int s = 0; s < places.length; s++) {
            for (int v = 0; v < 10; v++) {
                String place = places[s] + "ford";
                String verb = verbs[(s + v) % verbs.length];
                StringBuilder body = new StringBuilder();
                for (int k = 0; k < 4; k++) {
                    body.append("<p>The ").append(things[s]).append(" in ").append(place).append(' ').append(verb)
                            .append(" on Monday, officials in ").append(place).append(" said, after ").append(3 + r.nextInt(40))
                            .append(" days of work by ").append(100 + r.nextInt(900)).append(" workers; the mayor of ")
                            .append(place).append(" thanked the ").append(things[s]).append(" staff.</p>");
                }
                String html = "<html><head><title>" + place + " " + things[s] + " " + verb + " (" + v + ")</title></head><body>"
                        + "<article><h1>" + place + " " + things[s] + " " + verb + "</h1>" + body + "</article></body></html>";
                Files.writeString(folder.resolve(String.format("s%02d-v%02d.html", s, v)), html);
            }
        }
        return folder;
    }

    /** The store's content as a user sees it: each story as the sorted set of its articles' page ids. */
    static Set<Set<String>> partition(Path data) throws StoreException {
        try (SqliteStore store = SqliteStore.open(data)) {
            // articles and stories read in one transaction: two separate reads could fall on both sides of a commit
            return store.inTransaction(() -> partition(store));
        }
    }

    private static Set<Set<String>> partition(SqliteStore store) throws StoreException {
        List<Article> articles = store.articles();
        Set<String> ids = new HashSet<>();
        for (Article a : articles) {
            assertTrue(ids.add(a.id()), "article stored twice: " + a.id());
        }
        Set<Set<String>> stories = new HashSet<>();
        Set<String> placed = new HashSet<>();
        for (Story s : store.stories()) {
            assertTrue(ids.containsAll(s.articleIds()), "story " + s.id() + " names articles not stored");
            for (String id : s.articleIds()) {
                assertTrue(placed.add(id), "article in two stories: " + id);
            }
            stories.add(new TreeSet<>(s.articleIds()));
        }
        assertEquals(ids, placed, "stored articles in no story");
        return stories;
    }

    @Test
    void killedAtRandomMomentsAndRunAgainTheStoreEqualsACleanIngest() throws Exception {
        Path in = pages(dir.resolve("pages"));
        Path clean = dir.resolve("clean");
        long start = System.nanoTime();
        assertEquals(0, DossierProcess.start(dir.resolve("logs"), "768m", "ingest", "--data", clean.toString(), in.toString())
                .waitFor(120));
        long cleanMs = (System.nanoTime() - start) / 1_000_000;
        Set<Set<String>> expected = partition(clean);
        assertEquals(120, expected.stream().mapToInt(Set::size).sum());

        Path data = dir.resolve("killed-0");
        Random random = new Random(SEED);
        int killedMidway = 0;
        // a run that ends before its kill (the machine was faster than in the clean run) does not count: the
        // moments are drawn again, shorter, up to three times as many runs, so a loaded machine still lands its kills
        double scale = 1.0;
        int runs = 0;
        for (int run = 0; killedMidway < KILLS && run < 3 * KILLS; run++) {
            runs++;
            DossierProcess p = DossierProcess.start(dir.resolve("logs"), "768m", "ingest", "--data", data.toString(),
                    in.toString());
            Thread.sleep((long) ((0.15 + 0.7 * random.nextDouble()) * cleanMs * scale));
            boolean midway = p.alive();
            killedMidway += midway ? 1 : 0;
            scale = midway ? scale : scale * 0.7;
            p.kill();
            if (Files.exists(data.resolve("dossier.db"))) {
                Set<Set<String>> now = partition(data); // consistent after every kill: all of the batch or none of it
                int n = now.stream().mapToInt(Set::size).sum();
                assertTrue(n == 0 || now.equals(expected), "after kill " + run + ": " + n + " articles");
                if (n > 0) {
                    data = dir.resolve("killed-" + (run + 1)); // the batch is in: the next kill needs a fresh store
                }
            }
        }
        DossierProcess last = DossierProcess.start(dir.resolve("logs"), "768m", "ingest", "--data", data.toString(),
                in.toString());
        assertEquals(0, last.waitFor(120), last.err());
        assertEquals(expected, partition(data));
        assertTrue(killedMidway >= KILLS / 2, "only " + killedMidway + " kills landed while ingest ran");
        System.out.println("CrashSafetyTest: " + runs + " SIGKILLs (" + killedMidway + " during ingest), clean ingest "
                + cleanMs + " ms, store equal to the clean one");
    }

    @Test
    void aStoreReadWhileAnotherProcessIngestsNeverShowsHalfABatchNorALock() throws Exception {
        Path in = pages(dir.resolve("pages"));
        Path data = dir.resolve("shared");
        SqliteStore.open(data).close(); // made before both, so that neither creates the schema under the other
        DossierProcess p = DossierProcess.start(dir.resolve("logs"), "768m", "ingest", "--data", data.toString(),
                in.toString());
        int reads = 0;
        Set<Integer> sizes = new TreeSet<>();
        while (p.alive()) {
            sizes.add(partition(data).stream().mapToInt(Set::size).sum()); // throws on a lock or an inconsistency
            reads++;
        }
        assertEquals(0, p.waitFor(60), p.err());
        assertFalse(p.err().contains("locked"), p.err());
        sizes.add(partition(data).stream().mapToInt(Set::size).sum());
        assertTrue(sizes.stream().allMatch(n -> n == 0 || n == 120), "reader saw " + sizes);
        assertTrue(reads > 0);
        System.out.println("CrashSafetyTest: " + reads + " reads during ingest, sizes seen " + sizes);
    }

    @Test
    void aReadOnlyStoreGivesOneClearLineAndIsLeftAsItWas() throws Exception {
        Path in = pages(dir.resolve("pages"));
        Path few = Files.createDirectories(dir.resolve("few"));
        try (Stream<Path> s = Files.list(in)) {
            for (Path p : s.sorted().limit(20).toList()) {
                Files.copy(p, few.resolve(p.getFileName()));
            }
        }
        Path data = dir.resolve("readonly");
        assertEquals(0, DossierProcess.start(dir.resolve("logs"), "768m", "ingest", "--data", data.toString(),
                few.toString()).waitFor(120));
        Map<String, String> before = digests(data);
        boolean root = "root".equals(System.getProperty("user.name"));
        List<Path> locked = new ArrayList<>();
        try {
            if (root) {
                // root writes through file modes: the immutable attribute is what stops it (where the file system has it)
                for (Path p : Stream.concat(Stream.of(data), Files.list(data)).toList()) {
                    Process chattr = new ProcessBuilder("chattr", "+i", p.toString()).redirectErrorStream(true).start();
                    Assumptions.assumeTrue(chattr.waitFor() == 0, "chattr +i not possible here: read-only store not tested");
                    locked.add(p);
                }
            } else {
                for (Path p : Files.list(data).toList()) {
                    p.toFile().setWritable(false, false);
                }
                data.toFile().setWritable(false, false);
            }
            DossierProcess p = DossierProcess.start(dir.resolve("logs"), "768m", "ingest", "--data", data.toString(),
                    in.toString());
            int code = p.waitFor(120);
            String err = p.err();
            assertEquals(1, code, err);
            assertEquals(1, err.lines().count(), err);
            assertTrue(err.startsWith("dossier: ") && err.contains(data.toString()) && err.contains("read-only"), err);
            assertFalse(err.contains("\tat ") || err.contains("Exception"), err);
        } finally {
            for (Path p : locked) {
                new ProcessBuilder("chattr", "-i", p.toString()).start().waitFor();
            }
            data.toFile().setWritable(true, false);
        }
        assertEquals(before, digests(data));
    }

    @Test
    void aFullDiskGivesOneClearLineAndLeavesTheStoreAsItWas() throws Exception {
        Path in = pages(dir.resolve("pages"));
        Path data = dir.resolve("full");
        assertEquals(0, DossierProcess.start(dir.resolve("logs"), "768m", "ingest", "--data", data.toString(), in.toString())
                .waitFor(120));
        Set<Set<String>> before = partition(data);
        Path big = Files.createDirectories(dir.resolve("big"));
        Random r = new Random(SEED);
        for (int i = 0; i < 40; i++) {
            StringBuilder body = new StringBuilder();
            while (body.length() < 200_000) {
                body.append("<p>Inspectors counted ").append(r.nextInt(100_000)).append(" cracks in pier ").append(i)
                        .append(" of the coastal road on Tuesday, the highway office said in its ").append(r.nextInt(500))
                        .append("th report.</p>");
            }
            Files.writeString(big.resolve("big" + i + ".html"), "<html><head><title>Pier " + i + " report</title></head>"
                    + "<body><article>" + body + "</article></body></html>");
        }
        long limitKb = Files.size(data.resolve("dossier.db")) / 1024 + 3072;
        // The file size limit of the process stands in for a full disk: HotSpot ignores SIGXFSZ, so a write past it
        // fails with EFBIG as one on a full disk fails with ENOSPC, and SQLite reports either as a failed write.
        DossierProcess p = DossierProcess.start(dir.resolve("logs"), "768m",
                List.of("bash", "-c", "ulimit -f " + limitKb + " && exec \"$@\"", "bash"),
                "ingest", "--data", data.toString(), big.toString());
        int code = p.waitFor(120);
        String err = p.err();
        assertEquals(1, code, err);
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("dossier: batch not stored, the store is as it was: "), err);
        assertFalse(err.contains("\tat ") || err.contains("Exception"), err);
        assertEquals(before, partition(data));
        System.out.println("CrashSafetyTest: file size limit " + limitKb + " KB: " + err.strip());
    }

    private static Map<String, String> digests(Path data) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(data)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(p.getFileName().toString(),
                        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        }
        return out;
    }
}
