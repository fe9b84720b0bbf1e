package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier annotate}: JSON lines of entities, times and quotes with offsets into the printed text. */
class AnnotateCommandTest {
    @TempDir Path dir;

    private static List<JsonNode> lines(String out) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String l : out.split("\n")) {
            if (!l.isBlank()) {
                nodes.add(Json.MAPPER.readTree(l));
            }
        }
        return nodes;
    }

    private static void assertOffsetsIndexTheText(JsonNode n) {
        String text = n.get("text").asText();
        for (String kind : List.of("entities", "times")) {
            for (JsonNode m : n.get(kind)) {
                assertEquals(m.get("text").asText(), text.substring(m.get("start").asInt(), m.get("end").asInt()), kind);
            }
        }
        for (JsonNode q : n.get("quotes")) {
            assertTrue(text.substring(q.get("start").asInt(), q.get("end").asInt()).startsWith(
                    q.get("text").asText().substring(0, 10)), q.toString());
        }
    }

    @Test
    void jsonLinesRecordsAreAnnotatedAgainstTheirOwnDatesAndEchoTheirIds() throws Exception {
        Path in = dir.resolve("docs.jsonl");
        Files.writeString(in, String.join("\n",
                "{\"id\": \"r1\", \"date\": \"2022-01-12\", \"text\": \"Harbour workers ended their strike on Monday."
                        + " \\\"We got what we asked for,\\\" said union leader Maria Lopez.\"}",
                "{\"id\": \"r2\", \"date\": \"2023-03-01\", \"text\": \"The council met on Monday. Its budget for 2024"
                        + " was approved.\"}",
                "not json"));
        DossierCliTest.Run r = DossierCliTest.run("annotate", in.toString(), "--json");
        assertEquals(1, r.code(), "the bad line makes the exit code 1: " + r.err());
        assertTrue(r.err().contains("docs.jsonl:3"), r.err());
        List<JsonNode> out = lines(r.out());
        assertEquals(2, out.size(), r.out());
        assertEquals("r1", out.get(0).get("id").asText());
        assertEquals("r2", out.get(1).get("id").asText());
        assertEquals("2022-01-10", value(out.get(0), "Monday"), "Monday before 2022-01-12");
        assertEquals("2023-02-27", value(out.get(1), "Monday"), "Monday before 2023-03-01");
        assertEquals("2024", value(out.get(1), "2024"));
        JsonNode quote = out.get(0).get("quotes").get(0);
        assertEquals("Maria Lopez", quote.get("speaker").asText());
        out.forEach(AnnotateCommandTest::assertOffsetsIndexTheText);
    }

    @Test
    void hostileJsonLinesAreNamedByLineAndTheRestIsAnnotated() throws Exception {
        Path in = dir.resolve("hostile.jsonl");
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        b.writeBytes(("{\"id\": \"ok\", \"date\": \"2022-01-12\", \"text\": \"Harbour workers ended their strike"
                + " on Monday.\"}\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        b.writeBytes(new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
        b.writeBytes("[1, 2, 3]\n{\"id\": \"nodate\", \"date\": \"yesterday-ish\", \"text\": \"x\"}\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        b.writeBytes(("{\"id\": \"de\", \"lang\": \"de\", \"text\": \"Der Stadtrat tagte am Montag.\\u0000"
                + " Die Sitzung dauerte drei Stunden.\"}\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Files.write(in, b.toByteArray());
        DossierCliTest.Run r = DossierCliTest.run("annotate", in.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("hostile.jsonl:2: not UTF-8 text"), r.err());
        assertTrue(r.err().contains("hostile.jsonl:3: no \"id\" field"), r.err());
        assertTrue(r.err().contains("hostile.jsonl:4: bad \"date\""), r.err());
        assertEquals(3, r.err().lines().filter(l -> l.startsWith("dossier: ")).count(), "one line per bad line: " + r.err());
        assertTrue(!r.err().contains("Exception") && !r.err().contains("\tat "), "no stack trace: " + r.err());
        assertEquals(List.of("ok", "de"), lines(r.out()).stream().map(n -> n.get("id").asText()).toList());
    }

    @Test
    void pagesAreAnnotatedAgainstTheGivenDate() throws Exception {
        Path page = dir.resolve("page.html");
        Files.writeString(page, "<html><head><title>Bridge reopens | City News</title></head><body><article>"
                + "<h1>Bridge reopens</h1><p>The old bridge reopened to traffic last week after two years of repairs,"
                + " the city said on Tuesday.</p><p>\"The bridge is safe for the next fifty years,\" said Mayor Olivia"
                + " Grant at the ceremony in the town centre.</p></article></body></html>");
        DossierCliTest.Run r = DossierCliTest.run("annotate", page.toString(), "--date", "2022-01-12", "--json");
        assertEquals(0, r.code(), r.err());
        List<JsonNode> out = lines(r.out());
        assertEquals(1, out.size(), r.out());
        JsonNode n = out.get(0);
        assertTrue(n.get("source").asText().endsWith("page.html"));
        assertEquals("2022-01-11", value(n, "Tuesday"));
        assertEquals("2022-W01", value(n, "last week"));
        assertTrue(n.get("quotes").get(0).get("speaker").asText().endsWith("Olivia Grant"), n.get("quotes").toString());
        assertTrue(n.get("entities").findValuesAsText("text").stream().anyMatch(e -> e.endsWith("Olivia Grant")),
                n.get("entities").toString());
        assertOffsetsIndexTheText(n);
    }

    @Test
    void durationsSetsAndPartsOfADayAreInTheTimes() throws Exception {
        Path in = dir.resolve("spans.jsonl");
        Files.writeString(in, "{\"id\": \"d1\", \"date\": \"2022-01-12\", \"text\": \"The strike lasted three days"
                + " and ended on Monday night. Talks are held every Monday, and the union has lost members over the past"
                + " two years.\"}");
        DossierCliTest.Run r = DossierCliTest.run("annotate", in.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode n = lines(r.out()).get(0);
        assertEquals("P3D", value(n, "three days"));
        assertEquals("2022-01-10TNI", value(n, "Monday night"));
        assertEquals("XXXX-WXX-1", value(n, "every Monday"));
        assertEquals("P2Y", value(n, "the past two years"));
        assertOffsetsIndexTheText(n);
    }

    private static String value(JsonNode n, String text) {
        for (JsonNode t : n.get("times")) {
            if (t.get("text").asText().contains(text)) {
                return t.get("value").asText();
            }
        }
        throw new AssertionError("no time " + text + " in " + n.get("times"));
    }
}
