package org.dossier.spark;

import java.util.List;

/**
 * What a run of the job did: the inputs of the list, pages read, articles written, pages refused by extraction,
 * records that could not be read, records passed over on purpose (with their lines per file), distinct articles
 * placed in stories, stories, every refused or unreadable input ({@code SOURCE<TAB>STAGE<TAB>REASON}), the stories
 * analysed and those whose analysis failed ({@code STORY: REASON}), and how long each phase took. Every count is
 * exact when Spark reruns tasks ({@link JobCounters}, and the written tables).
 */
public record JobSummary(int inputs, long pages, long articles, long refused, long unreadable, long skipped,
        long placed, long stories, List<String> failures, List<String> skippedLines, long analysed,
        List<String> analysisFailures, Phases phases) {

    /** Wall-clock nanoseconds of the job's three phases: read and extract, stories, per-story analysis. */
    public record Phases(long articlesNanos, long storiesNanos, long analysisNanos) {}

    /** The summary in one line, for stderr. */
    public String line() {
        return inputs + " inputs: " + pages + " pages, " + articles + " articles, " + refused + " pages without an article, "
                + unreadable + " unreadable records, " + skipped + " records skipped; " + placed + " distinct articles in "
                + stories + " stories; " + analysed + " dossiers" + (analysisFailures.isEmpty() ? ""
                : ", " + analysisFailures.size() + " stories whose analysis failed");
    }

    /** How long each phase took, in one line: {@code phases: articles 1.2 s, stories 3.4 s, analysis 5.6 s}. */
    public String phasesLine() {
        return String.format(java.util.Locale.ROOT, "phases: articles %.1f s, stories %.1f s, analysis %.1f s",
                phases.articlesNanos() / 1e9, phases.storiesNanos() / 1e9, phases.analysisNanos() / 1e9);
    }
}
