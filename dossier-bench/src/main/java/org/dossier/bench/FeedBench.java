package org.dossier.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dossier.input.SkippedRecords;
import org.dossier.input.feed.FeedPageInput;
import org.dossier.model.InputFailure;
import org.dossier.model.RawPage;

/**
 * Read speed of the feed reader ({@code bench/run.sh feed [ITEMS [ROUNDS]]}): an RSS 2.0 feed of ITEMS items with
 * full content (default 1,000, built here at run time, each item a few paragraphs of varied words) read ROUNDS times
 * (default 20), and a one-item feed read 5,000 times (the cost a feed pays once, whatever its size). Prints the CPU
 * time of the reading thread per read and the items per CPU second, the figures that compare on a shared machine.
 */
public final class FeedBench {
    private static final String[] WORDS = ("council minister budget vote harbour bridge strike union court ruling "
            + "election mayor police river school hospital report inquiry market energy price talks agreement "
            + "summit army border refugees trade tariff storm flood rescue festival museum").split(" ");

    private FeedBench() {}

    public static void main(String[] args) throws Exception {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path dir = Files.createTempDirectory("feed-bench");
        Path big = Files.writeString(dir.resolve("big.rss"), feed(items, new Random(15)), StandardCharsets.UTF_8);
        Path small = Files.writeString(dir.resolve("small.rss"), feed(1, new Random(16)), StandardCharsets.UTF_8);
        System.out.printf("# feed of %,d items, %,d bytes%n", items, Files.size(big));
        for (int i = 0; i < 3; i++) {
            read(big);
        }
        for (int i = 0; i < 500; i++) {
            read(small);
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long t0 = cpu.getCurrentThreadCpuTime();
        int pages = 0;
        for (int i = 0; i < rounds; i++) {
            pages = read(big);
        }
        double bigCpu = (cpu.getCurrentThreadCpuTime() - t0) / 1e9 / rounds;
        System.out.printf("feed of %,d items: %d pages, %.1f ms CPU per read, %,.0f items per CPU second%n",
                items, pages, bigCpu * 1e3, items / bigCpu);
        int smallReads = 5_000;
        long t1 = cpu.getCurrentThreadCpuTime();
        for (int i = 0; i < smallReads; i++) {
            read(small);
        }
        double smallCpu = (cpu.getCurrentThreadCpuTime() - t1) / 1e9 / smallReads;
        System.out.printf("one-item feed: %.3f ms CPU per read, %,.0f reads per CPU second%n",
                smallCpu * 1e3, 1 / smallCpu);
        Files.delete(big);
        Files.delete(small);
        Files.delete(dir);
    }

    private static int read(Path file) {
        List<RawPage> pages = new ArrayList<>();
        List<InputFailure> failures = new ArrayList<>();
        new FeedPageInput(file, new SkippedRecords()).read(pages::add, failures::add);
        if (!failures.isEmpty()) {
            throw new IllegalStateException(file + ": " + failures.get(0).reason());
        }
        return pages.size();
    }

    static String feed(int items, Random r) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
                + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">\n<channel><title>Bench feed</title>"
                + "<link>https://news.example/</link><description>Built at run time</description>\n");
        for (int i = 0; i < items; i++) {
            b.append("<item><title>").append(sentence(r, 8)).append("</title><link>https://news.example/a/")
                    .append(i).append("</link><pubDate>Tue, 0").append(1 + i % 9)
                    .append(" Dec 2026 10:00:00 GMT</pubDate><author>desk@news.example (Ana Novak)</author>")
                    .append("<category>World</category><description>").append(sentence(r, 20))
                    .append("</description><content:encoded><![CDATA[");
            for (int p = 0; p < 4; p++) {
                b.append("<p>").append(sentence(r, 40)).append(' ').append(sentence(r, 30)).append("</p>");
            }
            b.append("]]></content:encoded></item>\n");
        }
        return b.append("</channel></rss>\n").toString();
    }

    private static String sentence(Random r, int words) {
        StringBuilder s = new StringBuilder();
        for (int w = 0; w < words; w++) {
            String word = WORDS[r.nextInt(WORDS.length)];
            s.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word).append(' ');
        }
        return s.toString().strip() + ".";
    }
}
