package org.dossier.extract.lines;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.rules.RuleFiles;

/**
 * Lines in a page's body area in which the site speaks to its reader rather than the article: newsletter,
 * subscription, paywall and follow boxes ("Sign up for our free newsletter …", "Questo articolo è riservato agli
 * abbonati"), known by their phrases, and an author's bio ("Sam Okafor is a freelance journalist …"), known by its
 * shape ({@code chrome-lines.txt}). Both extraction paths ask it about short body candidates; it reads a line in
 * one pass of its words, looking phrases up by their longest word; labels ("À lire aussi", "Advertisement") and
 * adverts opening "Sponsored:" are known whole.
 */
public final class ChromeLines {
    /** Lines longer than this many words are article prose whatever phrase they hold. */
    public static final int MAX_CALL_WORDS = 40;
    private static final int MAX_CALL_CHARS = 320;
    /** A bio's name is at most this many words; its role comes at most this many words after its verb. */
    private static final int MAX_NAME_WORDS = 4;
    private static final int ROLE_REACH = 5;
    private static final int MAX_BIO_WORDS = 45;
    private static final ChromeLines INSTANCE = new ChromeLines(RuleFiles.lists(ChromeLines.class, "chrome-lines.txt"));

    /** Each call phrase under its longest word. */
    private final Map<String, List<String>> calls = new HashMap<>();
    /** The length of the shortest such word: shorter words of a line are not looked up. */
    private int shortest = Integer.MAX_VALUE;
    private final Set<String> labels;
    private final Set<String> sponsorLeads;
    private final Set<String> bioVerbs;
    /** Labels and sponsor leads are this long at most. */
    private static final int MAX_LABEL_CHARS = 40;
    private final List<String> bioRoles;

    private ChromeLines(Map<String, List<String>> p) {
        for (String phrase : p.get("call")) {
            String anchor = "";
            for (String w : phrase.split("[^\\p{L}]+")) {
                anchor = w.length() > anchor.length() ? w : anchor;
            }
            calls.computeIfAbsent(anchor, k -> new ArrayList<>()).add(phrase);
            shortest = Math.min(shortest, anchor.length());
        }
        labels = Set.copyOf(p.get("label"));
        sponsorLeads = Set.copyOf(p.get("sponsor-lead"));
        bioVerbs = Set.copyOf(p.get("bio-verb"));
        bioRoles = List.copyOf(p.get("bio-role"));
    }

    public static ChromeLines get() {
        return INSTANCE;
    }

    /**
     * A line of the site's own: a label heading an insert or advert ("À lire aussi", "Advertisement"), an advert
     * opening with a sponsor lead and a colon ("Sponsored: …"), or a {@link #isCall call} to the reader.
     */
    public boolean isAside(String line) {
        return isLabel(line) || sponsored(line) || isCall(line);
    }

    /** A line that is only a label ("Read more:", "Lesen Sie auch", "Publicité"), case and closing colon aside. */
    public boolean isLabel(String line) {
        if (line.length() > MAX_LABEL_CHARS) {
            return false;
        }
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == ':' || Character.isWhitespace(line.charAt(end - 1)))) {
            end--;
        }
        return labels.contains(TextForms.normalize(line.substring(0, end)).toLowerCase(Locale.ROOT));
    }

    private boolean sponsored(String line) {
        int colon = line.indexOf(':');
        if (colon <= 0 || colon > MAX_LABEL_CHARS) {
            return false;
        }
        return sponsorLeads.contains(TextForms.normalize(line.substring(0, colon)).toLowerCase(Locale.ROOT));
    }

    /** A short line holding a newsletter, subscription, paywall or follow phrase. */
    public boolean isCall(String line) {
        if (line.length() > MAX_CALL_CHARS || LineShape.words(line, MAX_CALL_WORDS) > MAX_CALL_WORDS) {
            return false;
        }
        String lower = line.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        int i = 0;
        int n = lower.length();
        while (i < n) {
            while (i < n && !Character.isLetter(lower.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetter(lower.charAt(i))) {
                i++;
            }
            if (i - start >= shortest) {
                List<String> phrases = calls.get(lower.substring(start, i));
                if (phrases != null) {
                    for (String ph : phrases) {
                        if (lower.contains(ph)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /**
     * A line shaped as an author's bio: a capitalised name of up to four words, a bio verb, and a role word a few
     * words on ("Claire Martin est journaliste …"); the name is returned, or null.
     */
    public String bioName(String line) {
        if (LineShape.words(line, MAX_BIO_WORDS) > MAX_BIO_WORDS) {
            return null;
        }
        String[] w = line.strip().split("\\s+");
        if (w.length < 4 || !Character.isUpperCase(w[0].charAt(0))) {
            return null;
        }
        for (int v = 2; v <= Math.min(MAX_NAME_WORDS, w.length - 2); v++) {
            if (!Character.isUpperCase(w[v - 1].charAt(0))) {
                return null; // the name ends before a verb
            }
            if (!bioVerbs.contains(w[v])) {
                continue;
            }
            for (int r = v + 1; r <= Math.min(w.length - 1, v + ROLE_REACH); r++) {
                String word = w[r].toLowerCase(Locale.ROOT);
                for (String role : bioRoles) {
                    if (word.startsWith(role)) {
                        return String.join(" ", java.util.Arrays.copyOfRange(w, 0, v));
                    }
                }
            }
            return null;
        }
        return null;
    }
}
