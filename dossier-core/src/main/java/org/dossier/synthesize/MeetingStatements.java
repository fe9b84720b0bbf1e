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
 * Says a meeting as who meets whom, where, when its reports name it only by a noun phrase ("The EU-China summit
 * in Beijing" becomes "EU and China meet in Beijing (EU-China summit)"; a bare "Talks", which names nothing of its
 * own, is not repeated: "EU and China meet in Beijing"). The parties are the entry's participants,
 * a body named after two parties ("NATO-Russia Council") standing for both. Words and templates as data
 * ({@code synthesize/en/meeting-statement.txt}); a report that is a statement already (a lower-case word other
 * than the few a name's phrase has) is left as it is.
 */
final class MeetingStatements {
    private static final Map<String, String> RULES = RuleFiles.pairs(MeetingStatements.class, "en",
            "meeting-statement.txt");
    private static final Set<String> TITLE_WORDS = Set.of(RULES.getOrDefault("title-word", "").split("\\|"));
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019.-]*");
    /** A name made of two names joined by a hyphen ("NATO-Russia Council", "EU-China summit"). */
    private static final Pattern PAIR = Pattern.compile("(\\p{Lu}[\\p{L}.]*)-(\\p{Lu}[\\p{L}.]*)\\b.*");
    private static final Pattern PLACE_NOTE = Pattern.compile("\\s*\\(in ([^)]+)\\)$");

    private MeetingStatements() {}

    /** The statement of a meeting entry: the summary as it is, or who meets whom, where, when it only names it. */
    static String of(String summary, List<String> participants, String place) {
        String name = PLACE_NOTE.matcher(summary).replaceFirst("");
        if (!nounPhrase(name)) {
            return summary;
        }
        Set<String> parties = new LinkedHashSet<>();
        List<String> names = new ArrayList<>(participants);
        Matcher own = PAIR.matcher(firstWordOf(name));
        if (own.matches()) {
            names.add(0, firstWordOf(name));
        }
        for (String p : names) {
            Matcher m = PAIR.matcher(p);
            if (m.matches()) {
                parties.add(m.group(1));
                parties.add(m.group(2));
            } else {
                parties.add(p);
            }
        }
        if (parties.size() < 2) {
            return summary;
        }
        if (place != null) {
            name = name.replaceFirst("(?i)\\s+(?:in|at)\\s+" + Pattern.quote(place) + "\\s*$", "");
        }
        name = name.replaceFirst("(?i)^(?:the|a|an)\\s+", "");
        List<String> list = new ArrayList<>(parties);
        String joined = list.size() == 2 ? list.get(0) + " " + RULES.get("and") + " " + list.get(1)
                : String.join(", ", list.subList(0, list.size() - 1)) + " " + RULES.get("and") + " " + list.get(list.size() - 1);
        boolean bare = java.util.Arrays.stream(name.split("\\s+")).allMatch(w -> TITLE_WORDS.contains(w.toLowerCase(Locale.ROOT)));
        String template = place != null ? RULES.get(bare ? "bare-with-place" : "with-place")
                : RULES.get(bare ? "bare-no-place" : "no-place");
        return template.replace("{parties}", joined).replace("{place}", place == null ? "" : place).replace("{name}", name);
    }

    /** Whether a text is only a name's phrase: every lower-case word one of the title words. */
    static boolean nounPhrase(String text) {
        Matcher m = WORD.matcher(text);
        boolean any = false;
        while (m.find()) {
            any = true;
            String w = m.group();
            if (Character.isLowerCase(w.charAt(0)) && !TITLE_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return any;
    }

    /** The first word of a name that is not an article ("The NATO-Russia Summit" gives "NATO-Russia"). */
    private static String firstWordOf(String name) {
        for (String w : name.split("\\s+")) {
            if (!w.isEmpty() && !TITLE_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return w;
            }
        }
        return "";
    }
}
