package org.dossier.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.chain.StandardStages;
import org.dossier.extract.Extractor;
import org.dossier.input.FilePageInput;
import org.dossier.language.LanguageIdentifier;
import org.dossier.model.Article;
import org.dossier.model.RawPage;

/**
 * Where the CPU of {@code dossier extract} goes per page, warm, on one thread: reads the pages of a folder once,
 * then for ROUNDS rounds extracts each page and identifies its article's language, timing the two with the
 * thread's CPU clock (so a loaded machine changes the figures little). Run it under JFR to see the methods.
 * Usage: ExtractProfile FOLDER [ROUNDS]
 */
public final class ExtractProfile {
    private ExtractProfile() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            files = s.sorted().toList();
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        List<RawPage> pages = FilePageInput.withoutIds(files).readAll(f -> System.err.println(f));
        StandardStages stages = new StandardStages(java.time.Clock.systemUTC());
        Extractor extractor = stages.extractor();
        LanguageIdentifier language = stages.language();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int r = 0; r < rounds; r++) {
            long extract = 0;
            long lang = 0;
            List<String> labels = new ArrayList<>(pages.size());
            for (RawPage p : pages) {
                long t0 = cpu.getCurrentThreadCpuTime();
                Article a = extractor.extract(p);
                long t1 = cpu.getCurrentThreadCpuTime();
                labels.add(language.identify(a.text()));
                long t2 = cpu.getCurrentThreadCpuTime();
                extract += t1 - t0;
                lang += t2 - t1;
            }
            System.out.printf("round %d: extract %.2f ms/page, language %.2f ms/page (%d pages, %d labels en)%n", r,
                    extract / 1e6 / pages.size(), lang / 1e6 / pages.size(), pages.size(),
                    labels.stream().filter("en"::equals).count());
        }
    }
}
