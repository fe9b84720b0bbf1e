package org.dossier.synthesize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.EntityLookup;
import org.dossier.model.EntityMention;
import org.dossier.model.SentenceSpan;
import org.dossier.rules.RuleFiles;

/**
 * Acts of named actors as events of the day the article speaks from: a sentence with no time expression (of any
 * precision: "in 2019" says when) where a name stands right before a strong act verb in the simple past ("Prime Minister X declared a state of
 * emergency", {@code <lang>/act-verbs.txt}) is an entry of the article's date, marked as an estimate, as an undated
 * statement is ({@link EventStatements}). Not when a word between the name and the verb makes the act future,
 * conditional, earlier, passive or negated ("would declare", "had declared"), nor when the sentence is a condition
 * ("if X closed"). One per actor, act and article (the first).
 */
final class EventActs {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** Characters at most between the actor's name and the act verb ("X has declared", "X formally declared"). */
    private static final int ACTOR_GAP = 16;
    private static final Map<String, Rules> BY_LANGUAGE = new ConcurrentHashMap<>();

    private EventActs() {}

    /** One language's act verbs (label and class) and the words that make an act no event of the day. */
    private record Rules(Map<String, String[]> acts, Set<String> notBefore, Set<String> notOpening) {
        static Rules of(String language) {
            String lang = language == null ? "en" : language.toLowerCase(Locale.ROOT);
            return BY_LANGUAGE.computeIfAbsent(lang, l -> {
                List<List<String>> table;
                try {
                    table = RuleFiles.table(EventActs.class, l, "act-verbs.txt");
                } catch (IllegalStateException missing) {
                    return new Rules(Map.of(), Set.of(), Set.of());
                }
                Map<String, String[]> acts = new HashMap<>();
                Set<String> notBefore = new HashSet<>();
                Set<String> notOpening = new HashSet<>();
                for (List<String> row : table) {
                    switch (row.get(0)) {
                        case "act" -> acts.put(row.get(1).toLowerCase(Locale.ROOT), labelled(row, l));
                        case "not-before" -> notBefore.addAll(List.of(row.get(1).split("\\s+")));
                        case "not-opening" -> notOpening.addAll(List.of(row.get(1).split("\\s+")));
                        default -> throw new IllegalStateException("act-verbs.txt: unknown row " + row);
                    }
                }
                return new Rules(Map.copyOf(acts), Set.copyOf(notBefore), Set.copyOf(notOpening));
            });
        }
    }

    /** An act row's label and class: its own columns, else those of the event word it is ("declared"). */
    private static String[] labelled(List<String> row, String language) {
        if (row.size() > 3) {
            return new String[] {row.get(2), row.get(3)};
        }
        EventTriggers.Trigger t = EventTriggers.of(EventWords.of(language), row.get(1).toLowerCase(Locale.ROOT), 0, 0);
        if (t == null) {
            throw new IllegalStateException("act-verbs.txt: no label or class, and no event word: " + row);
        }
        return new String[] {t.label(), t.kind()};
    }

    /**
     * The acts of the article's undated sentences; {@code skip} holds the sentences already dated or stated
     * (a statement of the same sentence says it).
     */
    static List<EventCandidate> find(AnnotatedArticle a, Set<SentenceSpan> skip, EventParticipants participants,
                                     EntityLookup index) {
        LocalDate anchor = Anchors.anchor(a);
        Rules rules = Rules.of(a.article().language());
        if (anchor == null || rules.acts().isEmpty()) {
            return List.of();
        }
        String text = a.article().text();
        List<EventCandidate> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (SentenceSpan s : Sentences.of(a)) {
            if (skip.contains(s) || timed(a, s)) {
                continue;
            }
            EventTriggers.Trigger act = act(text, s, a, rules);
            if (act == null) {
                continue;
            }
            Clauses.Clause own = Clauses.around(EventWords.of(a.article().language()), text, s.start(), s.end(),
                    act.start());
            List<EntityMention> before = EventScope.mentions(a, new int[] {s.start(), act.start()}, own);
            if (before.isEmpty()) {
                continue;
            }
            EntityMention actor = before.get(before.size() - 1);
            if (!doneNow(text, actor.end(), act.start(), rules) || opensCondition(text, s.start(), actor.start(), rules)) {
                continue;
            }
            List<String> who = participants.of(a, List.of(actor), s, act);
            if (who.isEmpty() || !done.add(who.get(0) + "\t" + act.label())) {
                continue;
            }
            String statement = EventText.describe(a, s, act, null, participants.lead(a, s, who), index);
            if (statement == null || statement.isBlank()) {
                continue;
            }
            out.add(EventCandidate.undated(a, anchor, "done", act, who, s, statement));
        }
        return out;
    }

    /** Whether the sentence has a time expression of any precision ("in 2019", "last year"): it says when, not today. */
    private static boolean timed(AnnotatedArticle a, SentenceSpan s) {
        return a.annotations().times().stream().anyMatch(t -> s.start() <= t.start() && t.start() < s.end());
    }

    /** The first act verb of the sentence outside quotes, as a trigger of its label and class, or null. */
    private static EventTriggers.Trigger act(String text, SentenceSpan s, AnnotatedArticle a, Rules rules) {
        Matcher m = WORD.matcher(text).region(s.start(), s.end());
        while (m.find()) {
            String[] act = rules.acts().get(m.group().toLowerCase(Locale.ROOT));
            int at = m.start();
            boolean compound = m.end() < s.end() && text.charAt(m.end()) == '-'; // "closed-door": no verb
            if (act != null && !compound
                    && a.annotations().quotes().stream().noneMatch(q -> q.start() <= at && at < q.end())) {
                return new EventTriggers.Trigger(act[0], act[1], m.start(), m.end());
            }
        }
        return null;
    }

    /** Whether the words between the actor and the verb are few and none makes the act future, earlier or passive. */
    private static boolean doneNow(String text, int from, int to, Rules rules) {
        String gap = text.substring(from, to);
        if (gap.strip().length() > ACTOR_GAP || EventTriggers.PHRASE_BREAK.matcher(gap).find()) {
            return false;
        }
        Matcher m = WORD.matcher(gap);
        while (m.find()) {
            if (rules.notBefore().contains(m.group().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a word before the actor makes the sentence a condition ("If X closed the border, ..."). */
    private static boolean opensCondition(String text, int from, int to, Rules rules) {
        Matcher m = WORD.matcher(text.substring(from, to));
        while (m.find()) {
            if (rules.notOpening().contains(m.group().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
