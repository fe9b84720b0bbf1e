package org.dossier.synthesize.claims;

/**
 * One step of reading a quantity at a token: it reads on from what the stages before it found and records what
 * it finds in the {@link QuantityReading}. The stages and their order are set in one place, {@link QuantityParser}.
 */
interface QuantityStage {
    /** Reads this stage's part; false when the tokens hold no quantity here, ending the reading. */
    boolean read(QuantityTokens tokens, QuantityReading reading);
}
