package org.dossier.app;

import java.util.List;
import org.dossier.model.InputFailure;

/** What an ingest batch did: pages added, pages already stored, and inputs that failed. */
public record IngestReport(int added, int alreadyStored, List<InputFailure> failures) {
    public boolean ok() {
        return failures.isEmpty();
    }
}
