package org.dossier.synthesize.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.rules.RuleFiles;

/**
 * Marks the figures of an article that are parts of another figure it names just before, in the same sentence or
 * the next: smaller figures of its unit after a word that names parts ("in two steps", "of which", "including";
 * every language's {@code <lang>/part-cues.txt}), or a run of two or more of them that adds up to it ("a 5 percent
 * rise; 3 percent in May and a further 2 percent in March"). A part is never another value of its whole
 * ({@link ClaimGroups}): the May step is no figure contradicting the 5 percent deal.
 */
final class ClaimParts {
    private static final List<String> LANGUAGES = List.of("en", "fr", "de", "es");
    private static final Pattern CUES = cues();
    /** How far a run of parts may miss its whole, as a share of it (rounded figures: "2.9 and 3.1 of 6"). */
    private static final double SUM_TOLERANCE = 0.005;

    private ClaimParts() {}

    /**
     * The claims of one article ({@code text}; {@code sentences} its sentence spans {start, end} in order, {@code
     * barriers} its time expressions) with each part marked by the figure it is a part of.
     */
    static List<FoundClaim> mark(List<FoundClaim> found, String text, List<int[]> sentences, List<int[]> barriers) {
        List<FoundClaim> out = new ArrayList<>(found);
        for (FoundClaim whole : found) {
            Quantity w = whole.quantity();
            if (w.vague()) {
                continue;
            }
            int s = sentenceAt(sentences, whole.sentence());
            if (s < 0) {
                continue;
            }
            int end = sentences.get(Math.min(s + 1, sentences.size() - 1))[1];
            List<Quantity> after = new ArrayList<>();
            for (int i = s; i <= Math.min(s + 1, sentences.size() - 1); i++) {
                int[] span = sentences.get(i);
                for (Quantity q : QuantityParser.parse(text.substring(span[0], span[1]), span[0], barriers)) {
                    if (q.start() >= w.end() && q.unit().equals(w.unit()) && !q.vague() && q.value() < w.value()) {
                        after.add(q);
                    }
                }
            }
            if (after.isEmpty()) {
                continue;
            }
            int cue = cue(text, w.end(), end);
            List<Quantity> parts = new ArrayList<>(after.stream().filter(q -> cue >= 0 && q.start() >= cue).toList());
            parts.addAll(summing(after, w.value()));
            for (int i = 0; i < out.size(); i++) {
                FoundClaim f = out.get(i);
                if (f.partOf() < 0 && f.claim().article().equals(whole.claim().article())
                        && parts.stream().anyMatch(p -> p.start() == f.quantity().start())) {
                    out.set(i, new FoundClaim(f.claim(), f.quantity(), f.sentence(), w.start()));
                }
            }
        }
        return out;
    }

    /** The index of the sentence starting at {@code start}, or -1. */
    private static int sentenceAt(List<int[]> sentences, int start) {
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i)[0] == start) {
                return i;
            }
        }
        return -1;
    }

    /** The end of the first word naming parts in text[from, to), or -1. */
    private static int cue(String text, int from, int to) {
        if (CUES == null || from >= to) {
            return -1;
        }
        Matcher m = CUES.matcher(text.substring(from, to));
        return m.find() ? from + m.end() : -1;
    }

    /** The figures of the first run of two or more in a row that adds up to {@code whole}, or none. */
    private static List<Quantity> summing(List<Quantity> after, double whole) {
        for (int i = 0; i < after.size(); i++) {
            double sum = after.get(i).value();
            for (int j = i + 1; j < after.size(); j++) {
                sum += after.get(j).value();
                if (Math.abs(sum - whole) <= SUM_TOLERANCE * whole) {
                    return after.subList(i, j + 1);
                }
                if (sum > whole) {
                    break;
                }
            }
        }
        return List.of();
    }

    private static Pattern cues() {
        List<String> all = new ArrayList<>();
        for (String lang : LANGUAGES) {
            RuleFiles.lines(ClaimParts.class, lang, "part-cues.txt").forEach(c -> all.add(Pattern.quote(c.strip())));
        }
        return all.isEmpty() ? null : Pattern.compile("(?<!\\p{L})(?:" + String.join("|", all) + ")(?!\\p{L})",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
