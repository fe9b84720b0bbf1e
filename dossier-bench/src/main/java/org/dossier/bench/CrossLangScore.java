package org.dossier.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dossier.model.Json;

/**
 * Scores a clustering of the cross-language benchmark ({@link CrossLangSet}'s JSON lines) given as lines
 * {@code id<TAB>story}: B³ precision, recall and F1 over the written articles (stories cut to them); the false joins
 * (written articles placed with an article of another gold story, written or noise page; each such predicted story
 * listed); the cross-language pairs of one gold story that were joined; and, apart, how many noise pages were joined
 * to each other (not counted as false: the scrapinghub set holds a few pages on one story). An article the
 * prediction lacks counts as a story of its own. Use it through {@code bench/run.sh crosslang}.
 */
public final class CrossLangScore {
    private record Gold(String story, String kind, String lang, String title) {}

    private CrossLangScore() {
    }

    /** Args: GOLD.jsonl PRED.tsv LABEL. */
    public static void main(String[] args) throws IOException {
        Map<String, Gold> gold = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode o = Json.MAPPER.readTree(line);
            gold.put(o.get("id").asText(), new Gold(o.get("story").asText(), o.get("kind").asText(),
                    o.path("lang").asText("?"), o.path("title").asText("")));
        }
        Map<String, String> pred = new HashMap<>();
        for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length >= 2 && gold.containsKey(f[0].strip())) {
                pred.put(f[0].strip(), f[1].strip());
            }
        }
        gold.keySet().forEach(id -> pred.putIfAbsent(id, "missing:" + id));
        String label = args.length > 2 ? args[2] : "crosslang";

        Map<String, List<String>> byPred = new TreeMap<>();
        gold.keySet().forEach(id -> byPred.computeIfAbsent(pred.get(id), k -> new ArrayList<>()).add(id));
        List<String> writtenIds = gold.entrySet().stream().filter(e -> !e.getValue().kind().equals("noise"))
                .map(Map.Entry::getKey).toList();
        double[] written = bcubed(writtenIds, gold, pred);

        int falseJoined = 0;
        int intruders = 0;
        int mixed = 0;
        int noiseJoins = 0;
        for (Map.Entry<String, List<String>> c : byPred.entrySet()) {
            List<String> members = c.getValue();
            List<String> ownWritten = members.stream().filter(id -> !gold.get(id).kind().equals("noise")).toList();
            long stories = members.stream().map(id -> gold.get(id).story()).distinct().count();
            if (ownWritten.isEmpty()) {
                noiseJoins += stories > 1 ? members.size() : 0;
                continue;
            }
            if (stories > 1) {
                mixed++;
                for (String id : ownWritten) {
                    String story = gold.get(id).story();
                    if (members.stream().anyMatch(o -> !gold.get(o).story().equals(story))) {
                        falseJoined++;
                    }
                }
                intruders += members.size() - ownWritten.size();
                System.out.println("# mixed story " + c.getKey() + ":");
                members.forEach(id -> System.out.printf("#   %-22s %-3s %-10s %s%n", gold.get(id).story(),
                        gold.get(id).lang(), gold.get(id).kind(), shorten(gold.get(id).title())));
            }
        }
        int crossPairs = 0;
        int crossJoined = 0;
        for (int i = 0; i < writtenIds.size(); i++) {
            for (int j = i + 1; j < writtenIds.size(); j++) {
                Gold a = gold.get(writtenIds.get(i));
                Gold b = gold.get(writtenIds.get(j));
                if (a.story().equals(b.story()) && !a.lang().equals(b.lang())) {
                    crossPairs++;
                    if (pred.get(writtenIds.get(i)).equals(pred.get(writtenIds.get(j)))) {
                        crossJoined++;
                    }
                }
            }
        }
        Map<String, List<String>> split = new TreeMap<>();
        for (String id : writtenIds) {
            split.computeIfAbsent(gold.get(id).story(), k -> new ArrayList<>()).add(pred.get(id));
        }
        split.forEach((story, stories) -> {
            long n = stories.stream().distinct().count();
            if (n > 1) {
                System.out.printf("# split %s into %d stories%n", story, n);
            }
        });
        System.out.printf("%s: bcubed_f1=%.4f (p=%.4f r=%.4f, written articles) "
                        + "crosslang_pairs=%d/%d false_joins=%d (written articles with another story's, in %d stories; %d pages "
                        + "joined to them) noise_joined=%d articles=%d written=%d%n",
                label, f1(written), written[0], written[1], crossJoined, crossPairs, falseJoined, mixed, intruders,
                noiseJoins, gold.size(), writtenIds.size());
    }

    /** B³ precision and recall over the given articles (clusters restricted to them). */
    private static double[] bcubed(List<String> ids, Map<String, Gold> gold, Map<String, String> pred) {
        Map<String, Integer> joint = new HashMap<>();
        Map<String, Integer> goldSize = new HashMap<>();
        Map<String, Integer> predSize = new HashMap<>();
        for (String id : ids) {
            joint.merge(gold.get(id).story() + "\u0000" + pred.get(id), 1, Integer::sum);
            goldSize.merge(gold.get(id).story(), 1, Integer::sum);
            predSize.merge(pred.get(id), 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        for (String id : ids) {
            int k = joint.get(gold.get(id).story() + "\u0000" + pred.get(id));
            p += (double) k / predSize.get(pred.get(id));
            r += (double) k / goldSize.get(gold.get(id).story());
        }
        return new double[] {p / ids.size(), r / ids.size()};
    }

    private static double f1(double[] pr) {
        return pr[0] + pr[1] == 0 ? 0 : 2 * pr[0] * pr[1] / (pr[0] + pr[1]);
    }

    private static String shorten(String s) {
        return s.length() > 70 ? s.substring(0, 70) + "…" : s;
    }
}
