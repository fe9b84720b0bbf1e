package org.dossier.synthesize.positions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.app.Progress;
import org.dossier.app.Workspace;
import org.dossier.chain.Composition;
import org.dossier.input.FilePageInput;
import org.dossier.model.StoryDossier;
import org.dossier.model.StoryDossier.Position;
import org.dossier.port.StoreException;
import org.dossier.store.SqliteStore;

/**
 * The scoring of a held-out story's positions against an analyst's actor x stance table, shared by the story tests
 * of this package ({@code CeasefireTalksStoryTest}, {@code TradeDisputeStoryTest}): the story's pages are written
 * from one test resource, read by the whole chain, and each row counted as found, found but badly cut, given to
 * another actor or missed; positions of no row are spurious.
 */
final class AnalystTable {
    private static final String MARK = "=== PAGE ";

    private AnalystTable() {
    }

    /**
     * One row of the analyst's table: who holds which stance on a proposition holding these words; an actor may be
     * given as alternatives split by "|" where the sentence reads either way (a speaker voicing a group's stance);
     * the language is the one its words are in, whose complement and function words judge a cut.
     */
    record Row(String actor, String stance, String words, String language) {
        /** A row of an English page. */
        Row(String actor, String stance, String words) {
            this(actor, stance, words, "en");
        }

        boolean heldBy(String name) {
            return List.of(actor.split("\\|")).contains(name);
        }
    }

    /** The counts of one read, and its line-per-row report. */
    record Score(int found, int clean, int wrongActor, int spurious, String table) {
    }

    /**
     * The dossiers of the pages a resource holds, each opening with a line "=== PAGE name", written into {@code dir}
     * and reported by a fresh workspace.
     */
    static List<StoryDossier> read(String resource, Path dir) throws IOException, StoreException {
        String text;
        try (InputStream in = AnalystTable.class.getResourceAsStream(resource)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path pages = Files.createDirectories(dir.resolve("pages"));
        int at = text.indexOf(MARK);
        while (at >= 0) {
            int nameEnd = text.indexOf('\n', at);
            int next = text.indexOf("\n" + MARK, nameEnd);
            Files.writeString(pages.resolve(text.substring(at + MARK.length(), nameEnd).strip()),
                    text.substring(nameEnd + 1, next < 0 ? text.length() : next + 1), StandardCharsets.UTF_8);
            at = next < 0 ? -1 : next + 1;
        }
        Workspace workspace = new Workspace(SqliteStore.open(dir.resolve("store")), Composition.standard());
        return workspace.report(new FilePageInput(List.of(pages)), Progress.NONE).dossiers();
    }

    /** The table scored against the positions read. */
    /**
     * Scores the positions against the table, prints the table, and asserts the floors (rows found, found cleanly)
     * and the ceilings (wrong actors, spurious positions) a story test has reached.
     */
    static void assertReached(List<Row> expected, List<Position> positions, int found, int clean, int wrongActor,
                              int spurious) {
        Score s = score(expected, positions);
        System.out.println(s.table());
        org.junit.jupiter.api.Assertions.assertTrue(s.found() >= found, s.table());
        org.junit.jupiter.api.Assertions.assertTrue(s.clean() >= clean, s.table());
        org.junit.jupiter.api.Assertions.assertTrue(s.wrongActor() <= wrongActor, s.table());
        org.junit.jupiter.api.Assertions.assertTrue(s.spurious() <= spurious, s.table());
    }

    static Score score(List<Row> expected, List<Position> positions) {
        int found = 0;
        int clean = 0;
        int wrongActor = 0;
        List<String> report = new ArrayList<>();
        for (Row r : expected) {
            Position p = positions.stream().filter(x -> r.heldBy(x.actor()) && x.stance().equals(r.stance())
                    && x.proposition().contains(r.words())).findFirst().orElse(null);
            if (p != null) {
                found++;
                boolean cut = badlyCut(StanceLexicon.of(r.language()), p);
                clean += cut ? 0 : 1;
                report.add((cut ? "cut    " : "ok     ") + r + " -> " + p.proposition());
            } else if (positions.stream().anyMatch(x -> x.stance().equals(r.stance())
                    && x.proposition().contains(r.words()))) {
                wrongActor++;
                report.add("actor  " + r + " -> " + positions.stream().filter(x -> x.stance().equals(r.stance())
                        && x.proposition().contains(r.words())).map(Position::actor).toList());
            } else {
                report.add("miss   " + r);
            }
        }
        List<Position> spurious = positions.stream().filter(p -> expected.stream().noneMatch(r ->
                r.heldBy(p.actor()) && r.stance().equals(p.stance()) && p.proposition().contains(r.words())))
                .filter(p -> expected.stream().noneMatch(r -> r.stance().equals(p.stance())
                        && p.proposition().contains(r.words())))
                .toList();
        spurious.forEach(p -> report.add("extra  " + p.actor() + " " + p.stance() + " " + p.proposition()));
        String table = "found " + found + "/" + expected.size() + ", clean " + clean + ", wrong actor " + wrongActor
                + ", spurious " + spurious.size() + "\n" + String.join("\n", report);
        return new Score(found, clean, wrongActor, spurious.size(), table);
    }

    /**
     * Whether a proposition is badly cut: it opens with a complement marker ("to a first exchange …", an elided
     * one too: "d'imposer …"), or it stopped
     * at the word limit inside a phrase, its sentence going on with a lower-case word that is no function word
     * ("… to let aid | convoys reach civilians"; "… a ten-day truce | in the valley" ends a phrase).
     */
    private static boolean badlyCut(StanceLexicon lex, Position p) {
        String[] words = p.proposition().split(" ");
        String first = words[0].toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (lex.markers.contains(first) || first.indexOf('\'') > 0
                && lex.markers.contains(first.substring(0, first.indexOf('\'') + 1))) {
            return true;
        }
        int at = p.text().indexOf(p.proposition());
        Matcher next = Pattern.compile("^ (\\p{Ll}[\\p{L}-]*)")
                .matcher(at < 0 ? "" : p.text().substring(at + p.proposition().length()));
        return words.length >= Propositions.MAX_WORDS && next.find() && !lex.functionWords.contains(next.group(1));
    }
}
