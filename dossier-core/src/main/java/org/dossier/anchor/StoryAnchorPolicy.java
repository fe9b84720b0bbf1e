package org.dossier.anchor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dossier.model.Article;

/**
 * The standard {@link AnchorPolicy}. Each article is anchored on its own evidence checked against its story's
 * dates (page date, else a date its text states, else the story's median date; a late repost re-anchored; an
 * article left with the story's date moved to where its bare weekdays fall on dates the other articles state).
 * A copy or derivation takes its original's anchor instead, whatever its page says, when the original is anchored
 * (earlier or in this call). The note is dropped when the anchor is the page's own publication date. "Today" (no
 * stated date after it is taken) comes from the clock given, so a fixed clock gives the same anchors any day.
 */
public final class StoryAnchorPolicy implements AnchorPolicy {
    private final Clock clock;

    /** A policy for which today is the clock's date (the composition passes {@code Clock.systemDefaultZone()}). */
    public StoryAnchorPolicy(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Map<String, Anchor> choose(List<Article> story, Map<String, Anchor> alreadyAnchored) {
        Map<String, Anchor> out = new LinkedHashMap<>();
        if (story.stream().allMatch(a -> alreadyAnchored.containsKey(a.id()))) {
            story.forEach(a -> out.put(a.id(), alreadyAnchored.get(a.id())));
            return out;
        }
        Map<String, Anchor> own = new AnchorChooser(LocalDate.now(clock)).chooseStory(story);
        // Originals first, so that a copy finds its original's anchor; among copies, story order.
        List<Article> order = new ArrayList<>(story);
        order.sort(Comparator.comparing(StoryAnchorPolicy::isCopy));
        Map<String, Anchor> done = new HashMap<>();
        for (Article a : order) {
            Anchor given = alreadyAnchored.get(a.id());
            done.put(a.id(), given != null ? given : anchor(a, own.get(a.id()), done));
        }
        story.forEach(a -> out.put(a.id(), done.get(a.id())));
        return out;
    }

    /** The original's anchor for a copy whose original is dated, else the article's own, noted only when needed. */
    private static Anchor anchor(Article a, Anchor own, Map<String, Anchor> done) {
        String original = a.duplicateOf() != null ? a.duplicateOf() : a.derivedFrom();
        Anchor of = original == null ? null : done.get(original);
        if (of != null && of.date() != null) {
            return new Anchor(of.date(), "dated from the article it copies (" + of.date() + ")"
                    + (a.published() == null ? "" : "; the page says " + a.published()), of.estimated(), of.before());
        }
        boolean pagesOwn = own.date() != null && own.date().equals(a.published());
        return new Anchor(own.date(), pagesOwn ? null : own.note(), own.estimated(), own.before());
    }

    private static boolean isCopy(Article a) {
        return a.duplicateOf() != null || a.derivedFrom() != null;
    }
}
