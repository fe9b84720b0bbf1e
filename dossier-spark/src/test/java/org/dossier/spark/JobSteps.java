package org.dossier.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dossier.chain.ArticleChain;
import org.dossier.chain.Composition;
import org.dossier.chain.ProcessedArticle;
import org.dossier.cluster.CentroidMerge;
import org.dossier.cluster.FrequencyTable;
import org.dossier.cluster.StoryClusterer;
import org.dossier.dedup.CopyJudge;
import org.dossier.input.jsonl.JsonLinesPageInput;
import org.dossier.model.Article;
import org.dossier.model.RawPage;

/**
 * Where the distributed stories step loses B-cubed F1 against {@code dossier cluster} on clustering records with
 * gold stories ({@code {id, title, text, date, lang, story}}): each step of the job computed in one JVM, without
 * Spark, and scored (F1, precision, recall) one change at a time: {@code dossier cluster} on the raw records; the
 * same batch clustering on the article chain's articles; one part over the broadcast statistics; copies removed
 * before clustering (and joined to their root's story after it) or clustered; time-window parts; the merge with
 * its bucket cap or without. Then, for the job's configuration, the gold stories it splits or merges that
 * {@code dossier cluster} does not. Not a test; run by {@code bench/run.sh spark-steps}.
 * Arguments: FILE [WINDOW_DAYS [HALF]] (HALF 0 or 1: only the stories whose label hashes to it, as
 * {@link MergeTuning} splits them).
 */
public final class JobSteps {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int half = args.length > 2 ? Integer.parseInt(args[2]) : -1;
        ObjectMapper json = new ObjectMapper();
        Map<String, String> gold = new HashMap<>();
        List<StoryClusterer.Doc> raw = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = json.readTree(line);
            if (half >= 0 && Math.floorMod(n.get("story").asText().hashCode(), 2) != half) {
                continue;
            }
            gold.put(n.get("id").asText(), n.get("story").asText());
            String date = n.hasNonNull("date") ? n.get("date").asText() : null;
            raw.add(StoryClusterer.Doc.of(n.get("id").asText(), text(n, "title"), text(n, "text"),
                    date == null || date.length() < 10 ? null : LocalDate.parse(date.substring(0, 10)), text(n, "lang")));
        }
        ArticleChain chain = Composition.standard().articleChain();
        List<RawPage> pages = new ArrayList<>();
        new JsonLinesPageInput(file).read(pages::add, f -> System.err.println(f));
        List<Article> articles = new ArrayList<>();
        for (RawPage p : pages) {
            String id = p.source().substring(p.source().lastIndexOf('#') + 1);
            if (!gold.containsKey(id)) {
                continue;
            }
            chain.process(p, f -> System.err.println(f)).map(ProcessedArticle::article).ifPresent(articles::add);
        }
        Map<String, String> record = new HashMap<>();
        articles.forEach(a -> record.put(a.id(), a.source().substring(a.source().lastIndexOf('#') + 1)));
        System.out.println("# " + articles.size() + " articles of " + gold.size() + " records, " + days + "-day parts");

        Map<String, StoryClusterer.Doc> rawById = new HashMap<>();
        raw.forEach(d -> rawById.put(d.id(), d));
        int[] diff = new int[5];
        for (Article a : articles) {
            StoryClusterer.Doc d = rawById.get(record.get(a.id()));
            diff[0] += java.util.Objects.equals(d.title(), a.title()) ? 0 : 1;
            diff[1] += java.util.Objects.equals(d.text(), a.text()) ? 0 : 1;
            diff[2] += java.util.Objects.equals(d.date(), a.published()) ? 0 : 1;
            diff[3] += java.util.Objects.equals(d.lang(), a.language()) ? 0 : 1;
            if (diff[1] == 1 && diff[4]++ == 0) {
                System.out.println("# raw text:   " + d.text().substring(0, Math.min(300, d.text().length())).replace("\n", "|"));
                System.out.println("# chain text: " + a.text().substring(0, Math.min(300, a.text().length())).replace("\n", "|"));
            }
        }
        System.out.printf("# chain vs raw records: title %d, text %d, date %d, language %d differ%n", diff[0], diff[1],
                diff[2], diff[3]);
        Map<String, String> cluster = Composition.standard().batchClustering().cluster(raw);
        report("dossier cluster (raw records)", cluster, gold);

        List<SignedArticle> signed = MergeTuning.sign(articles);
        FrequencyTable table = MergeTuning.frequencies(signed);
        List<StoryClusterer.Doc> chainDocs = signed.stream().map(WindowClusters::doc).toList();
        report("batch on the chain's articles", byRecord(Composition.standard().batchClustering().cluster(chainDocs),
                record), gold);

        String[] fields = {"title", "text", "date", "language"};
        for (int k = 1; k < 16; k++) {
            List<StoryClusterer.Doc> mixed = new ArrayList<>();
            for (StoryClusterer.Doc c : chainDocs) {
                StoryClusterer.Doc r = rawById.get(record.get(c.id()));
                mixed.add(StoryClusterer.Doc.of(c.id(), (k & 1) != 0 ? r.title() : c.title(),
                        (k & 2) != 0 ? r.text() : c.text(), (k & 4) != 0 ? r.date() : c.date(),
                        (k & 8) != 0 ? r.lang() : c.lang()));
            }
            StringBuilder what = new StringBuilder("batch on the chain's articles, raw");
            for (int f = 0; f < 4; f++) {
                what.append((k & (1 << f)) != 0 ? " " + fields[f] : "");
            }
            report(what.toString(), byRecord(Composition.standard().batchClustering().cluster(mixed), record), gold);
            if (k == 15 || k == 4) {
                Map<String, Integer> at = new HashMap<>();
                for (int i = 0; i < raw.size(); i++) {
                    at.put(raw.get(i).id(), i);
                }
                mixed.sort(java.util.Comparator.comparingInt(d -> at.get(record.get(d.id()))));
                report(what + ", file order", byRecord(Composition.standard().batchClustering().cluster(mixed),
                        record), gold);
            }
        }
        // ingest's decisions (--stories auto): one pass, its stricter join threshold, no second pass
        for (org.dossier.cluster.ClusterParams params : List.of(org.dossier.cluster.ClusterParams.INCREMENTAL,
                org.dossier.cluster.ClusterParams.DEFAULT)) {
            String name = params == org.dossier.cluster.ClusterParams.INCREMENTAL ? "ingest's" : "batch";
            report("one pass (" + name + " threshold), raw records, file order", onePass(raw, params), gold);
            report("one pass (" + name + " threshold), chain's articles, job order",
                    byRecord(onePass(chainDocs, params), record), gold);
        }
        Map<String, BandDedup.Copy> copies = copies(signed);
        long duplicates = copies.values().stream().filter(BandDedup.Copy::duplicate).count();
        System.out.printf("# copies: %d (%d duplicates, %d derived)%n", copies.size(), duplicates,
                copies.size() - duplicates);
        int sameGold = 0;
        for (Map.Entry<String, BandDedup.Copy> e : copies.entrySet()) {
            sameGold += gold.get(record.get(e.getKey())).equals(gold.get(record.get(e.getValue().root()))) ? 1 : 0;
        }
        System.out.printf("# copies in their root's gold story: %d of %d%n", sameGold, copies.size());
        List<SignedArticle> originals = signed.stream().filter(a -> !copies.containsKey(a.id())).toList();

        for (boolean removed : new boolean[] {false, true}) {
            List<SignedArticle> in = removed ? originals : signed;
            String tag = removed ? "copies removed, joined after" : "copies clustered";
            Map<String, List<SignedArticle>> one = new LinkedHashMap<>();
            one.put("all", new ArrayList<>(in));
            report("one part, " + tag, place(MergeTuning.stories(one, table, true), Map.of(), copies, record),
                    gold);
            List<WindowClusters.PartStory> parts = MergeTuning.stories(MergeTuning.parts(in, days), table, true);
            report(days + "-day parts, no merge, " + tag, place(parts, Map.of(), copies, record), gold);
            Map<String, String> merged = MergeTuning.merges(parts, table, true, CentroidMerge.Rule.DEFAULT);
            Map<String, String> job = place(parts, merged, copies, record);
            report(days + "-day parts, merged, " + tag, job, gold);
            if (removed) {
                differences(job, cluster, gold);
            }
        }
        Map<String, String> rootOf = new HashMap<>();
        copies.forEach((c, r) -> rootOf.put(c, r.root()));
        Map<String, SignedArticle> byId = new HashMap<>();
        signed.forEach(a -> byId.put(a.id(), a));
        for (boolean incremental : new boolean[] {false, true}) {
            String how = incremental ? "incremental" : "batch";
            Map<String, List<SignedArticle>> one = new LinkedHashMap<>();
            one.put("all", new ArrayList<>(signed));
            report("one part, copies placed with their root, " + how, place(MergeTuning.stories(one, rootOf, table,
                    !incremental), Map.of(), Map.of(), record), gold);
            for (boolean rootPart : new boolean[] {false, true}) {
                Map<String, List<SignedArticle>> parts = new LinkedHashMap<>();
                for (SignedArticle a : signed) {
                    SignedArticle keyed = rootPart && rootOf.containsKey(a.id()) ? byId.get(rootOf.get(a.id())) : a;
                    parts.computeIfAbsent(WindowClusters.part(keyed, days), k -> new ArrayList<>()).add(a);
                }
                List<WindowClusters.PartStory> stories = MergeTuning.stories(parts, rootOf, table, !incremental);
                Map<String, String> merged = MergeTuning.merges(stories, table, !incremental, CentroidMerge.Rule.DEFAULT);
                report(days + "-day parts, merged, copies placed with root, " + (rootPart ? "root's part, " : "own part, ")
                        + how, place(stories, merged, Map.of(), record), gold);
            }
        }
    }

    /** One pass of the clusterer over the documents in the given order, every document counted first. */
    private static Map<String, String> onePass(List<StoryClusterer.Doc> docs, org.dossier.cluster.ClusterParams params) {
        FrequencyTable.Counter counter = new FrequencyTable.Counter(params);
        docs.forEach(counter::count);
        org.dossier.cluster.IncrementalClusterer c = new org.dossier.cluster.IncrementalClusterer(params,
                FrequencyTable.of(counter.documents(), counter.features()));
        Map<String, String> story = new HashMap<>();
        docs.forEach(d -> story.put(d.id(), c.assign(d)));
        story.replaceAll((id, st) -> c.resolve(st));
        return story;
    }

    /** The copies among the articles, as {@link BandDedup} finds them in Spark (band buckets, strongest edge), the
     * chains collapsed in one pass in order. */
    static Map<String, BandDedup.Copy> copies(List<SignedArticle> signed) {
        Map<Long, List<SignedArticle>> buckets = new LinkedHashMap<>();
        for (SignedArticle a : signed) {
            for (long k : CopyJudge.bandKeys(a.signature())) {
                buckets.computeIfAbsent(k, x -> new ArrayList<>()).add(a);
            }
        }
        CopyJudge judge = new CopyJudge();
        List<BandDedup.CopyEdge> edges = new ArrayList<>();
        buckets.values().forEach(b -> BandDedup.judgeBucket(judge, b, edges));
        Map<String, BandDedup.CopyEdge> best = new LinkedHashMap<>();
        edges.forEach(e -> best.merge(e.copy(), e, BandDedup::stronger));
        List<BandDedup.CopyEdge> ordered = new ArrayList<>(best.values());
        ordered.sort(java.util.Comparator.comparingLong(BandDedup.CopyEdge::copySeq));
        Map<String, BandDedup.Copy> copies = new HashMap<>();
        for (BandDedup.CopyEdge e : ordered) {
            BandDedup.Copy of = copies.get(e.original());
            copies.put(e.copy(), new BandDedup.Copy(of == null ? e.original() : of.root(),
                    e.relation() == org.dossier.dedup.DedupEvidence.Relation.DUPLICATE));
        }
        return copies;
    }

    /** Record id to story: each part story's members under its merged story, each copy under its root's. */
    static Map<String, String> place(List<WindowClusters.PartStory> stories, Map<String, String> merged,
                                     Map<String, BandDedup.Copy> copies, Map<String, String> record) {
        Map<String, String> story = new HashMap<>();
        for (WindowClusters.PartStory s : stories) {
            String id = merged.getOrDefault(s.centroid().id(), s.centroid().id());
            s.members().forEach(m -> story.put(m, id));
        }
        copies.forEach((copy, c) -> story.putIfAbsent(copy, story.get(c.root())));
        return byRecord(story, record);
    }

    private static Map<String, String> byRecord(Map<String, String> byArticle, Map<String, String> record) {
        Map<String, String> out = new HashMap<>();
        byArticle.forEach((a, s) -> out.put(record.get(a), s));
        return out;
    }

    /** B-cubed F1, precision and recall of a prediction (record id to story) over the records it names. */
    static double[] score(Map<String, String> pred, Map<String, String> gold) {
        Map<String, Integer> predSize = new HashMap<>();
        Map<String, Integer> goldSize = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        pred.forEach((id, p) -> {
            predSize.merge(p, 1, Integer::sum);
            goldSize.merge(gold.get(id), 1, Integer::sum);
            both.merge(p + "\t" + gold.get(id), 1, Integer::sum);
        });
        double precision = 0;
        double recall = 0;
        for (Map.Entry<String, String> e : pred.entrySet()) {
            int b = both.get(e.getValue() + "\t" + gold.get(e.getKey()));
            precision += (double) b / predSize.get(e.getValue());
            recall += (double) b / goldSize.get(gold.get(e.getKey()));
        }
        precision /= pred.size();
        recall /= pred.size();
        return new double[] {2 * precision * recall / (precision + recall), precision, recall};
    }

    private static void report(String what, Map<String, String> pred, Map<String, String> gold) {
        double[] s = score(pred, gold);
        System.out.printf("%-52s F1 %.4f  P %.4f  R %.4f  (%d records, %d stories)%n", what, s[0], s[1], s[2],
                pred.size(), pred.values().stream().distinct().count());
    }

    /** The gold stories whose number of predicted stories (or whose mixing with others) differs between the two. */
    private static void differences(Map<String, String> job, Map<String, String> cluster, Map<String, String> gold) {
        Map<String, List<String>> byGold = new TreeMap<>();
        gold.forEach((id, g) -> byGold.computeIfAbsent(g, k -> new ArrayList<>()).add(id));
        System.out.println("# gold story: size, pieces job/cluster, foreign records in its pieces job/cluster");
        for (Map.Entry<String, List<String>> e : byGold.entrySet()) {
            int[] j = pieces(e.getValue(), job, gold, e.getKey());
            int[] c = pieces(e.getValue(), cluster, gold, e.getKey());
            if (j[0] != c[0] || j[1] != c[1]) {
                System.out.printf("  %s: %d, %d/%d, %d/%d%n", e.getKey(), e.getValue().size(), j[0], c[0], j[1], c[1]);
            }
        }
    }

    private static int[] pieces(List<String> members, Map<String, String> pred, Map<String, String> gold, String g) {
        java.util.Set<String> stories = new java.util.HashSet<>();
        members.stream().map(pred::get).filter(java.util.Objects::nonNull).forEach(stories::add);
        int foreign = 0;
        for (Map.Entry<String, String> e : pred.entrySet()) {
            if (stories.contains(e.getValue()) && !g.equals(gold.get(e.getKey()))) {
                foreign++;
            }
        }
        return new int[] {stories.size(), foreign};
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
