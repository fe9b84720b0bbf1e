package org.dossier.synthesize.positions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.app.Progress;
import org.dossier.app.Workspace;
import org.dossier.chain.Composition;
import org.dossier.input.FilePageInput;
import org.dossier.model.StoryDossier;
import org.dossier.model.StoryDossier.Position;
import org.dossier.store.SqliteStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An unseen negotiation read by the whole chain (test resource {@code ceasefire-story.txt}: four invented pages of
 * four outlets over three days, a government and a rebel movement bargaining over hostages, prisoners and troops,
 * with a mediator, the hostages' families and an opposition party). The table an analyst writes of it ({@link
 * #EXPECTED}: actor, stance, words the proposition holds) is compared with the dossier's positions: found, found
 * but badly cut (opening with a complement marker, or cut inside a phrase the sentence goes on with), given to
 * another actor, and positions of no row (spurious). First read (branch pos20 from a8931ea, 2026-12-03): 31 of 35
 * found, 4 of them badly cut, none to a wrong actor, 1 spurious (Mira Lenz "accepts nothing less than …"); the
 * table then gained the condition the NLM sets with "unless" (missed by the first read too: 31 of 36). After the
 * fixes (conditions, relatives and families, "accept nothing less than", a marker after a time, cuts at a
 * phrase): 35 of 36, all clean, none wrong or spurious; with the untagged surname of a person another page names
 * in full ("Farro threatened …", {@code Surnames}): 36 of 36.
 */
class CeasefireTalksStoryTest {
    /**
     * One row of the analyst's table: who holds which stance on a proposition holding these words; an actor may be
     * given as alternatives split by "|" where the sentence reads either way (a speaker voicing a group's stance).
     */
    record Row(String actor, String stance, String words) {
        boolean heldBy(String name) {
            return List.of(actor.split("\\|")).contains(name);
        }
    }

    static final List<Row> EXPECTED = List.of(
            // day 1, wire: talks open
            new Row("NLM", "demands", "release of 300 prisoners"),
            new Row("the government", "rejects", "withdrawal of troops from the valley"),
            new Row("Lidia Farro", "offers", "72-hour pause in fighting"),
            new Row("Lidia Farro", "offers", "humanitarian pause"),
            new Row("Lidia Farro", "rejects", "security of our people"),
            new Row("Halim Dorran", "rejects", "offer"),
            new Row("Halim Dorran", "warns", "hostages' lives would be at risk"),
            new Row("Noor Castell", "demands", "both sides to show flexibility"),
            new Row("Noor Castell", "offers", "host a second round"),
            new Row("Hostage Families Forum", "demands", "immediate deal"),
            // day 2, newspaper: the counter-offer
            new Row("the government", "offers", "release 120 prisoners"),
            new Row("NLM", "rejects", "proposal"),
            new Row("NLM", "demands", "any exchange include the 300 prisoners"),
            new Row("Aurel Vance", "rules_out", "withdrawal of troops from the Kessel valley"),
            new Row("Aurel Vance", "rejects", "pull our soldiers out"),
            new Row("Pavel Esk", "denies", "army had shelled Tamsk"),
            new Row("NLM", "threatens", "walk out of the talks"),
            new Row("NLM", "demands", "government stopped air strikes"),
            new Row("relatives", "demands", "government to accept the exchange"),
            new Row("National Renewal Party", "warns", "releasing prisoners would reward kidnapping"),
            // day 2, analysis: signals
            new Row("NLM", "accepts", "phased withdrawal of government troops"),
            new Row("Sera Voss", "offers", "release 15 hostages"),
            new Row("the government", "demands", "ceasefire be monitored by international observers"),
            new Row("Lidia Farro", "threatens", "resume the offensive"),
            new Row("Noor Castell", "demands", "release the sick and elderly hostages"),
            new Row("NLM", "denies", "two hostages had died in captivity"),
            // day 3, wire: the first exchange
            new Row("the government", "accepts", "first exchange of 18 hostages for 140 prisoners"),
            new Row("NLM", "accepts", "first exchange of 18 hostages for 140 prisoners"),
            new Row("the government", "accepts", "phased withdrawal of troops from three villages"),
            new Row("NLM", "demands", "army left the valley entirely"),
            new Row("Aurel Vance", "accepts", "agreement"),
            new Row("Aurel Vance", "rejects", "release NLM commander Daro Keshet"),
            new Row("National Renewal Party", "rejects", "deal"),
            new Row("National Renewal Party", "demands", "vote in parliament"),
            new Row("Pavel Esk", "denies", "amnesty for rebel fighters"),
            new Row("the families|Mira Lenz", "demands", "return of every hostage"));

    /** The floors reached: rows found, found cleanly; the ceilings: wrong actors, spurious positions. */
    static final int FOUND = 36;
    static final int CLEAN = 36;
    static final int WRONG_ACTOR = 0;
    static final int SPURIOUS = 0;

    private static final String MARK = "=== PAGE ";

    @TempDir static Path dir;
    static List<Position> positions;

    @BeforeAll
    static void readTheStory() throws Exception {
        String text;
        try (InputStream in = CeasefireTalksStoryTest.class.getResourceAsStream("ceasefire-story.txt")) {
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
        List<StoryDossier> dossiers = workspace.report(new FilePageInput(List.of(pages)), Progress.NONE).dossiers();
        assertEquals(1, dossiers.size(), "the four pages are one story");
        positions = dossiers.get(0).positions();
    }

    @Test
    void theAnalystsTableIsFoundAboveTheFloor() throws IOException {
        StanceLexicon lex = StanceLexicon.of("en");
        int found = 0;
        int clean = 0;
        int wrongActor = 0;
        List<String> report = new ArrayList<>();
        for (Row r : EXPECTED) {
            Position p = positions.stream().filter(x -> r.heldBy(x.actor()) && x.stance().equals(r.stance())
                    && x.proposition().contains(r.words())).findFirst().orElse(null);
            if (p != null) {
                found++;
                boolean cut = badlyCut(lex, p);
                clean += cut ? 0 : 1;
                report.add((cut ? "cut    " : "ok     ") + r + " -> " + p.proposition());
            } else if (positions.stream().anyMatch(x -> x.stance().equals(r.stance())
                    && x.proposition().contains(r.words()))) {
                wrongActor++;
                report.add("actor  " + r);
            } else {
                report.add("miss   " + r);
            }
        }
        List<Position> spurious = positions.stream().filter(p -> EXPECTED.stream().noneMatch(r ->
                r.heldBy(p.actor()) && r.stance().equals(p.stance()) && p.proposition().contains(r.words())))
                .filter(p -> EXPECTED.stream().noneMatch(r -> r.stance().equals(p.stance())
                        && p.proposition().contains(r.words())))
                .toList();
        spurious.forEach(p -> report.add("extra  " + p.actor() + " " + p.stance() + " " + p.proposition()));
        String table = "found " + found + "/" + EXPECTED.size() + ", clean " + clean + ", wrong actor " + wrongActor
                + ", spurious " + spurious.size() + "\n" + String.join("\n", report);
        System.out.println(table);
        assertTrue(found >= FOUND, table);
        assertTrue(clean >= CLEAN, table);
        assertTrue(wrongActor <= WRONG_ACTOR, table);
        assertTrue(spurious.size() <= SPURIOUS, table);
    }

    /**
     * Whether a proposition is badly cut: it opens with a complement marker ("to a first exchange …"), or it stopped
     * at the word limit inside a phrase, its sentence going on with a lower-case word that is no function word
     * ("… to let aid | convoys reach civilians"; "… a ten-day truce | in the valley" ends a phrase).
     */
    private static boolean badlyCut(StanceLexicon lex, Position p) {
        String[] words = p.proposition().split(" ");
        if (lex.markers.contains(words[0].toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        int at = p.text().indexOf(p.proposition());
        java.util.regex.Matcher next = java.util.regex.Pattern.compile("^ (\\p{Ll}[\\p{L}-]*)")
                .matcher(at < 0 ? "" : p.text().substring(at + p.proposition().length()));
        return words.length >= Propositions.MAX_WORDS && next.find() && !lex.functionWords.contains(next.group(1));
    }
}
