package org.dossier.synthesize.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.rules.RuleFiles;

/**
 * What the value counts: the currency sign, "%", or the counted noun among the words after the number (a listed
 * unit, else a plural noun, else the last noun), or the noun before it ("an army of about 100,000"), or the noun after the total it is part of ("52 of the 140
 * seats"), or a noun
 * earlier in the clause that names what a bare number counts ("the death toll rose to 112", "la cifra de muertos
 * subió a 412": every language's {@code counting-nouns.txt}, joined to the number by a word of its {@code
 * count-links.txt}; a noun of group "of" counts what its "of" phrase names: "the number of patients ... rose to
 * 31,000"); and its unit group (kept as
 * data, the groups of every language the rules cover read together, so "morts" and "dead" are one group; an
 * unlisted noun is its own group, lemmatised). People counted by a casualty verb before or after them are that
 * verb's group ("killing 40 people", "600 people were injured": {@code casualty-verbs.txt}). A bare number right
 * after a name in a list counts what the figure before it in the sentence counts ("the Social Democrats 44",
 * {@link OwnerStage#listed}); so does one its own words make another value of that figure ("a figure the sheriff's
 * office put at 8,000", {@link FigureSourceStage#restating}). A list of kinds before the counted noun counts that noun ("3,200 bus, tram and rail
 * workers": {@code coordinators.txt}). Ends the reading when
 * there is no unit or it is a word that makes the number something else (a clock time, a multiplier: kept as data).
 */
final class UnitStage implements QuantityStage {
    /** The languages whose counted nouns are read (their files {@code <lang>/unit-groups.txt}). */
    private static final List<String> LANGUAGES = List.of("en", "fr", "de", "es");
    private static final Map<String, String> UNITS = unitGroups();
    private static final Set<String> NON_UNITS = RuleFiles.words(UnitStage.class, "en", "non-units.txt");
    private static final Map<String, String> COUNTING = everyLanguage("counting-nouns.txt");
    /** The unit group of a counting noun that counts what its "of" phrase names ("the number of patients"). */
    private static final String OF = "of";
    private static final Set<String> OF_WORDS = RuleFiles.words(UnitStage.class, "of-links.txt");
    private static final Set<String> COUNT_LINKS = countLinks();
    private static final Map<String, String> CASUALTY = everyLanguage("casualty-verbs.txt");
    /** The unit groups of people a casualty verb counts ("deaths", "injured"). */
    static final Set<String> CASUALTY_GROUPS = Set.copyOf(CASUALTY.values());

    /** Whether a reading counts people whom a casualty verb of its sentence says were killed or hurt. */
    static boolean casualtyOfPeople(QuantityReading r) {
        return CASUALTY_GROUPS.contains(r.unit) && r.unitWord != null
                && "people".equals(UNITS.get(r.unitWord.toLowerCase(Locale.ROOT)));
    }
    private static final Set<String> DURATION_LINKS = RuleFiles.words(UnitStage.class, "duration-links.txt");
    private static final List<String> TOTAL_LINKS = RuleFiles.lines(UnitStage.class, "total-links.txt");
    /** Forms of "be" or "have" between counted people and a casualty participle, every language. */
    private static final List<List<String>> AUXILIARIES = RuleFiles.table(UnitStage.class, "casualty-auxiliaries.txt");
    private static final Set<String> BE = Set.copyOf(AUXILIARIES.stream().map(row -> row.get(0).toLowerCase(Locale.ROOT)).toList());
    /** Auxiliaries whose casualty participle may close the clause ("300 Menschen wurden in Kelsdorf verletzt"). */
    private static final Set<String> CLAUSE_END = Set.copyOf(AUXILIARIES.stream().filter(row -> row.size() > 1)
            .map(row -> row.get(0).toLowerCase(Locale.ROOT)).toList());
    /** How far a participle closing the clause may stand after its auxiliary. */
    private static final int CLAUSE_REACH = 6;
    private static final Map<String, List<String>> PARTICIPLE = RuleFiles.lists(UnitStage.class, "de", "participle-affixes.txt");
    /** How far back in the clause a counting noun may stand before its bare number. */
    private static final int COUNTING_REACH = 16;
    private static final int MAX_RUN = 3;
    private static final Set<String> COORDINATORS = RuleFiles.words(UnitStage.class, "coordinators.txt");
    /** How many tokens a list of nouns before the counted one may take ("bus, tram and suburban rail"). */
    private static final int MAX_LIST = 10;

    @Override
    public boolean read(QuantityTokens tok, QuantityReading r) {
        int k = r.valueEnd;
        List<String> run = new ArrayList<>();
        String unitWord = r.currency;
        int after = k;
        boolean before = false;
        if (r.currency == null && k < tok.size() && tok.get(k).equals("%")) {
            unitWord = "%";
            after = k + 1;
        } else if (r.currency == null) {
            int whole = afterTotal(tok, k);
            k = whole;
            after = whole;
            while (after < tok.size() && run.size() < MAX_RUN && runWord(tok.get(after), run.isEmpty()) && !tok.blocked(after)
                    && !(!run.isEmpty() && Character.isUpperCase(run.get(run.size() - 1).charAt(0)) && germanParticiple(tok.get(after)))) {
                run.add(tok.get(after++));
            }
            int head = coordinatedHead(tok, after, run);
            if (head >= 0) {
                // "3,200 bus, tram and rail workers": the nouns before the list's last are kinds of what it counts
                k = head;
                run = new ArrayList<>(List.of(tok.get(head)));
                after = head + 1;
            }
            unitWord = pickUnit(run);
            int counting = unitWord == null && !unitBefore(tok, r.first) ? countingNoun(tok, r.first) : -1;
            if (unitWord == null && unitBefore(tok, r.first)) {
                unitWord = tok.get(r.first - 2);
                r.startTok = r.first - 2;
                before = true;
                run.clear();
            } else if (counting >= 0 && OF.equals(COUNTING.get(tok.get(counting).toLowerCase(Locale.ROOT)))) {
                r.unitWord = tok.get(counting + 2); // "the number of patients ... rose to 31,000": patients
                r.unit = UNITS.getOrDefault(r.unitWord.toLowerCase(Locale.ROOT), lemma(r.unitWord));
                r.run = List.of();
                r.last = k - 1;
                return true;
            } else if (counting >= 0) {
                r.unitWord = countingPhrase(tok, counting);
                r.unit = COUNTING.get(tok.get(counting).toLowerCase(Locale.ROOT));
                r.run = List.of();
                r.last = k - 1;
                return true;
            } else if (unitWord == null && r.previous != null && FigureSourceStage.restating(tok, r.first)) {
                // "9,500 people ..., a figure the sheriff's office put at 8,000": another value of the figure before
                r.unitWord = OwnerStage.ownSubject(r.previous);
                r.unit = r.previous.unit();
                r.run = List.of();
                r.last = k - 1;
                return true;
            } else if (unitWord == null && r.previous != null && OwnerStage.listed(tok, r.first) != null) {
                // "gave the Civic Union 58 seats, the Social Democrats 44": the list item counts what the one before it does
                r.unitWord = OwnerStage.ownSubject(r.previous);
                r.unit = r.previous.unit();
                r.run = List.of();
                r.last = k - 1;
                return true;
            } else if (unitWord == null && capitalNoun(tok, run, after)) {
                // "Mindestens 300 Häuser wurden zerstört": a German noun, capitalised, alone before a function word
                unitWord = run.get(0);
            } else if (unitWord == null) {
                return false;
            }
        }
        if (NON_UNITS.contains(unitWord.toLowerCase(Locale.ROOT))) {
            return false;
        }
        r.unitWord = unitWord;
        r.unit = UNITS.getOrDefault(unitWord.toLowerCase(Locale.ROOT), lemma(unitWord));
        if ("people".equals(r.unit)) {
            int unitEnd = before || run.indexOf(unitWord) < 0 ? after : k + run.indexOf(unitWord) + 1;
            r.unit = casualty(tok, r.first, unitEnd, r.unit);
        }
        if (!before && "duration".equals(ClaimFilter.kind(r.unit)) && !lasted(tok, k + Math.max(run.indexOf(unitWord), 0) + 1)) {
            return false;
        }
        r.run = run;
        r.unitIndex = run.indexOf(unitWord);
        r.last = before ? k - 1 : r.currency == null && r.unitIndex >= 0 ? k + r.unitIndex : after - 1;
        int per = before ? 0 : Speeds.per(tok, r.last + 1, r.unit); // "70 km/h", "45 miles per hour": a speed
        if (per > 0) {
            r.unit = Speeds.of(r.unit);
            r.unitWord = tok.phrase(r.last, r.last + 1 + per).replace(" / ", "/");
            r.last += per;
        }
        return true;
    }

    /**
     * The token after the total a part is counted against ("52 of the 140 seats": the token after "140"), whose
     * counted noun the part takes ({@code total-links.txt}); {@code k} itself when no total follows.
     */
    private static int afterTotal(QuantityTokens tok, int k) {
        for (String link : TOTAL_LINKS) {
            int n = tok.matches(k, link);
            if (n > 0 && k + n < tok.size() && Character.isDigit(tok.get(k + n).charAt(0))) {
                return k + n + 1;
            }
        }
        return k;
    }

    /** The unit groups of every language read, English first (a word listed in two keeps the first group). */
    private static Map<String, String> unitGroups() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String lang : LANGUAGES) {
            RuleFiles.pairs(UnitStage.class, lang, "unit-groups.txt").forEach(out::putIfAbsent);
        }
        return Map.copyOf(out);
    }

    /**
     * The token of a counting noun ("toll") earlier in the clause of a bare number, joined to it by a link word
     * right before the number ("rose to", "at", "reached"), with no other number or clause break between; or -1.
     */
    private static int countingNoun(QuantityTokens tok, int first) {
        if (first < 2 || !COUNT_LINKS.contains(tok.get(first - 1).toLowerCase(Locale.ROOT))) {
            return -1;
        }
        for (int i = first - 2; i >= Math.max(0, first - COUNTING_REACH); i--) {
            String t = tok.get(i);
            String group = COUNTING.get(t.toLowerCase(Locale.ROOT));
            if (group != null && (!group.equals(OF) || ofPhrase(tok, i))) {
                return i;
            }
            if (Character.isDigit(t.charAt(0)) || t.equals(",") || t.equals(";") || t.equals(".")) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether the noun at i is followed by a word of {@code of-links.txt} and a lower-case noun it counts. */
    private static boolean ofPhrase(QuantityTokens tok, int i) {
        if (i + 2 >= tok.size() || !OF_WORDS.contains(tok.get(i + 1).toLowerCase(Locale.ROOT))) {
            return false;
        }
        String noun = tok.get(i + 2);
        return QuantityTokens.isWord(noun) && Character.isLowerCase(noun.charAt(0)) && !KeyWords.isStop(noun);
    }

    /** The counting noun with the lower-case word before it that says what it counts ("death toll"). */
    private static String countingPhrase(QuantityTokens tok, int i) {
        String prev = i > 0 ? tok.get(i - 1) : "";
        boolean modifier = QuantityTokens.isWord(prev) && Character.isLowerCase(prev.charAt(0)) && !KeyWords.isStop(prev);
        return modifier ? prev + " " + tok.get(i) : tok.get(i);
    }

    /**
     * The group of people counted by a casualty verb (every language's {@code casualty-verbs.txt}): the word right
     * before the count's first token ("killing at least 40 people") or a participle right after its counted noun,
     * or after a form of "be" or "have" ("600 people were injured", "600 people have died", "412 Menschen
     * getötet", "412 personnes ont été tuées").
     */
    private static String casualty(QuantityTokens tok, int first, int after, String group) {
        if (first >= 1) {
            String before = CASUALTY.get(tok.get(first - 1).toLowerCase(Locale.ROOT));
            if (before != null) {
                return before;
            }
        }
        int j = after;
        while (j < tok.size() && j < after + 2 && BE.contains(tok.get(j).toLowerCase(Locale.ROOT))) {
            j++;
        }
        String late = j < tok.size() ? CASUALTY.get(tok.get(j).toLowerCase(Locale.ROOT)) : null;
        if (late == null && j > after && CLAUSE_END.contains(tok.get(j - 1).toLowerCase(Locale.ROOT))) {
            for (int e = j; e < tok.size() && e < j + CLAUSE_REACH && QuantityTokens.isWord(tok.get(e)); e++) {
                boolean closes = e + 1 >= tok.size() || !QuantityTokens.isWord(tok.get(e + 1));
                String g = CASUALTY.get(tok.get(e).toLowerCase(Locale.ROOT));
                if (closes && g != null) {
                    return g;
                }
            }
        }
        return late != null ? late : group;
    }

    /** Whether the token after a unit of time says what lasted ({@code duration-links.txt}: "hours of talks"). */
    private static boolean lasted(QuantityTokens tok, int next) {
        if (next >= tok.size()) {
            return false;
        }
        String t = tok.get(next).toLowerCase(Locale.ROOT);
        return DURATION_LINKS.contains(t) || t.startsWith("d'") || t.startsWith("d\u2019");
    }


    /**
     * Whether the run after a number is one capitalised word, no name of a month or day, that a function word, a
     * German participle or the end of the clause follows ("300 Häuser wurden", "25 Schulen geschlossen", "300
     * Häuser."): a German noun, the counted one.
     */
    private static boolean capitalNoun(QuantityTokens tok, List<String> run, int after) {
        if (run.size() != 1 || !Character.isUpperCase(run.get(0).charAt(0)) || OwnerStage.calendarWord(run.get(0))) {
            return false;
        }
        return after >= tok.size() || !QuantityTokens.isWord(tok.get(after)) || KeyWords.isStop(tok.get(after))
                || germanParticiple(tok.get(after));
    }

    /**
     * Whether a lower-case word is written as a German participle ({@code de/participle-affixes.txt}: "geschlossen",
     * "zerstört", "evakuiert"), which after a capitalised noun ends the noun phrase.
     */
    private static boolean germanParticiple(String t) {
        if (!Character.isLowerCase(t.charAt(0))) {
            return false;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (PARTICIPLE.getOrDefault("alone", List.of()).stream().anyMatch(lower::endsWith)) {
            return true;
        }
        return PARTICIPLE.getOrDefault("prefix", List.of()).stream().anyMatch(p -> lower.startsWith(p) && lower.length() > p.length() + 2)
                && PARTICIPLE.getOrDefault("suffix", List.of()).stream().anyMatch(lower::endsWith);
    }

    /** A table of word<TAB>unit group of every language read, English first. */
    private static Map<String, String> everyLanguage(String name) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        LANGUAGES.forEach(l -> RuleFiles.pairs(UnitStage.class, l, name).forEach(out::putIfAbsent));
        return Map.copyOf(out);
    }

    private static Set<String> countLinks() {
        Set<String> out = new java.util.HashSet<>();
        LANGUAGES.forEach(l -> out.addAll(RuleFiles.words(UnitStage.class, l, "count-links.txt")));
        return Set.copyOf(out);
    }

    /** Whether a token is a currency sign (a listed unit that is no word). */
    static boolean isCurrency(String t) {
        return UNITS.containsKey(t) && !QuantityTokens.isWord(t);
    }

    /**
     * Whether a token continues the noun phrase after a number: a word, no stop word (of any language read) nor name
     * of a month or day ("412 este jueves" counts nothing), and after the first word no
     * participle nor finite verb unless it is a listed unit ("troops stationed" stops before "stationed", "containers
     * fell" before "fell": {@link SubjectPhrase#clauseVerb}).
     */
    static boolean runWord(String t, boolean first) {
        if (!QuantityTokens.isWord(t) || KeyWords.isStop(t) || OwnerStage.calendarWord(t)) {
            return false;
        }
        boolean participle = Character.isLowerCase(t.charAt(0)) && (t.endsWith("ed") || t.endsWith("ing"));
        return first || !(participle || SubjectPhrase.clauseVerb(t)) || UNITS.containsKey(t.toLowerCase(Locale.ROOT));
    }

    /**
     * The token of the noun a list of nouns before it modifies ("3,200 bus, tram and suburban rail workers":
     * "workers"), when the run after the number ends at a comma or a coordinator ({@code coordinators.txt}) and is
     * a singular noun, no listed unit, and the list goes on in lower-case words, no participle, to a last
     * conjunct whose last word is a listed unit or a plural noun; else -1 ("1,400 services and leaving" is none).
     */
    private static int coordinatedHead(QuantityTokens tok, int after, List<String> run) {
        if (run.isEmpty() || after >= tok.size() || !(tok.get(after).equals(",") || COORDINATORS.contains(tok.get(after).toLowerCase(Locale.ROOT)))) {
            return -1;
        }
        String last = run.get(run.size() - 1);
        if (UNITS.containsKey(last.toLowerCase(Locale.ROOT)) || plural(last) || !nounLike(last)) {
            return -1;
        }
        boolean joined = false;
        for (int j = after; j < tok.size() && j < after + MAX_LIST; j++) {
            String t = tok.get(j);
            if (t.equals(",") || COORDINATORS.contains(t.toLowerCase(Locale.ROOT))) {
                joined |= !t.equals(",");
                continue;
            }
            if (!QuantityTokens.isWord(t) || !nounLike(t) || tok.blocked(j) || KeyWords.isStop(t) || t.endsWith("ing")
                    || t.endsWith("ed")) {
                return -1;
            }
            boolean ends = j + 1 >= tok.size() || !runWord(tok.get(j + 1), false) || tok.blocked(j + 1);
            if (joined && ends) {
                return UNITS.containsKey(t.toLowerCase(Locale.ROOT)) || plural(t) ? j : -1;
            }
        }
        return -1;
    }

    /** Whether a lower-case noun is written as a plural ("workers"; "bus", "class", "status" are none). */
    private static boolean plural(String w) {
        return w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is");
    }

    /** Whether the counted noun stands before the number ("an army of about 100,000"). */
    private static boolean unitBefore(QuantityTokens tok, int first) {
        return first >= 2 && tok.get(first - 1).equalsIgnoreCase("of")
                && UNITS.containsKey(tok.get(first - 2).toLowerCase(Locale.ROOT));
    }

    private static String pickUnit(List<String> run) {
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

    /** The singular of a counted noun not listed as a unit: its unit group. */
    static String lemma(String w) {
        String s = w.toLowerCase(Locale.ROOT);
        if (s.endsWith("ies") && s.length() > 4) {
            return s.substring(0, s.length() - 3) + "y";
        }
        return s.endsWith("s") && !s.endsWith("ss") && s.length() > 3 ? s.substring(0, s.length() - 1) : s;
    }
}
