package org.dossier.synthesize.claims;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.rules.RuleFiles;

/**
 * Reads a number from tokens: digits with thousands separators (a comma or a space, or a dot as written in German
 * and Spanish: "2.000" is two thousand unless an English scale word follows, "1.500 million"; a decimal comma: "61,2"), number
 * words, and scale words ("1.5 million", in every language read after digits: "300 millones", "300 Millionen",
 * {@code <lang>/scale-words.txt}, skipping the word that joins them to their noun: "300 millions d'euros"; after a currency
 * sign only, the letters of {@code en/money-scales.txt}: "$4.5m").
 */
final class NumberReader {
    private static final Map<String, String> NUMBERS = RuleFiles.pairs(NumberReader.class, "en", "number-words.txt");
    private static final List<String> LANGUAGES = List.of("en", "fr", "de", "es");
    private static final Map<String, String> SCALES = scales();
    private static final Set<String> SCALE_LINKS = RuleFiles.words(NumberReader.class, "scale-links.txt");
    private static final Map<String, String> MONEY_SCALES = RuleFiles.pairs(NumberReader.class, "en", "money-scales.txt");

    private NumberReader() {}

    /** Whether a word is a number word ("eight", "thousand"). */
    static boolean isNumberWord(String t) {
        return NUMBERS.containsKey(t.toLowerCase(Locale.ROOT));
    }

    /** A number at token j of tok (digits or number words, with a scale word); end[0] is the token after it. */
    static Double read(List<String> tok, int j, int[] end, boolean qualified) {
        if (j >= tok.size()) {
            return null;
        }
        String t = tok.get(j);
        if (Character.isDigit(t.charAt(0))) {
            // "a $5-million fund": a hyphen joins the digits to their English scale word
            int s = j + 2 < tok.size() && tok.get(j + 1).equals("-") && englishScale(tok.get(j + 2)) ? j + 2 : j + 1;
            boolean scaled = s < tok.size() && englishScale(tok.get(s));
            Double v = digits(t, scaled);
            if (v == null || (!qualified && t.matches("\\d{4}") && v >= 1800 && v <= 2100)) {
                return null;
            }
            int k = s;
            if (k < tok.size() && j > 0 && currencySign(tok.get(j - 1))
                    && MONEY_SCALES.containsKey(tok.get(k).toLowerCase(Locale.ROOT))) {
                v *= Double.parseDouble(MONEY_SCALES.get(tok.get(k++).toLowerCase(Locale.ROOT))); // "$4.5m"
            }
            while (k < tok.size() && isScale(tok.get(k))) {
                v *= scale(tok.get(k++));
                if (k + 1 < tok.size() && tok.get(k).equals(".") && QuantityTokens.isWord(tok.get(k + 1))
                        && tok.get(k - 1).length() <= 3) {
                    k++; // an abbreviated scale: "300 Mio. Euro"
                }
            }
            if (k > j + 1 && k + 1 < tok.size() && SCALE_LINKS.contains(tok.get(k).toLowerCase(Locale.ROOT))
                    && QuantityTokens.isWord(tok.get(k + 1)) && !KeyWords.isStop(tok.get(k + 1))) {
                k++;
            }
            end[0] = k;
            return v;
        }
        return words(tok, j, end);
    }

    private static Double words(List<String> tok, int j, int[] end) {
        double total = 0;
        double current = 0;
        int k = j;
        boolean any = false;
        for (; k < tok.size(); k++) {
            String[] parts = tok.get(k).toLowerCase(Locale.ROOT).split("-");
            boolean ok = Character.isLetter(tok.get(k).charAt(0)) && parts.length > 0;
            for (String p : parts) {
                ok &= NUMBERS.containsKey(p);
            }
            if (!ok) {
                break;
            }
            for (String p : parts) {
                double n = Double.parseDouble(NUMBERS.get(p));
                if (n >= 1000) {
                    total += Math.max(current, 1) * n;
                    current = 0;
                } else if (n == 100) {
                    current = Math.max(current, 1) * n;
                } else {
                    current += n;
                }
            }
            any = true;
        }
        end[0] = k;
        return any ? total + current : null;
    }

    /**
     * The value of digits; {@code scaled}: an English scale word follows, so a single dot group is a decimal ("1.500
     * million"; "2.000 millones" is two thousand million).
     */
    private static Double digits(String t, boolean scaled) {
        boolean dotted = t.matches("\\d{1,3}(\\.\\d{3})+(,\\d+)?") && !(scaled && t.matches("\\d{1,3}\\.\\d{3}"));
        String s = t.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?") ? t.replace(",", "")
                : t.matches("\\d{1,3}([ \u00a0\u202f]\\d{3})+") ? t.replaceAll("[ \u00a0\u202f]", "")
                : dotted ? t.replace(".", "").replace(',', '.')
                : t.matches("\\d+,\\d{1,2}") ? t.replace(',', '.') : t;
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether a token ends in a currency sign ("$", "US$", "£"). */
    private static boolean currencySign(String t) {
        return !t.isEmpty() && Character.getType(t.charAt(t.length() - 1)) == Character.CURRENCY_SYMBOL;
    }

    /** Whether a word is an English scale word ("million", "billion"), the kind a hyphen may join to digits. */
    private static boolean englishScale(String t) {
        return isScale(t) && NUMBERS.containsKey(t.toLowerCase(Locale.ROOT));
    }

    /** Whether a word is a scale word after digits ("million", "millones", "Milliarden"). */
    static boolean isScale(String t) {
        String v = NUMBERS.get(t.toLowerCase(Locale.ROOT));
        return v != null && Double.parseDouble(v) >= 100 || SCALES.containsKey(t.toLowerCase(Locale.ROOT));
    }

    private static double scale(String t) {
        String lower = t.toLowerCase(Locale.ROOT);
        return Double.parseDouble(SCALES.getOrDefault(lower, NUMBERS.get(lower)));
    }

    private static Map<String, String> scales() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        LANGUAGES.forEach(l -> RuleFiles.pairs(NumberReader.class, l, "scale-words.txt").forEach(out::putIfAbsent));
        return Map.copyOf(out);
    }

}
