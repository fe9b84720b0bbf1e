package org.dossier.app;

import java.util.List;
import org.dossier.model.InputFailure;

/**
 * What an ingest batch did: pages added, pages already stored (skipped before extraction), inputs that failed, pages
 * a feed item of the same ingest enriched (its date, title, author), and the feed items without full content whose
 * link was no page of the ingest ({@code FILE#N LINK}).
 */
public record IngestReport(int added, int alreadyStored, List<InputFailure> failures, int enrichedByFeeds,
                           List<String> feedItemsWithoutPage) {
    public IngestReport {
        failures = List.copyOf(failures);
        feedItemsWithoutPage = feedItemsWithoutPage == null ? List.of() : List.copyOf(feedItemsWithoutPage);
    }

    public IngestReport(int added, int alreadyStored, List<InputFailure> failures) {
        this(added, alreadyStored, failures, 0, List.of());
    }

    public boolean ok() {
        return failures.isEmpty();
    }
}
