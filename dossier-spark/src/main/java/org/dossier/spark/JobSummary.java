package org.dossier.spark;

import java.util.List;

/**
 * What a run of the job did: the inputs of the list, pages read, articles written, pages refused by extraction,
 * records that could not be read, records passed over on purpose (with their lines per file), distinct articles
 * placed in stories, stories, and every refused or unreadable input ({@code SOURCE<TAB>STAGE<TAB>REASON}).
 */
public record JobSummary(int inputs, long pages, long articles, long refused, long unreadable, long skipped,
        long placed, long stories, List<String> failures, List<String> skippedLines) {

    /** The summary in one line, for stderr. */
    public String line() {
        return inputs + " inputs: " + pages + " pages, " + articles + " articles, " + refused + " pages without an article, "
                + unreadable + " unreadable records, " + skipped + " records skipped; " + placed + " distinct articles in "
                + stories + " stories";
    }
}
