package org.dossier.synthesize.claims;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The key words of the sentence around the quantity, up to {@value #WINDOW} tokens either side of its text: a
 * weaker sign than the subject that two claims count one thing. Never ends a reading.
 */
final class WindowStage implements QuantityStage {
    private static final int WINDOW = 12;

    @Override
    public boolean read(QuantityTokens tok, QuantityReading r) {
        Set<String> out = new LinkedHashSet<>();
        String unitWord = r.unitWord.toLowerCase(Locale.ROOT);
        for (int i = Math.max(0, r.startTok - WINDOW); i < Math.min(tok.size(), r.endTok + 1 + WINDOW); i++) {
            String t = tok.get(i);
            String lower = t.toLowerCase(Locale.ROOT);
            if ((i < r.startTok || i > r.endTok) && QuantityTokens.isWord(t) && t.length() > 3 && !KeyWords.isStop(t)
                    && !NumberReader.isNumberWord(lower) && !lower.equals(unitWord)) {
                out.add(KeyWords.key(t));
            }
        }
        r.window = out;
        return true;
    }
}
