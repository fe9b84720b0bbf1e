package org.dossier.synthesize.claims;

import org.dossier.model.StoryDossier.Claim;

/** A claim as the dossier lists it, with the quantity it was read from (kept for grouping claims about one thing). */
public record FoundClaim(Claim claim, Quantity quantity) {}
