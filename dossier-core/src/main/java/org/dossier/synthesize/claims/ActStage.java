package org.dossier.synthesize.claims;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.rules.RuleFiles;

/**
 * What a measure or a count of things measures by the verb or noun that governs it ({@code <lang>/figure-acts.txt},
 * every language read together; sums, shares and people are left as they are, but for people counted by a weak noun
 * alone, "340 people", "6,000 residents": {@code weak-nouns.txt}): the word right before the figure
 * ("carrying 1,800 tonnes", "had pumped 1,500 tonnes") or before the "of", "at" or "with" that joins it to the
 * figure ("loaded with 3,000 tonnes"; {@code act-links.txt}), a noun a few words before that word ("a spill of 300
 * tonnes", "put the leak at 300 tonnes"; "released an envelope of" is no act), or a verb after its counted noun past auxiliaries ("90 tonnes of fuel had
 * leaked", "120 Tonnen Öl ausgelaufen"), else a word of the phrase after the counted noun ("people under evacuation
 * orders", whose label then stays as it is). The act is added to the subject ("tonnes of fuel leaked") and to its key
 * words (not for people, whose count stays as bare as it was); {@link ClaimGroups} never groups two figures of different acts: what a ship carried is no figure of what was
 * pumped out of it. Never ends a reading.
 */
final class ActStage implements QuantityStage {
    private static final List<String> LANGUAGES = List.of("en", "fr", "de", "es");
    private static final List<List<String>> ROWS = rows();
    private static final Map<String, String> ACTS = acts();
    /** The forms that are nouns, read also a few words before the link word. */
    private static final Set<String> NOUNS = Set.copyOf(ROWS.stream().filter(r -> r.size() > 2 && "noun".equals(r.get(2)))
            .map(r -> r.get(0).toLowerCase(Locale.ROOT)).toList());
    /** The unit kinds a verb may say what they measure of ({@link ClaimFilter#kind}). */
    private static final Set<String> KINDS = Set.of("measure", "thing");
    private static final Set<String> LINKS = RuleFiles.words(ActStage.class, "act-links.txt");
    private static final Set<String> WEAK = RuleFiles.words(ActStage.class, "weak-nouns.txt");
    /** How many tokens before its link word the act noun may stand ("put the size of the leak at"). */
    private static final int LINK_REACH = 4;
    /** How many auxiliaries or nouns may stand between the counted noun phrase and the act after it. */
    private static final int AFTER_REACH = 5;

    @Override
    public boolean read(QuantityTokens tok, QuantityReading r) {
        if (!KINDS.contains(ClaimFilter.kind(r.unit)) && !weakPeople(r)) {
            return true;
        }
        String act = before(tok, Math.min(r.first, r.startTok));
        if (act == null) {
            act = after(tok, r.endTok + 1);
        }
        boolean inSubject = false;
        if (act == null) {
            act = within(tok, r.last + 1, r.endTok);
            inSubject = act != null;
        }
        if (act == null) {
            return true;
        }
        r.act = act;
        if (r.subject != null && !r.subject.contains(act) && !inSubject) {
            String suffix = r.owner != null ? " (" + r.owner + ")" : "";
            String base = !suffix.isEmpty() && r.subject.endsWith(suffix)
                    ? r.subject.substring(0, r.subject.length() - suffix.length()) : r.subject;
            r.subject = base + " " + act + suffix;
        }
        if (weakPeople(r)) {
            return true; // the act keeps counts apart, no key word links them: a bare count stays bare
        }
        Set<String> keys = new LinkedHashSet<>(r.contextKeys);
        for (String w : act.split(" ")) {
            keys.add(KeyWords.key(w));
        }
        r.contextKeys = keys;
        return true;
    }

    /**
     * Whether the reading counts people by a weak noun alone ("340 people", "roughly 6,000 residents": {@code
     * weak-nouns.txt}), with no modifier: such a count says what it counts only by the verb or noun governing it.
     */
    private static boolean weakPeople(QuantityReading r) {
        return "people".equals(r.unit) && r.unitIndex == 0 && r.unitWord != null
                && WEAK.contains(r.unitWord.toLowerCase(Locale.ROOT));
    }

    /** The act of a word in the phrase after the counted noun, tokens [from, to] ("people under evacuation orders"). */
    private static String within(QuantityTokens tok, int from, int to) {
        for (int i = from; i <= to && i < tok.size(); i++) {
            String a = act(tok.get(i));
            if (a != null) {
                return a;
            }
        }
        return null;
    }

    /** The act of the word right before token {@code b}, or of a noun a few words before the link word there. */
    private static String before(QuantityTokens tok, int b) {
        if (b < 1) {
            return null;
        }
        String right = act(tok.get(b - 1));
        if (right != null || !LINKS.contains(tok.get(b - 1).toLowerCase(Locale.ROOT))) {
            return right;
        }
        for (int i = b - 2; i >= Math.max(0, b - 1 - LINK_REACH); i--) {
            String t = tok.get(i);
            if (!QuantityTokens.isWord(t)) {
                return null;
            }
            String a = act(t);
            if (a != null && (i == b - 2 || NOUNS.contains(t.toLowerCase(Locale.ROOT)))) {
                return a;
            }
        }
        return null;
    }

    /**
     * The act of a verb after the counted noun phrase ending before token {@code k}, past stop words (auxiliaries:
     * "had", "have been", "se sont"), capitalised nouns (a German object before its participle: "120 Tonnen Öl sind
     * ausgelaufen") and the word after a link word ("120 tonnes de fioul se sont déversées"); null at a punctuation
     * mark or another word.
     */
    private static String after(QuantityTokens tok, int k) {
        for (int i = k; i < tok.size() && i <= k + AFTER_REACH; i++) {
            String t = tok.get(i);
            if (!QuantityTokens.isWord(t)) {
                return null;
            }
            String a = act(t);
            if (a != null) {
                return a;
            }
            boolean linked = i > k && LINKS.contains(tok.get(i - 1).toLowerCase(Locale.ROOT));
            if (!KeyWords.isStop(t) && !Character.isUpperCase(t.charAt(0)) && !linked) {
                return null;
            }
        }
        return null;
    }

    private static String act(String t) {
        String a = ACTS.get(t);
        return a != null ? a : ACTS.get(t.toLowerCase(Locale.ROOT));
    }

    private static List<List<String>> rows() {
        List<List<String>> out = new java.util.ArrayList<>();
        LANGUAGES.forEach(l -> out.addAll(RuleFiles.table(ActStage.class, l, "figure-acts.txt")));
        return List.copyOf(out);
    }

    private static Map<String, String> acts() {
        Map<String, String> out = new java.util.HashMap<>();
        ROWS.stream().filter(r -> r.size() > 1).forEach(r -> out.putIfAbsent(r.get(0).toLowerCase(Locale.ROOT), r.get(1)));
        return Map.copyOf(out);
    }
}
