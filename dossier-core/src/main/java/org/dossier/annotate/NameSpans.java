package org.dossier.annotate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.text.NameParticles;

/**
 * Joins the tagger's fragments of one longer name into that name: a run of capitalised words (with a possessive
 * and small joining words) that starts at a mention and holds an organisation word the tagger left out ("King" and
 * "London" in "King's College London"), or whose initials are an acronym the same text uses ("Organization for
 * Security and Co-operation" + "in Europe", beside "OSCE"). The joined name is an organisation and replaces the
 * fragments. A run never swallows a person, and a possessive after a country ("Russia's Foreign ...") is not part
 * of a name; a place after "in" once the run holds its head word is where the body is, not its name ("Northmoor
 * Bank in Kelby"), unless the text writes the longer name's acronym, and the same holds for a name the tagger read
 * so whole; the exchange of a ticker line ("(NYSE: CVT)") is an organisation. A person's name the tagger cut at a particle ("Khalid bin Hamad al-Thani") or at a quoted nickname
 * ("Karim “Le Chat” Benali") is joined into one person.
 */
final class NameSpans {
    private static final Set<String> HEADS = Set.copyOf(Lexicon.lines("org-heads.txt").stream()
            .map(s -> s.toLowerCase(Locale.ROOT)).toList());
    private static final Set<String> JOINERS = Set.of("of", "for", "and", "in", "on", "the", "de", "du", "des");
    private static final Pattern TOKEN = Pattern.compile("\\s+|['\u2019]s\\b|[\\p{L}][\\p{L}\\p{N}\\-'\u2019.]*|.");
    /** Lower-case words between two parts of a name, up to the next capital. */
    private static final Pattern PARTICLE_GAP = Pattern.compile("(?:\\s\\p{Ll}+)+\\s(?=\\p{Lu})");
    /** A quoted nickname between a given name and a surname. */
    private static final Pattern NICKNAME_GAP =
            Pattern.compile("\\s[\"\u201c][\\p{Lu}][^\"\u201c\u201d\\n]{0,30}[\"\u201d]\\s(?=\\p{Lu})");
    /** A name ending in a head word, "in", and one or two capitalised words. */
    private static final Pattern PLACE_AFTER_HEAD =
            Pattern.compile("((?:\\p{Lu}[\\p{L}'\u2019\\-.&]*\\s)+?(\\p{Lu}\\p{Ll}+))\\sin\\s(\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+)?)");
    /** A ticker line: an exchange's capitalised name, a colon and the ticker, in parentheses. */
    private static final Pattern TICKER_LINE =
            Pattern.compile("\\((\\p{Lu}[\\p{L}]*(?:\\s\\p{Lu}[\\p{L}]*){0,3}):\\s*\\p{Lu}[\\p{Lu}\\p{N}.]{0,9}\\)");
    private static final int MIN_ACRONYM = 3;
    private static final int MAX_RUN_TOKENS = 12;

    private NameSpans() {}

    /** The mentions with fragments of a longer name joined, in text order. */
    static List<EntityMention> joined(String text, List<EntityMention> mentions) {
        List<EntityMention> sorted = new ArrayList<>();
        mentions.forEach(m -> sorted.addAll(placeCut(text, m)));
        sorted.addAll(exchanges(text, sorted));
        sorted.sort(Comparator.comparingInt(EntityMention::start));
        List<EntityMention> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            EntityMention m = sorted.get(i);
            int personEnd = personEnd(text, m, sorted, i);
            if (personEnd > 0) {
                out.add(new EntityMention(text.substring(m.start(), personEnd), EntityType.PERSON.label(), m.start(),
                        personEnd));
                while (i + 1 < sorted.size() && sorted.get(i + 1).start() < personEnd) {
                    i++;
                }
                continue;
            }
            int end = EntityType.PERSON.is(m.type()) ? -1 : joinedEnd(text, m, sorted, i);
            if (end < 0) {
                out.add(m);
                continue;
            }
            out.add(new EntityMention(text.substring(m.start(), end), EntityType.ORGANIZATION.label(), m.start(), end));
            while (i + 1 < sorted.size() && sorted.get(i + 1).start() < end) {
                i++;
            }
        }
        return out;
    }

    /**
     * An organisation the tagger read with the place it is in ("Northmoor Bank in Kelby"): the body up to its head
     * word and the place after "in" (one or two capitalised words ending the mention), unless the text writes the
     * whole name's acronym ("... Co-operation in Europe" beside "OSCE").
     */
    private static List<EntityMention> placeCut(String text, EntityMention m) {
        Matcher in = PLACE_AFTER_HEAD.matcher(m.text());
        if (!EntityType.ORGANIZATION.is(m.type()) || m.end() - m.start() != m.text().length() || !in.matches()
                || !HEADS.contains(in.group(2).toLowerCase(Locale.ROOT)) || acronymUsed(text, m.start(), m.end(), in.group(1))) {
            return List.of(m);
        }
        int placeStart = m.start() + in.start(3);
        return List.of(new EntityMention(in.group(1), m.type(), m.start(), m.start() + in.end(1)),
                new EntityMention(in.group(3), EntityType.LOCATION.label(), placeStart, m.end()));
    }

    /**
     * The exchange of a ticker line the tagger left out ("(NYSE: CVT)", "(Nasdaq: HLVR)"): an organisation.
     */
    private static List<EntityMention> exchanges(String text, List<EntityMention> mentions) {
        List<EntityMention> out = new ArrayList<>();
        Matcher t = TICKER_LINE.matcher(text);
        while (t.find()) {
            int start = t.start(1);
            int end = t.end(1);
            if (mentions.stream().noneMatch(m -> m.start() < end && start < m.end())) {
                out.add(new EntityMention(t.group(1), EntityType.ORGANIZATION.label(), start, end));
            }
        }
        return out;
    }

    /** Where the longer name starting at mention {@code i} ends, or -1 when it is not part of one. */
    private static int joinedEnd(String text, EntityMention m, List<EntityMention> sorted, int i) {
        Matcher t = TOKEN.matcher(text);
        t.region(m.end(), Math.min(text.length(), m.end() + 200));
        boolean headInGap = false;
        boolean first = true;
        int candidate = -1;
        boolean candidateHead = false;
        int pendingJoiner = 0;
        String lastJoiner = "";
        int tokens = 0;
        while (t.find() && tokens++ < MAX_RUN_TOKENS) {
            String tok = t.group();
            if (tok.isBlank()) {
                if (!tok.equals(" ")) {
                    break;
                }
                continue;
            }
            EntityMention inside = mentionAt(sorted, i, t.start());
            if (inside != null && EntityType.PERSON.is(inside.type())) {
                break;
            }
            if (tok.matches("['\u2019]s")) {
                if (!first || CoreNlpLists.isPlace(m.text())) {
                    break;
                }
            } else if (JOINERS.contains(tok)) {
                lastJoiner = tok;
                pendingJoiner++;
                if (pendingJoiner > 1 && !tok.equals("the")) {
                    break;
                }
            } else if (Character.isUpperCase(tok.charAt(0))) {
                if (pendingJoiner > 0 && lastJoiner.equals("in") && candidateHead && inside != null
                        && EntityType.LOCATION.is(inside.type())
                        && !acronymUsed(text, m.start(), Math.max(inside.end(), t.end()), m.text())) {
                    // "Northmoor Bank in Kelby": a body's name ended at its head word, the place is where it is
                    break;
                }
                pendingJoiner = 0;
                if (inside == null && HEADS.contains(tok.toLowerCase(Locale.ROOT))) {
                    headInGap = true;
                }
                int end = inside != null ? Math.max(inside.end(), t.end()) : t.end();
                if (inside != null) {
                    t.region(end, t.regionEnd());
                }
                candidate = end;
                candidateHead = headInGap;
                if (acronymUsed(text, m.start(), end, m.text())) {
                    return end;
                }
            } else {
                break;
            }
            first = false;
        }
        return candidate > 0 && candidateHead ? candidate : -1;
    }

    /**
     * Where one person's name that the tagger cut ends, or -1: a person's given name, lower-case particles and the
     * person mention right after them ("Khalid" + "bin" + "Hamad al-Thani"), or a one-word given name, a quoted
     * nickname and the person mention after it ("Karim" + "“Le Chat”" + "Benali", whatever the tagger read the
     * first two as).
     */
    private static int personEnd(String text, EntityMention m, List<EntityMention> sorted, int i) {
        if (m.end() > text.length()) {
            return -1;
        }
        String rest = text.substring(m.end(), Math.min(text.length(), m.end() + 60));
        Matcher gap = PARTICLE_GAP.matcher(rest);
        boolean particles = EntityType.PERSON.is(m.type()) && gap.lookingAt() && Arrays.stream(gap.group().strip()
                .split("\\s+")).allMatch(NameParticles.IN_NAMES::contains);
        if (!particles) {
            gap = NICKNAME_GAP.matcher(rest);
            if (!gap.lookingAt() || !m.text().matches("\\p{Lu}[\\p{L}\\-]+")) {
                return -1;
            }
        }
        int at = m.end() + gap.end();
        for (int j = i + 1; j < sorted.size() && sorted.get(j).start() <= at; j++) {
            EntityMention n = sorted.get(j);
            if (n.start() == at) {
                return EntityType.PERSON.is(n.type()) ? n.end() : -1;
            }
        }
        return -1;
    }

    private static EntityMention mentionAt(List<EntityMention> sorted, int from, int offset) {
        for (int j = from + 1; j < sorted.size() && sorted.get(j).start() <= offset; j++) {
            if (sorted.get(j).start() <= offset && offset < sorted.get(j).end()) {
                return sorted.get(j);
            }
        }
        return null;
    }

    /** The initials of the joined name are an acronym the text writes, and the first fragment's are not. */
    private static boolean acronymUsed(String text, int start, int end, String fragment) {
        String acronym = initials(text.substring(start, end));
        if (acronym.length() < MIN_ACRONYM || acronym.equals(initials(fragment))) {
            return false;
        }
        return Pattern.compile("(?<![\\p{L}])" + acronym + "(?![\\p{L}])").matcher(text).find();
    }

    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split("[\\s\\-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                b.append(w.charAt(0));
            }
        }
        return b.toString();
    }
}
