package org.dossier.synthesize.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.EntityLookup;
import org.dossier.model.SentenceSpan;
import org.dossier.model.Span;
import org.dossier.model.StoryDossier.Position;
import org.dossier.model.StoryDossier.SummarySentence;
import org.dossier.model.StoryDossier.TimelineEntry;
import org.dossier.synthesize.positions.Words;

/**
 * The story's extractive summary: {@value #MIN} to {@value #MAX} sentences taken as the articles give them, each
 * citing every article that carries the same content. A sentence scores by how many articles share its words,
 * by the timeline entries and positions it reports (weighted by how many articles report them) and by its
 * article being an independent source; it must read alone ({@link Readable}) and not swap subject and object against
 * other articles ({@link Inverted}) nor hold run-in capitals ({@link RunIns}); a sentence too like one already
 * chosen is skipped, and each sentence already taken from an article lowers the score of its next ones, so the
 * summary draws on several reports. The sentence of the latest dated timeline entry — the outcome so far; a day the
 * story states before one it estimates, an event before a statement, never a bound; the next latest when that
 * entry's sentence does not read alone — is always among them (it replaces a sentence saying the same, else the
 * lowest-scored). The chosen ones are listed in the order of their articles' dates and their place in the text.
 */
public final class Summary {
    static final int MIN = 3;
    static final int MAX = 5;
    /** Sentences sharing this share of the smaller one's content words say the same. */
    static final double SAME = 0.5;
    /** The factor by which each sentence already taken from an article lowers its next sentence's score. */
    static final double SAME_ARTICLE = 0.6;
    /** A dateline opening a sentence ("BRENNMOOR — "), left out of the summary's sentence and span. */
    private static final Pattern DATELINE = Pattern.compile("\\s*\\p{Lu}[\\p{Lu}\\s.,'/-]{1,40}\\s[\u2014\u2013-]\\s+");

    private Summary() {}

    private record Candidate(AnnotatedArticle article, SentenceSpan span, String text, Set<String> words,
                             LocalDate date, double[] score) {}

    /**
     * The summary of a story: its articles, timeline, positions and which of its articles are independent
     * sources (empty when the articles have no readable sentence).
     */
    public static List<SummarySentence> of(List<AnnotatedArticle> articles, List<TimelineEntry> timeline,
                                           List<Position> positions, Set<String> independent) {
        return of(articles, timeline, positions, independent, null);
    }

    /**
     * The summary, names compared as the story's resolved entities (null: as written) when telling a sentence that
     * swaps subject and object against other articles ({@link Inverted}), which is left out.
     */
    public static List<SummarySentence> of(List<AnnotatedArticle> articles, List<TimelineEntry> timeline,
                                           List<Position> positions, Set<String> independent, EntityLookup names) {
        Inverted inverted = new Inverted(articles, names);
        List<Candidate> all = new ArrayList<>();
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (AnnotatedArticle a : articles) {
            Set<String> seen = new LinkedHashSet<>();
            String text = a.article().text();
            Set<String> title = Words.content(a.article().title() == null ? "" : a.article().title(), a.article().language());
            for (SentenceSpan s : a.annotations().sentences()) {
                if (s.start() < 0 || s.end() > text.length() || s.start() >= s.end()) {
                    continue;
                }
                Matcher dateline = DATELINE.matcher(text).region(s.start(), s.end());
                if (dateline.lookingAt()) {
                    s = new SentenceSpan(dateline.end(), s.end());
                }
                String sentence = text.substring(s.start(), s.end()).replaceAll("\\s+", " ").strip();
                Set<String> words = Words.content(sentence, a.article().language());
                seen.addAll(words);
                if (Readable.alone(sentence, a.article().language()) && Words.overlap(words, title) < 0.9
                        && !inverted.garbled(a, s.start(), s.end()) && !RunIns.garbled(a, s.start(), s.end())) {
                    LocalDate date = a.annotations().anchor() != null ? a.annotations().anchor() : a.article().published();
                    all.add(new Candidate(a, s, sentence, words, date, new double[] {0}));
                }
            }
            seen.forEach(w -> documentFrequency.merge(w, 1, Integer::sum));
        }
        for (Candidate c : all) {
            double shared = c.words().stream().mapToDouble(w -> documentFrequency.getOrDefault(w, 1) - 1).sum();
            double score = shared / Math.sqrt(Math.max(1, c.words().size()));
            score += 2.0 * weight(c, timeline.stream().map(t -> new Cited(t.articles().size(), t.mentions())).toList());
            score += 1.5 * weight(c, positions.stream().map(p -> new Cited(p.articles().size(), p.mentions())).toList());
            score *= independent.contains(c.article().id()) ? 1.25 : 1.0;
            score *= c.article().article().likelyMachineTranslation() ? 0.85 : 1.0;
            c.score()[0] = score;
        }
        all.sort(Comparator.comparingDouble((Candidate c) -> -c.score()[0]));
        List<Candidate> chosen = new ArrayList<>();
        List<Candidate> left = new ArrayList<>(all);
        while (chosen.size() < MAX && !left.isEmpty()) {
            Candidate best = null;
            double bestScore = -1;
            for (Candidate c : left) {
                double s = spread(c, chosen);
                if (s > bestScore) {
                    best = c;
                    bestScore = s;
                }
            }
            left.remove(best);
            if (chosen.size() >= MIN && bestScore < 0.4 * chosen.get(0).score()[0]) {
                break;
            }
            Candidate b = best;
            if (chosen.stream().noneMatch(o -> Words.overlap(o.words(), b.words()) >= SAME)) {
                chosen.add(b);
            }
        }
        Candidate outcome = outcome(all, timeline);
        if (outcome != null && !chosen.contains(outcome)
                && chosen.stream().noneMatch(o -> o.article() == outcome.article() && o.span().equals(outcome.span()))) {
            chosen.removeIf(o -> Words.overlap(o.words(), outcome.words()) >= SAME);
            if (chosen.size() >= MAX) {
                chosen.remove(chosen.size() - 1);
            }
            chosen.add(outcome);
        }
        chosen.sort(Comparator.comparing(Candidate::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(c -> articles.indexOf(c.article())).thenComparingInt(c -> c.span().start()));
        List<SummarySentence> out = new ArrayList<>();
        for (Candidate c : chosen) {
            Set<String> ids = new LinkedHashSet<>(List.of(c.article().id()));
            List<Span> spans = new ArrayList<>(List.of(new Span(c.article().id(), c.span().start(), c.span().end())));
            for (Candidate o : all) {
                if (!ids.contains(o.article().id()) && Words.overlap(o.words(), c.words()) >= 0.6
                        && Words.jaccard(o.words(), c.words()) >= 0.4) {
                    ids.add(o.article().id());
                    spans.add(new Span(o.article().id(), o.span().start(), o.span().end()));
                }
            }
            out.add(new SummarySentence(c.text(), List.copyOf(ids), List.copyOf(spans)));
        }
        return List.copyOf(out);
    }

    /**
     * The sentence stating the story's outcome: that of its latest timeline entry (by date; an event preferred to a
     * statement), the best-scored candidate its citations point at; null when none reads alone or no entry is dated.
     */
    private static Candidate outcome(List<Candidate> all, List<TimelineEntry> timeline) {
        List<TimelineEntry> latestFirst = timeline.stream()
                .filter(t -> t.date() != null && !"before".equals(t.precision()))
                .sorted(Comparator.comparing(TimelineEntry::date).reversed()
                        .thenComparing(t -> t.dateNote() != null)
                        .thenComparing(t -> "statement".equals(t.kind())))
                .toList();
        for (TimelineEntry last : latestFirst) {
            Candidate c = all.stream().filter(x -> last.mentions().stream().anyMatch(m -> m.article().equals(x.article().id())
                            && m.start() < x.span().end() && x.span().start() < m.end()))
                    .max(Comparator.comparingDouble(x -> x.score()[0])).orElse(null);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /**
     * A candidate's score as the next pick: each sentence already chosen from the same article lowers it by
     * {@value #SAME_ARTICLE} (a summary of one article's sentences hides what the others report).
     */
    /** A chosen sentence of the same source (the article, or a copy of it or its original) lowers the score. */
    private static double spread(Candidate c, List<Candidate> chosen) {
        String source = source(c.article());
        long same = chosen.stream().filter(o -> source.equals(source(o.article()))).count();
        return c.score()[0] * Math.pow(SAME_ARTICLE, same);
    }

    /** The article a copy or derivation reproduces, else the article itself (its id). */
    private static String source(AnnotatedArticle a) {
        String copied = a.article().duplicateOf() != null ? a.article().duplicateOf() : a.article().derivedFrom();
        return copied == null || copied.isBlank() ? a.id() : copied;
    }

    private record Cited(int articles, List<Span> mentions) {}

    /** The weight of the facts a sentence reports: for each fact citing a span inside it, log2(1 + its articles). */
    private static double weight(Candidate c, List<Cited> facts) {
        double w = 0;
        for (Cited f : facts) {
            boolean here = f.mentions().stream().anyMatch(m -> m.article().equals(c.article().id())
                    && m.start() < c.span().end() && c.span().start() < m.end());
            if (here) {
                w += Math.log(1 + f.articles()) / Math.log(2);
            }
        }
        return Math.min(w, 4);
    }
}
