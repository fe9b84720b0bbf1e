package org.dossier.synthesize.claims;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.rules.RuleFiles;

/** Reads a number from tokens: digits with thousands separators, number words, and scale words ("1.5 million"). */
final class NumberReader {
    private static final Map<String, String> NUMBERS = RuleFiles.pairs(NumberReader.class, "en", "number-words.txt");

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
            Double v = digits(t);
            if (v == null || (!qualified && t.matches("\\d{4}") && v >= 1800 && v <= 2100)) {
                return null;
            }
            int k = j + 1;
            while (k < tok.size() && isScale(tok.get(k))) {
                v *= Double.parseDouble(NUMBERS.get(tok.get(k++).toLowerCase(Locale.ROOT)));
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

    private static Double digits(String t) {
        String s = t.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?") ? t.replace(",", "")
                : t.matches("\\d{1,3}([ \u00a0\u202f]\\d{3})+") ? t.replaceAll("[ \u00a0\u202f]", "") : t;
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static boolean isScale(String t) {
        String v = NUMBERS.get(t.toLowerCase(Locale.ROOT));
        return v != null && Double.parseDouble(v) >= 100;
    }

}
