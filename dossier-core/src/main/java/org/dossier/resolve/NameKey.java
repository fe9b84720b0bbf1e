package org.dossier.resolve;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A transliteration-tolerant key for one name token: another script romanised first ({@link Romanizer}: "Рябков"
 * and "Ryabkov" meet), then y/i/j, ff/v, ks/x, kh/h, doubled letters folded, and the
 * hushing sibilants written ch, sh, tch, cz, sz, zh, shch by different romanisations folded into one class)
 * and the edit distance used to compare keys, so that romanisation variants of one name meet.
 */
public final class NameKey {
    private NameKey() {}

    /** The folded key of a name token: ASCII letters only, lower case, romanisation differences removed. */
    public static String of(String token) {
        String s = Normalizer.normalize(Romanizer.latin(token), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
        s = s.replace("kh", "h").replace("ks", "x").replace("ck", "k").replace("ph", "f");
        // English ch/sh, French tch/ch, German tsch/sch, Polish cz/sz: one class, since "ch" means a different
        // sound in each system and only the class survives across them.
        s = s.replace("shch", "\u0161").replace("szcz", "\u0161").replace("tsch", "\u0161").replace("tch", "\u0161")
                .replace("sch", "\u0161").replace("ch", "\u0161").replace("sh", "\u0161").replace("cz", "\u0161")
                .replace("sz", "\u0161").replace("zh", "\u0161");
        s = s.replace("tz", "ts").replace('w', 'v').replace('y', 'i').replace('j', 'i');
        s = collapseDoubles(s);
        if (s.endsWith("of") || s.endsWith("ef")) {
            s = s.substring(0, s.length() - 1) + "v";
        }
        return s;
    }

    private static String collapseDoubles(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }

    /** Whether two keys name the same token: equal, or one edit apart when both are long enough to tolerate it. */
    public static boolean similar(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        // The tolerated edit must not be a whole sibilant class swapped for one letter (Shulman is not Bulman).
        return Math.min(a.length(), b.length()) >= 5 && distance(a.replace("\u0161", "sh"), b.replace("\u0161", "sh")) <= 1;
    }

    /** Levenshtein distance. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
