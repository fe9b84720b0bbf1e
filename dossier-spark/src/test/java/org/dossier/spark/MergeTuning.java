package org.dossier.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.chain.ArticleChain;
import org.dossier.chain.Composition;
import org.dossier.chain.ProcessedArticle;
import org.dossier.cluster.CentroidMerge;
import org.dossier.cluster.ClusterParams;
import org.dossier.cluster.FrequencyTable;
import org.dossier.cluster.MergeComponents;
import org.dossier.dedup.Signer;
import org.dossier.input.jsonl.JsonLinesPageInput;
import org.dossier.model.Article;
import org.dossier.model.RawPage;
import org.dossier.text.TextFeatures;
import scala.Tuple2;

/**
 * The distributed stories step's parts and merge computed in one JVM on clustering records with gold stories
 * ({@code {id, title, text, date, lang, story}}), to choose the merge rule: prints B-cubed F1 for each rule
 * (thresholds 0.3 to 0.7; the document join for stories of up to 0, 1, 2 or any number of documents) on the whole file and on each half of its stories
 * (split by the story label's hash). Not a test; run by {@code bench/run.sh spark-merge}. Copies are not removed
 * (the job removes them first).
 * Arguments: FILE [WINDOW_DAYS [batch|incremental]].
 */
public final class MergeTuning {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        boolean batch = args.length <= 2 || args[2].equals("batch");
        ArticleChain chain = Composition.standard().articleChain();
        List<RawPage> pages = new ArrayList<>();
        new JsonLinesPageInput(file).read(pages::add, f -> System.err.println(f));
        Map<String, String> gold = new HashMap<>();
        for (String line : java.nio.file.Files.readAllLines(file)) {
            if (!line.isBlank()) {
                var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
                gold.put(node.get("id").asText(), node.get("story").asText());
            }
        }
        List<Article> articles = new ArrayList<>();
        for (RawPage p : pages) {
            chain.process(p, f -> System.err.println(f)).map(ProcessedArticle::article).ifPresent(articles::add);
        }
        System.out.println("# " + articles.size() + " articles of " + gold.size() + " records, " + days + "-day parts, "
                + (batch ? "batch" : "incremental"));
        for (int half = -1; half <= 1; half++) {
            List<Article> in = new ArrayList<>();
            for (Article a : articles) {
                String g = gold.get(recordId(a));
                if (half < 0 || Math.floorMod(g.hashCode(), 2) == half) {
                    in.add(a);
                }
            }
            List<SignedArticle> signed = sign(in);
            FrequencyTable table = frequencies(signed);
            Map<String, List<SignedArticle>> parts = parts(signed, days);
            List<WindowClusters.PartStory> stories = stories(parts, table, batch);
            StringBuilder line = new StringBuilder(half < 0 ? "all " : "half " + half);
            line.append(String.format(" (%d articles, %d parts, %d part stories): none %.4f", in.size(), parts.size(),
                    stories.size(), score(stories, Map.of(), gold, in)));
            for (int join : new int[] {0, 1, 2, 1000}) {
                for (double t : new double[] {0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7}) {
                    CentroidMerge.Rule rule = new CentroidMerge.Rule(t, join);
                    line.append(String.format("  %s%.2f %.4f", join == 0 ? "" : "j" + join + "/", t, score(stories,
                            merges(stories, table, batch, rule), gold, in)));
                }
            }
            System.out.println(line);
        }
    }

    /** The articles by part (language × window), each part in order. */
    static Map<String, List<SignedArticle>> parts(List<SignedArticle> signed, int days) {
        Map<String, List<SignedArticle>> parts = new LinkedHashMap<>();
        signed.forEach(a -> parts.computeIfAbsent(WindowClusters.part(a, days), k -> new ArrayList<>()).add(a));
        return parts;
    }

    /** The stories of every part, clustered as the job clusters each. */
    static List<WindowClusters.PartStory> stories(Map<String, List<SignedArticle>> parts, FrequencyTable table,
                                                  boolean batch) {
        return stories(parts, Map.of(), table, batch);
    }

    /** The same, with the copies among the articles ({@code rootOf}: copy id to its root original's id). */
    static List<WindowClusters.PartStory> stories(Map<String, List<SignedArticle>> parts, Map<String, String> rootOf,
                                                  FrequencyTable table, boolean batch) {
        List<WindowClusters.PartStory> stories = new ArrayList<>();
        parts.forEach((part, list) -> stories.addAll(WindowClusters.clusterPart(part, list, rootOf, table, batch)));
        return stories;
    }

    /** The job's merges of the stories (candidates in key buckets, joined by {@link MergeComponents}). */
    static Map<String, String> merges(List<WindowClusters.PartStory> stories, FrequencyTable table,
                                              boolean batch, CentroidMerge.Rule rule) {
        Map<Long, List<WindowClusters.PartStory>> buckets = new LinkedHashMap<>();
        for (WindowClusters.PartStory s : stories) {
            for (long k : s.centroid().indexKeys()) {
                buckets.computeIfAbsent(k, x -> new ArrayList<>()).add(s);
            }
        }
        List<Tuple2<Long, Iterable<WindowClusters.PartStory>>> it = new ArrayList<>();
        buckets.forEach((k, v) -> it.add(new Tuple2<>(k, v)));
        List<MergeComponents.Candidate> pairs = new ArrayList<>();
        WindowClusters.judgeBuckets(it.iterator(), table, batch, rule).forEachRemaining(pairs::add);
        List<MergeComponents.Candidate> distinct = new ArrayList<>(new java.util.LinkedHashSet<>(pairs));
        Map<String, MergeComponents.PartCentroid> byId = new HashMap<>();
        stories.forEach(s -> byId.put(s.centroid().id(), new MergeComponents.PartCentroid(s.part(), s.centroid())));
        return WindowClusters.join(distinct, byId, table, batch, rule);
    }

    private static String recordId(Article a) {
        return a.source().substring(a.source().lastIndexOf('#') + 1);
    }

    static List<SignedArticle> sign(List<Article> in) {
        List<Article> order = new ArrayList<>(in);
        order.sort(Comparator.comparing(Article::published, Comparator.nullsLast(Comparator.naturalOrder())));
        Signer signer = new Signer();
        List<SignedArticle> out = new ArrayList<>();
        long seq = 0;
        for (Article a : order) {
            TextFeatures f = TextFeatures.of(a.title(), a.text());
            out.add(SignedArticle.of(a.id(), seq++, a.title(), a.text(), a.published(), a.language(),
                    a.translationScore(), signer.sign(a.title(), a.text(), f)));
        }
        return out;
    }

    static FrequencyTable frequencies(List<SignedArticle> signed) {
        FrequencyTable.Counter counter = new FrequencyTable.Counter(ClusterParams.INCREMENTAL);
        signed.forEach(a -> counter.count(WindowClusters.doc(a)));
        return FrequencyTable.of(counter.documents(), counter.features());
    }

    /** B-cubed F1 of the stories (after the merges) against the gold labels, over the given articles. */
    private static double score(List<WindowClusters.PartStory> stories, Map<String, String> merged,
                                Map<String, String> gold, List<Article> in) {
        Map<String, String> articleGold = new HashMap<>();
        in.forEach(a -> articleGold.put(a.id(), gold.get(recordId(a))));
        Map<String, String> pred = new HashMap<>();
        for (WindowClusters.PartStory s : stories) {
            String story = merged.getOrDefault(s.centroid().id(), s.centroid().id());
            s.members().forEach(m -> pred.put(m, story));
        }
        return JobSteps.score(pred, articleGold)[0];
    }
}
