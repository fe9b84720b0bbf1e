package org.dossier.synthesize.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.EntityLookup;
import org.dossier.model.EntityMention;
import org.dossier.model.SentenceSpan;

/**
 * Garble by inversion: a sentence naming two of the story's names around a directed act ("X … joins … Y"; act stems
 * in rule data {@code summary/<lang>/directed-acts.txt}) the other way round from more of the story's other
 * articles than name them its way ("Y … joins … X") has swapped subject and object, as machine translations do, and
 * should not stand in the summary. The first name stands at most {@value #BEFORE} words before the act, the second
 * at most {@value #AFTER} words after it, with no punctuation or other name between.
 */
final class Inverted {
    static final int BEFORE = 4;
    static final int AFTER = 3;
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}]+)*|['\u2019]\\p{L}+|[^\\s\\p{L}\\p{N}]");

    /** One directed act a sentence states: doer, act stem, receiver (names canonical, lower case). */
    record Act(String doer, String act, String receiver) {
        Act reversed() {
            return new Act(receiver, act, doer);
        }
    }

    private final Map<Act, Set<String>> carriers = new HashMap<>();
    private final EntityLookup names;

    /** The directed acts the articles' sentences state, names made canonical by the lookup (when given). */
    Inverted(List<AnnotatedArticle> articles, EntityLookup names) {
        this.names = names;
        for (AnnotatedArticle a : articles) {
            for (SentenceSpan s : a.annotations().sentences()) {
                for (Act act : acts(a, s.start(), s.end())) {
                    carriers.computeIfAbsent(act, k -> new HashSet<>()).add(a.id());
                }
            }
        }
    }

    /** Whether the article's sentence [start, end) states an act more other articles state the other way round. */
    boolean garbled(AnnotatedArticle a, int start, int end) {
        for (Act act : acts(a, start, end)) {
            Set<String> same = carriers.getOrDefault(act, Set.of());
            Set<String> other = new HashSet<>(carriers.getOrDefault(act.reversed(), Set.of()));
            other.remove(a.id());
            if (other.size() > same.size()) {
                return true;
            }
        }
        return false;
    }

    /** The directed acts stated in [start, end) of an article. */
    List<Act> acts(AnnotatedArticle a, int start, int end) {
        String text = a.article().text();
        Set<String> stems = stems(a.article().language());
        List<EntityMention> inside = a.annotations().entities().stream()
                .filter(m -> m.start() >= start && m.end() <= end && m.end() <= text.length())
                .sorted(Comparator.comparingInt(EntityMention::start)).toList();
        List<Act> out = new ArrayList<>();
        if (stems.isEmpty() || inside.size() < 2) {
            return out;
        }
        for (int i = 0; i + 1 < inside.size(); i++) {
            EntityMention doer = inside.get(i);
            EntityMention next = inside.get(i + 1);
            Matcher m = TOKEN.matcher(text).region(doer.end(), next.start());
            int words = 0;
            String act = null;
            int afterAct = 0;
            boolean broken = false;
            while (m.find()) {
                String t = m.group().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
                if (!Character.isLetterOrDigit(t.charAt(0)) && !t.startsWith("'")) {
                    broken = true;
                    break;
                }
                if (t.startsWith("'")) {
                    continue;
                }
                if (act == null) {
                    String stem = stems.stream().filter(t::startsWith).findFirst().orElse(null);
                    if (stem != null) {
                        act = stem;
                    } else if (++words > BEFORE) {
                        broken = true;
                        break;
                    }
                } else if (++afterAct > AFTER) {
                    broken = true;
                    break;
                }
            }
            if (!broken && act != null) {
                String x = name(doer);
                String y = name(next);
                if (!x.equals(y)) {
                    out.add(new Act(x, act, y));
                }
            }
        }
        return out;
    }

    private String name(EntityMention m) {
        String canonical = names == null ? null : names.canonical(m.text());
        String n = canonical != null ? canonical : m.text();
        return n.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("'s$", "").strip();
    }

    private static Set<String> stems(String language) {
        return LanguageWords.of(language, "directed-acts.txt");
    }
}
