package org.dossier.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dossier.cluster.StoryClusterer.Doc;
import org.dossier.model.Article;
import org.dossier.model.Story;
import org.dossier.text.SeedPages;
import org.junit.jupiter.api.Test;

class IncrementalClustererTest {
    private static final LocalDate D1 = LocalDate.of(2021, 3, 2);
    private static final LocalDate D2 = D1.plusDays(3);

    private static Doc rehab(String id, String who, String place, String weekday, LocalDate date, int variant) {
        String[] leads = {
            who + " has entered a rehabilitation clinic in " + place + ", a spokesman said on " + weekday + ".",
            "Actress " + who + " checked into rehab in " + place + " on " + weekday + ", her publicist confirmed.",
            who + " is in rehab at a treatment centre near " + place + ", her representative said " + weekday + "."};
        String body = "The spokesman asked for privacy for " + who + " and her family. "
                + who + " had been seen at a party in " + place + " last week. "
                + "Her representative declined to say how long the stay in rehab would last.";
        return Doc.of(id, who + " enters rehab", leads[variant] + "\n" + body, date, "en");
    }

    @Test
    void twoEventsWithSharedTopicWordsAreSeparatedByNamesPlacesAndDates() {
        IncrementalClusterer c = new IncrementalClusterer();
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            first.add(c.assign(rehab("a" + i, "Mara Quinlan", "Malibu", "Tuesday", D1, i)));
            second.add(c.assign(rehab("b" + i, "Dana Whitlock", "Arizona", "Friday", D2, i)));
        }
        assertEquals(1, new HashSet<>(first).size(), "first event split: " + first);
        assertEquals(1, new HashSet<>(second).size(), "second event split: " + second);
        assertNotEquals(first.get(0), second.get(0));
    }

    @Test
    void sameEventsWithoutDatesAreStillSeparatedByNames() {
        IncrementalClusterer c = new IncrementalClusterer();
        String a0 = c.assign(rehab("a0", "Mara Quinlan", "Malibu", "Tuesday", null, 0));
        String b0 = c.assign(rehab("b0", "Dana Whitlock", "Arizona", "Friday", null, 0));
        String a1 = c.assign(rehab("a1", "Mara Quinlan", "Malibu", "Tuesday", null, 1));
        String b1 = c.assign(rehab("b1", "Dana Whitlock", "Arizona", "Friday", null, 2));
        assertEquals(a0, a1);
        assertEquals(b0, b1);
        assertNotEquals(a0, b0);
    }

    @Test
    void germanArticleJoinsTheEnglishStoryOfTheSameEvent() {
        IncrementalClusterer c = new IncrementalClusterer();
        String en = c.assign(Doc.of("en", "Magnitude 6.1 earthquake strikes Kellbrook, 27 dead",
                "An earthquake of magnitude 6.1 struck the region of Kellbrook on 12 October, killing 27 people.\n"
                        + "Governor Piet Sandvoort said 340 buildings had collapsed in Kellbrook and Dornach.\n"
                        + "Rescue teams from Aldermoor arrived overnight.", null, "en"));
        String other = c.assign(Doc.of("other", "Parliament in Aldermoor passes budget",
                "The parliament of Aldermoor passed the budget on Monday after a long debate.\n"
                        + "Finance minister Ruth Calloway said spending on schools would rise.", null, "en"));
        String de = c.assign(Doc.of("de", "Erdbeben der Stärke 6,1 erschüttert Kellbrook: 27 Tote",
                "Ein Erdbeben der Stärke 6,1 hat am 12. Oktober die Region Kellbrook erschüttert und 27 Menschen getötet.\n"
                        + "Gouverneur Piet Sandvoort sagte, in Kellbrook und Dornach seien 340 Gebäude eingestürzt.\n"
                        + "Rettungsteams aus Aldermoor trafen in der Nacht ein.", null, "de"));
        assertNotEquals(en, other);
        assertEquals(en, de, String.valueOf(c.explain(Doc.of("de2", "Erdbeben in Kellbrook",
                "Erdbeben der Stärke 6,1 in Kellbrook am 12. Oktober, 27 Tote, 340 Gebäude.", null, "de"))));
    }

    @Test
    void theFiveSeedPagesFormOneStory() {
        IncrementalClusterer c = new IncrementalClusterer();
        Set<String> stories = new HashSet<>();
        for (Article a : SeedPages.articles()) {
            stories.add(c.assign(Doc.of(a.id(), a.title(), a.text(), null, "en")));
        }
        assertEquals(1, stories.size(), "seed stories: " + stories);
    }

    @Test
    void restoredStoriesKeepTheirIdsAndTakeNewArticles() {
        IncrementalClusterer c = new IncrementalClusterer();
        c.restore(rehab("a0", "Mara Quinlan", "Malibu", "Tuesday", D1, 0), "story-7");
        c.restore(rehab("b0", "Dana Whitlock", "Arizona", "Friday", D1, 0), "story-8");
        assertEquals("story-7", c.assign(rehab("a1", "Mara Quinlan", "Malibu", "Tuesday", D1, 1)));
        assertEquals("story-8", c.assign(rehab("b1", "Dana Whitlock", "Arizona", "Friday", D1, 2)));
    }

    @Test
    void storiesCloseAfterTheQuietWindowAndAreHandedOver() {
        List<Story> closed = new ArrayList<>();
        IncrementalClusterer c = new IncrementalClusterer(ClusterParams.DEFAULT, closed::add);
        String first = c.assign(rehab("a0", "Mara Quinlan", "Malibu", "Tuesday", D1, 0));
        String later = c.assign(rehab("a1", "Mara Quinlan", "Malibu", "Tuesday",
                D1.plusDays(ClusterParams.DEFAULT.windowDays() + 1), 1));
        assertNotEquals(first, later);
        assertEquals(1, closed.size());
        assertEquals(List.of("a0"), closed.get(0).articleIds());
        assertTrue(c.openStories().stream().anyMatch(s -> s.id().equals(later)));
    }

    @Test
    void primedDocumentsAreCountedOnceAndFindTheirStoriesWithTheBatchStatistics() {
        List<Doc> docs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            docs.add(rehab("a" + i, "Mara Quinlan", "Malibu", "Tuesday", D1, i));
            docs.add(rehab("b" + i, "Dana Whitlock", "Arizona", "Friday", D2, i));
        }
        IncrementalClusterer primed = new IncrementalClusterer();
        docs.forEach(primed::prime);
        assertEquals(docs.size(), primed.frequencies().documents());
        int vocabulary = primed.frequencies().vocabulary();
        IncrementalClusterer onArrival = new IncrementalClusterer();
        docs.forEach(onArrival::assign);
        assertEquals(onArrival.frequencies().idf("e:mara quinlan"), primed.frequencies().idf("e:mara quinlan"));
        List<String> stories = docs.stream().map(primed::assign).toList();
        assertEquals(docs.size(), primed.frequencies().documents(), "assign counted a primed document again");
        assertEquals(vocabulary, primed.frequencies().vocabulary());
        assertEquals(2, new HashSet<>(stories).size(), stories.toString());
    }

    /** A made-up capitalised word for {@code n}: letters only, so it reads as a name. */
    private static String madeUp(String stem, int n) {
        StringBuilder b = new StringBuilder(stem);
        do {
            b.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return b.toString();
    }

    @Test
    void featuresNoOpenStoryHoldsAreForgottenSoTheVocabularyStaysBounded() {
        int cap = 80;
        IncrementalClusterer bounded = new IncrementalClusterer(ClusterParams.DEFAULT, s -> { }, cap);
        IncrementalClusterer unbounded = new IncrementalClusterer();
        int most = 0;
        for (int i = 0; i < 150; i++) {
            // a new person and place every 40 days: each story has closed before the next article arrives
            Doc d = rehab("x" + i, madeUp("Vel", i) + " " + madeUp("Tor", i), madeUp("Kell", i), "Tuesday",
                    D1.plusDays(40L * i), i % 3);
            bounded.assign(d);
            unbounded.assign(d);
            most = Math.max(most, bounded.frequencies().vocabulary());
        }
        assertTrue(unbounded.frequencies().vocabulary() > 4 * cap, "unbounded " + unbounded.frequencies().vocabulary());
        assertTrue(most <= 2 * cap, "most " + most);
        LocalDate later = D1.plusDays(40L * 151);
        String a = bounded.assign(rehab("y0", "Mara Quinlan", "Malibu", "Tuesday", later, 0));
        String b = bounded.assign(rehab("y1", "Mara Quinlan", "Malibu", "Tuesday", later, 1));
        String other = bounded.assign(rehab("y2", "Dana Ellery", "Kellbrook", "Tuesday", later, 2));
        assertEquals(a, b);
        assertNotEquals(a, other);
    }
}
