package org.dossier.synthesize;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.rules.RuleFiles;

/**
 * Finds counted quantities in a sentence ("about 100,000 troops near the border", "up to 90,000 troops",
 * "tens of thousands of soldiers", "eight hours of talks") using the number, qualifier and unit tables.
 */
final class QuantityParser {
    private static final Pattern TOKEN = Pattern.compile(
            "\\d{1,3}(?:[ \u00a0\u202f]\\d{3})+(?!\\d|[,.]\\d)|\\d[\\d,.]*\\d|\\d|[$\u20ac\u00a3%]|[\\p{L}][\\p{L}'\u2019\\-]*|\\S");
    private static final Map<String, String> QUALIFIERS = RuleFiles.pairs(QuantityParser.class, "en", "qualifiers.txt");
    private static final Map<String, String> UNITS = RuleFiles.pairs(QuantityParser.class, "en", "unit-groups.txt");
    private static final Set<String> STOPS = RuleFiles.words(QuantityParser.class, "en", "claim-stops.txt");
    private static final Set<String> NON_UNITS = RuleFiles.words(QuantityParser.class, "en", "non-units.txt");
    private static final Map<String, String> SYNONYMS = RuleFiles.pairs(QuantityParser.class, "en", "claim-synonyms.txt");
    private static final int WINDOW = 12;
    private static final List<String[]> VAGUE = RuleFiles.lines(QuantityParser.class, "en", "vague-quantities.txt").stream()
            .map(l -> l.split("\t+")).toList();

    private final List<String> tok = new ArrayList<>();
    private final List<int[]> pos = new ArrayList<>();
    private final int offset;
    private final List<int[]> barriers;

    private QuantityParser(String text, int offset, List<int[]> barriers) {
        this.offset = offset;
        this.barriers = barriers;
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tok.add(m.group());
            pos.add(new int[] {m.start(), m.end()});
        }
    }

    /** The quantities in {@code text}, whose first character is at {@code offset} in the article. */
    static List<Quantity> parse(String text, int offset) {
        return parse(text, offset, List.of());
    }

    /**
     * As {@link #parse(String, int)}, with article ranges (time expressions) that a subject phrase must not
     * run into.
     */
    static List<Quantity> parse(String text, int offset, List<int[]> barriers) {
        return new QuantityParser(text, offset, barriers).all();
    }

    private boolean blocked(int token) {
        int start = pos.get(token)[0] + offset;
        return barriers.stream().anyMatch(b -> b[0] <= start && start < b[1]);
    }

    private List<Quantity> all() {
        List<Quantity> out = new ArrayList<>();
        for (int i = 0; i < tok.size(); i++) {
            Quantity q = at(i);
            if (q != null) {
                out.add(q);
                while (i + 1 < tok.size() && pos.get(i + 1)[0] + offset < q.end()) {
                    i++;
                }
            }
        }
        return out;
    }

    private Quantity at(int i) {
        String bound = "exact";
        int j = i;
        for (Map.Entry<String, String> q : QUALIFIERS.entrySet()) {
            int n = matchPhrase(j, q.getKey());
            if (n > 0) {
                bound = q.getValue();
                j += n;
                break;
            }
        }
        String currency = j < tok.size() && UNITS.containsKey(tok.get(j)) && !isWord(tok.get(j)) ? tok.get(j) : null;
        if (currency != null) {
            j++;
        }
        double[] range = null;
        Double value = null;
        int k = j;
        for (String[] v : VAGUE) {
            int n = matchPhrase(j, v[0]);
            if (n > 0) {
                range = new double[] {Double.parseDouble(v[1]), Double.parseDouble(v[2])};
                k = j + n;
                break;
            }
        }
        if (range == null && j < tok.size() && tok.get(j).equalsIgnoreCase("between")) {
            int[] end = new int[1];
            range = between(j + 1, currency, end);
            if (range == null) {
                return null;
            }
            k = end[0];
        } else if (range == null) {
            int[] end = new int[1];
            value = NumberReader.read(tok, j, end, !"exact".equals(bound) || currency != null);
            if (value == null) {
                return null;
            }
            k = end[0];
        }
        if (range != null && k < tok.size() && tok.get(k).equalsIgnoreCase("of")) {
            k++;
        }
        return withUnit(i, k, bound, currency, value, range);
    }

    /**
     * A stated range "between 180 and 250 million" read from the token after "between": a scale word after the
     * second number applies to both; end[0] is the token after it. Null when the tokens are no such range.
     */
    private double[] between(int j, String currency, int[] end) {
        int[] mid = new int[1];
        Double low = NumberReader.read(tok, j, mid, true);
        if (low == null || mid[0] + 1 >= tok.size() || !tok.get(mid[0]).equalsIgnoreCase("and")) {
            return null;
        }
        int second = mid[0] + 1;
        if (currency != null && tok.get(second).equals(currency)) {
            second++;
        }
        Double high = NumberReader.read(tok, second, end, true);
        if (high == null) {
            return null;
        }
        boolean lowScaled = mid[0] > j + 1;
        if (!lowScaled && Character.isDigit(tok.get(second).charAt(0))) {
            Double base = NumberReader.read(List.of(tok.get(second)), 0, new int[1], true);
            low = base == null || base <= 0 ? low : low * (high / base);
        }
        return low <= high ? new double[] {low, high} : null;
    }

    private Quantity withUnit(int first, int k, String bound, String currency, Double value, double[] range) {
        List<String> run = new ArrayList<>();
        String unitWord = currency;
        int after = k;
        int startTok = first;
        boolean before = false;
        if (currency == null && k < tok.size() && tok.get(k).equals("%")) {
            unitWord = "%";
            after = k + 1;
        } else if (currency == null) {
            while (after < tok.size() && run.size() < 3 && runWord(tok.get(after), run.isEmpty())) {
                run.add(tok.get(after++));
            }
            unitWord = pickUnit(run);
            if (unitWord == null && unitBefore(first)) {
                unitWord = tok.get(first - 2);
                startTok = first - 2;
                before = true;
                run.clear();
            } else if (unitWord == null) {
                return null;
            }
        }
        if (NON_UNITS.contains(unitWord.toLowerCase(Locale.ROOT))) {
            return null;
        }
        String unit = UNITS.getOrDefault(unitWord.toLowerCase(Locale.ROOT), lemma(unitWord));
        int unitIndex = run.indexOf(unitWord);
        List<String> modifiers = unitIndex < 0 ? List.of() : run.subList(0, unitIndex);
        int last = before ? k - 1 : currency == null && unitIndex >= 0 ? k + unitIndex : after - 1;
        List<String> named = moneyNoun(unit, currency, k, run, unitIndex);
        last += named.size();
        List<String> context = new SubjectPhrase(tok, this::blocked).after(last + 1);
        Set<String> modifierKeys = new LinkedHashSet<>();
        modifiers.forEach(m -> modifierKeys.add(stem(m)));
        Set<String> contextKeys = new LinkedHashSet<>();
        named.forEach(m -> contextKeys.add(stem(m)));
        context.stream().filter(c -> !STOPS.contains(c.toLowerCase(Locale.ROOT))).forEach(c -> contextKeys.add(stem(c)));
        String head = !named.isEmpty() ? String.join(" ", named)
                : currency != null || "%".equals(unitWord) ? unit : unitWord;
        List<String> shown = context.subList(SubjectPhrase.leadingLinkers(context), context.size());
        String subject = String.join(" ", concat(modifiers, List.of(head), shown));
        int endTok = context.isEmpty() ? last : last + context.size();
        Double low = range != null ? Double.valueOf(range[0]) : "min".equals(bound) ? value : null;
        Double high = range != null ? Double.valueOf(range[1]) : "max".equals(bound) ? value : null;
        double v = range == null ? value : Math.round((range[0] + range[1]) / 2);
        return new Quantity(v, low, high, range == null ? bound : "range", unit, subject, modifierKeys, contextKeys,
                window(startTok, endTok, unitWord), pos.get(startTok)[0] + offset, pos.get(endTok)[1] + offset);
    }

    /** Key words of the sentence around the quantity (a weaker sign than the subject that two claims count one thing). */
    private Set<String> window(int from, int to, String unitWord) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = Math.max(0, from - WINDOW); i < Math.min(tok.size(), to + 1 + WINDOW); i++) {
            String t = tok.get(i);
            String lower = t.toLowerCase(Locale.ROOT);
            if ((i < from || i > to) && isWord(t) && t.length() > 3 && !STOPS.contains(lower)
                    && !NumberReader.isNumberWord(lower) && !lower.equals(unitWord.toLowerCase(Locale.ROOT))) {
                out.add(stem(t));
            }
        }
        return out;
    }

    /**
     * The nouns a sum of money names right after its currency ("€40 million emergency fund", "40 million euro
     * fund"): they become the subject's head. Empty for other units.
     */
    private List<String> moneyNoun(String unit, String currency, int k, List<String> run, int unitIndex) {
        if (!"money".equals(ClaimFilter.kind(unit))) {
            return List.of();
        }
        if (currency == null) {
            return unitIndex < 0 ? List.of() : List.copyOf(run.subList(unitIndex + 1, run.size()));
        }
        List<String> out = new ArrayList<>();
        for (int i = k; i < tok.size() && out.size() < 3 && runWord(tok.get(i), out.isEmpty())
                && Character.isLowerCase(tok.get(i).charAt(0)); i++) {
            out.add(tok.get(i));
        }
        return out;
    }

    /** Whether the counted noun stands before the number ("an army of about 100,000"). */
    private boolean unitBefore(int first) {
        return first >= 2 && tok.get(first - 1).equalsIgnoreCase("of")
                && UNITS.containsKey(tok.get(first - 2).toLowerCase(Locale.ROOT));
    }

    private String pickUnit(List<String> run) {
        for (String w : run) {
            if (UNITS.containsKey(w.toLowerCase(Locale.ROOT))) {
                return w;
            }
        }
        if (run.isEmpty()) {
            return null;
        }
        for (int i = run.size() - 1; i >= 0; i--) {
            String w = run.get(i);
            if (nounLike(w) && w.endsWith("s") && !w.endsWith("ss")) {
                return w;
            }
        }
        String last = run.get(run.size() - 1);
        return nounLike(last) ? last : null;
    }

    private static boolean nounLike(String w) {
        return Character.isLowerCase(w.charAt(0)) && !NumberReader.isNumberWord(w);
    }

    private boolean runWord(String t, boolean first) {
        if (!isWord(t) || STOPS.contains(t.toLowerCase(Locale.ROOT))) {
            return false;
        }
        boolean participle = Character.isLowerCase(t.charAt(0)) && (t.endsWith("ed") || t.endsWith("ing"));
        return first || !participle || UNITS.containsKey(t.toLowerCase(Locale.ROOT));
    }

    private int matchPhrase(int j, String phrase) {
        String[] words = phrase.split("\\s+");
        for (int n = 0; n < words.length; n++) {
            if (j + n >= tok.size() || !tok.get(j + n).equalsIgnoreCase(words[n])) {
                return 0;
            }
        }
        return words.length;
    }

    private static boolean isWord(String t) {
        return Character.isLetter(t.charAt(0));
    }

    static String lemma(String w) {
        String s = w.toLowerCase(Locale.ROOT);
        if (s.endsWith("ies") && s.length() > 4) {
            return s.substring(0, s.length() - 3) + "y";
        }
        return s.endsWith("s") && !s.endsWith("ss") && s.length() > 3 ? s.substring(0, s.length() - 1) : s;
    }

    static String stem(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        String s = SYNONYMS.getOrDefault(lower, lower).replaceAll("['\u2019]s$", "");
        return s.length() > 5 ? s.substring(0, 5) : s;
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> out = new ArrayList<>();
        for (List<String> l : lists) {
            out.addAll(l);
        }
        return out;
    }
}
