package org.dossier.synthesize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.QuoteMention;
import org.dossier.model.SentenceSpan;
import org.dossier.model.TimeMention;
import org.dossier.model.EntityLookup;
import org.dossier.rules.RuleFiles;

/**
 * An event as a statement an analyst can read: the clause of the source sentence that holds the event word, cut
 * to who did what (its time expression, a leading connective, appositions after a name and clauses that do not hold
 * the event left out; a leading pronoun replaced by the name it stands for), with the outcome clause of the
 * sentence when one is stated ("...; no breakthrough"). A sentence that is mostly a quote becomes "X said: “...”".
 * The words are the article's own; the rule words (connectives, outcome words, time leads) are the article's
 * language's ({@link EventWords}).
 */
final class EventText {
    private static final double MOSTLY_QUOTED = 0.5;
    private static final int MAX_CHARS = 170;
    private static final int QUOTE_WORDS = 14;
    /** A statement "opens with" a participant named within its first this many characters. */
    private static final int OPENING_CHARS = 50;
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they");
    /** Clause words left out before an outcome ("..., where they agreed" gives "; they agreed"). */
    private static final java.util.Map<String, String> OPENERS = RuleFiles.pairs(EventText.class, "en",
            "outcome-openers.txt");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'\u2019-]*");
    /** An article before the time words makes them a noun ("a march"), kept in the statement. */
    private static final Pattern NOUN_BEFORE = Pattern.compile("(?i)\\b(?:a|an)\\s+$");
    /** A possessive after the time words ("Tuesday's earthquake"): the day owns the noun after it. */
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s");
    /** A determiner ending the words before a time ({@code time-determiners.txt}): "at the April 23 meeting". */
    private static final Pattern DETERMINER_BEFORE = Pattern.compile("(?i)\\b(?:" + String.join("|",
            RuleFiles.words(EventText.class, "en", "time-determiners.txt")) + ")\\s+$");
    private static final Pattern NOUN_AFTER = Pattern.compile("\\s+\\p{Ll}+\\b");
    /** A place name in capitals opening the sentence ("OSLA, ..."): a dateline, not part of the event. */
    private static final Pattern DATELINE = Pattern.compile("[\\p{Lu}\\s.'\u2019-]{2,}");
    /** A stretch that only says where the information comes from ("According to a spokesman, ..."). */
    private static final Pattern ATTRIBUTION = Pattern.compile("(?i)\\s*(?:according\\s+to|citing|quoting)\\b");

    private EventText() {}


    /**
     * The statement of the event {@code trigger} names in sentence {@code s}, dated by {@code time} (null for an
     * undated statement); {@code lead} is the name a leading pronoun stands for (null: none known).
     */
    static String describe(AnnotatedArticle a, SentenceSpan s, EventTriggers.Trigger trigger, TimeMention time,
                           String lead, EntityLookup index) {
        return describe(a, s, new int[] {s.start(), s.end()}, trigger, time, lead, index);
    }

    /**
     * As above, keeping only the stretch {@code governed} of the sentence (the part its time expression governs,
     * when the sentence dates several events: "talks in Osla on Monday and the summit in Velna on Wednesday").
     * A statement carries the clause its reporting verb opens after a colon; null when it says nothing.
     */
    static String describe(AnnotatedArticle a, SentenceSpan s, int[] governed, EventTriggers.Trigger trigger,
                           TimeMention time, String lead, EntityLookup index) {
        String text = a.article().text();
        EventWords words = EventWords.of(a.article().language());
        if (!trigger.statement() && EventTriggers.anchoringPreposition(text, s.start(), trigger.start()) >= 0) {
            return trigger.label();
        }
        QuoteMention main = mainQuote(a, s);
        if (main != null) {
            String who = Quotes.speaker(main.speaker(), index);
            who = who != null ? who : main.speakerDescription();
            who = who == null || who.isBlank() ? lead : who;
            return who == null ? clip(quoteWords(main.text())) : capital(who) + " said: \u201c" + quoteWords(main.text()) + "\u201d";
        }
        String said = null;
        if (trigger.statement()) {
            int colon = text.indexOf(':', trigger.end());
            if (colon > 0 && colon < governed[1]) {
                said = piece(text, new int[] {colon + 1, governed[1]}, time, words);
                governed = new int[] {governed[0], colon};
            }
        }
        List<Clauses.Clause> clauses = Clauses.split(words, text, s.start(), s.end());
        Clauses.Clause own = Clauses.around(words, text, s.start(), s.end(), trigger.start());
        StringBuilder b = new StringBuilder();
        boolean afterName = false;
        boolean skipped = false;
        int lastEnd = -1;
        for (int[] whole : own.parts()) {
            int[] p = {Math.max(whole[0], governed[0]), Math.min(whole[1], governed[1])};
            if (p[0] >= p[1]) {
                continue;
            }
            String piece = piece(text, p, time, words);
            if (piece.isEmpty() || ATTRIBUTION.matcher(piece).lookingAt() || b.length() == 0 && DATELINE.matcher(piece).matches()) {
                continue;
            }
            if (afterName && apposition(piece, words)) {
                skipped = true;
                continue;
            }
            // the clause resuming after another left out ("Die Gespräche, die …, sollen …") takes no comma
            boolean resumed = lastEnd >= 0 && text.substring(lastEnd, p[0]).codePoints().anyMatch(Character::isLetter);
            b.append(b.length() == 0 ? "" : skipped || resumed ? " " : ", ").append(piece);
            afterName = nameOnly(a, p);
            skipped = false;
            lastEnd = p[1];
        }
        String statement = subject(stripLead(withHead(text, clauses, own, b.toString(), time, words), words), lead);
        if (trigger.statement()) {
            statement = withWhatWasSaid(statement, said, text.substring(trigger.start(), trigger.end()));
            if (statement == null) {
                return null;
            }
        }
        String outcome = outcome(text, clauses, own, time, words);
        boolean repeats = outcome == null || statement.toLowerCase(Locale.ROOT).contains(outcome.toLowerCase(Locale.ROOT));
        return StatementQuotes.closed(clip(balanced(repeats ? statement : statement + "; " + outcome)));
    }

    /**
     * A relative clause ("which officials said had received 3,000 calls") with the clause it hangs on before it,
     * so the statement names what the relative word stands for; other clauses as they are.
     */
    private static String withHead(String text, List<Clauses.Clause> clauses, Clauses.Clause own, String statement,
                                   TimeMention time, EventWords words) {
        Matcher m = WORD.matcher(statement);
        if (!m.find() || m.start() != 0 || !words.relatives.contains(m.group().toLowerCase(Locale.ROOT))) {
            return statement;
        }
        int start = own.parts().get(0)[0];
        for (Clauses.Clause c : clauses) {
            if (c != own && c.parts().stream().anyMatch(p -> p[1] <= start && start - p[1] <= 2)) {
                List<String> pieces = new ArrayList<>();
                c.parts().stream().filter(p -> p[1] <= start).forEach(p -> pieces.add(piece(text, p, time, words)));
                return String.join(", ", pieces) + ", " + statement;
            }
        }
        return statement;
    }

    /**
     * A statement with what was said: the clause after the colon its reporting verb opens, when that clause reads
     * (words, no quote mark left open); when it ends on its reporting verb, the speaker at its setting, or the
     * statement itself when what was said stands before the speaker; else (nothing said) null.
     */
    private static String withWhatWasSaid(String statement, String said, String verb) {
        boolean readable = said != null && WORD.matcher(said).find() && !QUOTE_OPENING.matcher(said).lookingAt()
                && quotesBalanced(said);
        if (readable) {
            return statement + ": " + said;
        }
        String lower = statement.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(verb.toLowerCase(Locale.ROOT))) {
            return statement;
        }
        String atSetting = speakerAtSetting(statement);
        return atSetting != null ? atSetting : saidBefore(statement) ? statement : null;
    }

    /** What was said stands before its speaker ("Sanctions would follow any attack, Ivo Dask warned"). */
    private static boolean saidBefore(String statement) {
        int comma = statement.lastIndexOf(", ");
        return comma > 0 && statement.substring(0, comma).strip().split("\\s+").length >= MIN_SAID_WORDS;
    }

    /** What was said before its speaker is this many words at least. */
    private static final int MIN_SAID_WORDS = 4;

    /** Words that open a setting before a statement's speaker ({@code setting-openers.txt}). */
    private static final Set<String> SETTING_OPENERS = RuleFiles.words(EventText.class, "en", "setting-openers.txt");
    /** A speaker and verb after a setting are this many words at most. */
    private static final int MAX_SPEAKER_WORDS = 8;

    /**
     * A statement that says nothing ("At the opening of the summit in Velna, Ivo Dask warned") as its speaker at the
     * setting it opens with ("Ivo Dask warned at the opening of the summit in Velna"): it still names the meeting.
     * Null when it opens with no setting.
     */
    private static String speakerAtSetting(String statement) {
        int comma = statement.lastIndexOf(", ");
        if (comma <= 0) {
            return null;
        }
        String setting = statement.substring(0, comma).strip();
        String speaker = statement.substring(comma + 2).strip();
        String first = setting.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        if (!SETTING_OPENERS.contains(first) || speaker.isEmpty() || speaker.split("\\s+").length > MAX_SPEAKER_WORDS
                || setting.split("\\s+").length < 3) {
            return null;
        }
        return speaker + " " + Character.toLowerCase(setting.charAt(0)) + setting.substring(1);
    }

    private static final Pattern QUOTE_OPENING = Pattern.compile("\\s*[\"'\u201c\u201e\u00ab\u2018]");

    private static boolean quotesBalanced(String s) {
        long open = s.chars().filter(c -> c == '\u201c' || c == '\u201e' || c == '\u00ab').count();
        long close = s.chars().filter(c -> c == '\u201d' || c == '\u00bb').count();
        return open == close && s.chars().filter(c -> c == '"').count() % 2 == 0;
    }

    /** Without a straight double quote left open by the cut (an odd one out is dropped), other quotes closed. */
    private static String balanced(String s) {
        if (s.chars().filter(c -> c == '"').count() % 2 == 1) {
            int last = s.lastIndexOf('"');
            s = (s.substring(0, last) + s.substring(last + 1)).replaceAll("\\s+", " ").strip();
        }
        return StatementQuotes.closed(s);
    }

    /** Whether the stretch is only a name (a person or body named between commas, an apposition may follow). */
    private static boolean nameOnly(AnnotatedArticle a, int[] p) {
        String text = a.article().text();
        return a.annotations().entities().stream().anyMatch(e -> e.start() >= p[0] && e.end() <= p[1]
                && text.substring(p[0], e.start()).isBlank() && text.substring(e.end(), p[1]).isBlank());
    }

    /** One stretch of the clause without its time expression and without quotes' debris at its ends. */
    /** Verbs whose object is a stretch of time ({@code time-object-verbs.txt}: "spent Monday night there"). */
    private static final Set<String> TIME_OBJECT_VERBS = RuleFiles.words(EventText.class, "en", "time-object-verbs.txt");
    private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)\\s+$");

    /** Whether the words before a time end on a verb the time is the object of: the time stays in the statement. */
    private static boolean objectOfVerb(String before) {
        Matcher m = LAST_WORD.matcher(before);
        return m.find() && TIME_OBJECT_VERBS.contains(m.group(1).toLowerCase(Locale.ROOT));
    }

    private static String piece(String text, int[] p, TimeMention time, EventWords words) {
        String s = text.substring(p[0], p[1]);
        if (time != null && time.start() >= p[0] && time.end() + 2 <= p[1]
                && POSSESSIVE.matcher(text.substring(time.end(), time.end() + 2)).matches()) {
            // "from Tuesday's earthquake": the day owns the noun; the statement says "from the earthquake".
            s = text.substring(p[0], time.start()) + "the" + text.substring(time.end() + 2, p[1]);
        } else if (time != null && time.start() >= p[0] && time.end() < p[1] && named(text, time)
                && DETERMINER_BEFORE.matcher(text.substring(p[0], time.start())).find()
                && NOUN_AFTER.matcher(text.substring(time.end(), p[1])).lookingAt()) {
            // "at the April 23 meeting": the time modifies the noun; the statement says "at the meeting"
            s = text.substring(p[0], time.start()) + text.substring(time.end(), p[1]);
        } else if (time != null && time.start() >= p[0] && time.end() <= p[1]
                && !NOUN_BEFORE.matcher(text.substring(p[0], time.start())).find()
                && !objectOfVerb(text.substring(p[0], time.start()))) {
            String before = text.substring(p[0], time.start());
            Matcher m = words.timeLead.matcher(before);
            int cut = m.find() ? m.start() : before.length();
            if (!(words.verbSecond && before.substring(0, cut).isBlank())) {
                // a time opening a verb-second clause stays ("Am Freitag streikten …"): cut, the verb would open it
                s = before.substring(0, cut) + " " + text.substring(time.end(), p[1]);
            }
        }
        return StatementQuotes.trimmed(s.replaceAll("\\s+", " ")).replaceAll("\\s+([,;.])", "$1").strip();
    }

    /** Whether a time is written as a name or figure ("April 23", "Thursday"), not a common noun ("the night"). */
    private static boolean named(String text, TimeMention time) {
        char c = text.charAt(time.start());
        return Character.isUpperCase(c) || Character.isDigit(c);
    }

    /** A comma stretch that is a description of the name before it ("Poland's foreign minister"): no verb-like word. */
    private static boolean apposition(String piece, EventWords lists) {
        Matcher m = WORD.matcher(piece);
        int words = 0;
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            words++;
            if (w.endsWith("ed") || w.endsWith("s") && !Character.isUpperCase(m.group().charAt(0)) && words > 1
                    || lists.isEventWord(w) || lists.outcomes.contains(w)) {
                return false;
            }
        }
        return words > 0 && words <= 12 && (Character.isUpperCase(piece.charAt(0)) || piece.matches("(?:the|a|an) .*"));
    }

    /** The clause without a leading connective ("However, ...", "But ..."). */
    private static String stripLead(String s, EventWords words) {
        Matcher m = WORD.matcher(s);
        if (m.find() && m.start() == 0 && words.connectives.contains(m.group().toLowerCase(Locale.ROOT))) {
            return s.substring(m.end()).replaceAll("^[\\s,]+", "");
        }
        return s;
    }

    /** A leading pronoun replaced by the name it stands for, and the first letter a capital. */
    private static String subject(String s, String lead) {
        Matcher m = WORD.matcher(s);
        if (lead != null && m.find() && m.start() == 0 && PRONOUNS.contains(m.group().toLowerCase(Locale.ROOT))) {
            s = lead + s.substring(m.end());
        }
        return capital(s);
    }

    /** Another clause of the sentence that states an outcome (an outcome word in it), cleaned; null when none. */
    private static String outcome(String text, List<Clauses.Clause> clauses, Clauses.Clause own, TimeMention time,
                                  EventWords words) {
        for (Clauses.Clause c : clauses) {
            if (c == own || c.parts().get(0)[0] == own.parts().get(0)[0]) {
                continue;
            }
            List<String> pieces = new ArrayList<>();
            c.parts().forEach(p -> pieces.add(piece(text, p, time, words)));
            String joined = stripLead(String.join(", ", pieces), words);
            Matcher first = WORD.matcher(joined);
            if (first.find() && first.start() == 0) {
                String opener = first.group().toLowerCase(Locale.ROOT);
                if ("condition".equals(OPENERS.get(opener))) {
                    continue;
                }
                if ("drop".equals(OPENERS.get(opener))) {
                    joined = joined.substring(first.end()).strip();
                }
            }
            Matcher m = WORD.matcher(joined.toLowerCase(Locale.ROOT));
            while (m.find()) {
                if (words.outcomes.contains(m.group())) {
                    return joined.isEmpty() ? null : joined;
                }
            }
        }
        return null;
    }

    /** The longest quote covering most of the sentence, or null when the sentence is mostly the writer's words. */
    private static QuoteMention mainQuote(AnnotatedArticle a, SentenceSpan s) {
        int quoted = 0;
        QuoteMention main = null;
        for (QuoteMention q : a.annotations().quotes()) {
            int overlap = Math.min(q.end(), s.end()) - Math.max(q.start(), s.start());
            if (overlap > 0) {
                quoted += overlap;
                main = main == null || q.end() - q.start() > main.end() - main.start() ? q : main;
            }
        }
        return main != null && quoted >= MOSTLY_QUOTED * (s.end() - s.start()) ? main : null;
    }

    private static String quoteWords(String quote) {
        String[] w = quote.strip().replaceAll("[,;:]+$", "").split("\\s+");
        return w.length <= QUOTE_WORDS ? String.join(" ", w) : String.join(" ", List.of(w).subList(0, QUOTE_WORDS)) + " \u2026";
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** At most {@value #MAX_CHARS} characters, cut at a word. */
    static String clip(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        if (t.length() <= MAX_CHARS) {
            return t;
        }
        int cut = t.lastIndexOf(' ', MAX_CHARS);
        return t.substring(0, cut > 0 ? cut : MAX_CHARS).replaceAll("[,;:\\s]+$", "") + " \u2026";
    }

    /** A statement of an event and the word lists of its article's language. */
    record Stated(String statement, EventWords words) {}

    /**
     * The best of several statements of one event that is not a bare fragment (at least four words): one that opens
     * with a name the article gives (who acted, first), states an outcome and does not speak of the event as still
     * to come (each in the words of its own language); then the shortest.
     */
    static String best(List<Stated> statements, Set<String> names) {
        return statements.stream().filter(t -> t.statement().split("\\s+").length >= 4)
                .min(Comparator.comparingInt((Stated t) -> -score(t.statement(), t.words(), names))
                        .thenComparingInt(t -> t.statement().length()))
                .map(Stated::statement)
                .orElse(statements.stream().map(Stated::statement).max(Comparator.comparingInt(String::length)).orElse(""));
    }

    private static int score(String t, EventWords words, Set<String> names) {
        String opening = t.substring(0, Math.min(t.length(), OPENING_CHARS));
        int score = names.stream().anyMatch(n -> !n.isEmpty() && opening.contains(n)) ? 2 : 0;
        Matcher m = WORD.matcher(t);
        boolean outcome = false;
        boolean future = false;
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            outcome |= words.outcomes.contains(w);
            future |= words.isFuture(m.group());
        }
        return score + (outcome ? 1 : 0) - (future ? 2 : 0);
    }
}
