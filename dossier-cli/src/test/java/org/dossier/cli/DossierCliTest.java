package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.model.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DossierCliTest {
    @TempDir Path dir;

    /** Runs the CLI capturing stdout and stderr. */
    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = DossierCli.execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void everyCommandHasHelp() {
        for (String cmd : List.of("ingest", "stories", "show", "report", "extract", "annotate", "cluster", "demo", "serve", "index")) {
            Run r = run(cmd, "--help");
            assertEquals(0, r.code(), cmd);
            assertTrue(r.out().contains("Usage: dossier " + cmd), cmd + ": " + r.out());
        }
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run().code());
        assertEquals(2, run("frobnicate").code());
        assertEquals(2, run("report", "x", "--format", "pdf").code());
        assertEquals(2, run("extract").code());
        assertEquals(2, run("serve", "--port", "0").code());
        assertEquals(2, run("serve", "--port", "http").code());
    }

    @Test
    void extractPrintsJsonLinesAndNamesBadFilesWithExitOne() throws Exception {
        Files.writeString(dir.resolve("good.html"), "<html><head><title>Harbour strike ends | Port News</title>"
                + "<link rel=\"canonical\" href=\"https://portnews.example/strike-ends\"></head><body>"
                + "<article><h1>Harbour strike ends</h1><p>Dock workers in the port city returned to work on Friday after a "
                + "nine-day strike over pay ended with an agreement between the union and the port authority.</p>"
                + "<p>The agreement raises wages by four percent this year and sets up a joint safety committee, "
                + "the union's chair told reporters outside the harbour office on Friday morning.</p></article></body></html>");
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Run r = run("extract", "--json", dir.resolve("good.html").toString(), dir.resolve("empty.txt").toString());
        assertEquals(1, r.code(), r.err());
        JsonNode line = Json.MAPPER.readTree(r.out().lines().findFirst().orElseThrow());
        for (String field : List.of("source", "url", "title", "published", "byline", "outlet", "language", "credits", "text")) {
            assertTrue(line.has(field), field);
        }
        assertEquals("https://portnews.example/strike-ends", line.get("url").asText());
        assertEquals("Port News", line.get("outlet").asText());
        assertTrue(line.get("text").asText().contains("nine-day strike"));
        assertEquals("en", line.get("language").asText());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("empty.txt") && r.err().contains("empty"), r.err());
    }

    @Test
    void clusterPrintsOneStoryPerDocumentInInputOrderAndNamesBadLinesByNumber() throws Exception {
        Path in = Files.writeString(dir.resolve("docs.jsonl"), String.join("\n",
                "{\"id\":\"a\",\"title\":\"Mara Quinlan enters rehab in Malibu\",\"text\":\"Mara Quinlan checked into a Malibu clinic on Tuesday.\",\"date\":null,\"lang\":\"en\"}",
                "{\"id\":\"b\",\"title\":\"Storm hits Kellbrook harbour\",\"text\":\"A storm damaged 40 boats in Kellbrook harbour on Friday.\",\"date\":\"2021-03-05\",\"lang\":\"en\"}",
                "{\"id\":\"x\",\"title\":",
                "{\"id\":\"c\",\"title\":\"Mara Quinlan in rehab\",\"text\":\"Actress Mara Quinlan is in a Malibu rehab clinic, her publicist said Tuesday.\",\"date\":null,\"lang\":\"en\"}"));
        Run r = run("cluster", in.toString());
        assertEquals(1, r.code(), r.err());
        List<String[]> rows = r.out().lines().map(l -> l.split("\t")).toList();
        assertEquals(List.of("a", "b", "c"), rows.stream().map(f -> f[0]).toList());
        assertEquals(rows.get(0)[1], rows.get(2)[1]);
        assertTrue(!rows.get(0)[1].equals(rows.get(1)[1]));
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("docs.jsonl:3"), r.err());
    }
}
