package org.dossier.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonlClusteringTest {
    @Test
    void printsOneStoryPerInputLineInInputOrder() {
        String in = """
                {"id":"a","title":"Mara Quinlan enters rehab in Malibu","text":"Mara Quinlan checked into a Malibu clinic on Tuesday.","date":null,"lang":"en"}
                {"id":"b","title":"Storm hits Kellbrook harbour","text":"A storm damaged 40 boats in Kellbrook harbour on Friday.","date":"2021-03-05","lang":"en"}
                {"id":"c","title":"Mara Quinlan in rehab","text":"Actress Mara Quinlan is in a Malibu rehab clinic, her publicist said Tuesday.","date":null,"lang":"en"}
                """;
        StringWriter out = new StringWriter();
        JsonlClustering.run(new StringReader(in), new PrintWriter(out));
        String[] lines = out.toString().strip().split("\n");
        assertEquals(3, lines.length);
        Map<String, String> story = new HashMap<>();
        for (String line : lines) {
            String[] f = line.split("\t");
            story.put(f[0], f[1]);
        }
        assertEquals("a", lines[0].split("\t")[0]);
        assertEquals(story.get("a"), story.get("c"));
        assertNotEquals(story.get("a"), story.get("b"));
    }
}
