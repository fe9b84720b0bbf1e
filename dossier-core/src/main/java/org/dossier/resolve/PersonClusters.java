package org.dossier.resolve;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Groups person mentions: full names that can denote one person (romanisation variants, initials, short given
 * names), then surname-only mentions joined to the one person whose surname they match (or, when none does, whose
 * full name opens with the word: a family name written first, "Zhao Ming" ... "Zhao"). The counterpart of
 * {@link OrgClusters} for people.
 */
final class PersonClusters {
    private PersonClusters() {}

    /** The mentions in the order clustering takes them: longer names first, then the more frequent. */
    static List<ResolvedMention> fullNamesFirst(List<ResolvedMention> mentions) {
        Map<String, Long> freq = mentions.stream().collect(Collectors.groupingBy(ResolvedMention::key,
                Collectors.counting()));
        return mentions.stream().sorted(Comparator.comparingInt((ResolvedMention m) -> -m.parts().tokens().size())
                .thenComparingLong(m -> -freq.get(m.key()))).toList();
    }

    /** Adds a full-name mention to the person whose full names it matches, or to a new person. */
    static void addFullName(List<MentionCluster> people, ResolvedMention m) {
        for (MentionCluster c : people) {
            if (c.fullNames().stream().anyMatch(f -> PersonMatch.fullNames(f, m.parts()))) {
                c.mentions.add(m);
                return;
            }
        }
        MentionCluster c = new MentionCluster(true);
        c.mentions.add(m);
        people.add(c);
    }

    /**
     * Adds a surname-only mention to the one person whose surname it matches (the one in the same article
     * when several do). A non-person mention only joins on an exact key match. Returns whether it was placed.
     */
    static boolean addSurname(List<MentionCluster> people, List<MentionCluster> all, ResolvedMention m,
                              boolean person) {
        String k = NameKey.of(m.parts().surname());
        List<MentionCluster> hits = people.stream().filter(c -> c.fullNames().stream().anyMatch(f -> person
                ? PersonMatch.surnames(f, m.parts()) : NameKey.of(f.surname()).equals(k))).toList();
        if (hits.size() > 1) {
            hits = hits.stream().filter(c -> c.hasArticle(m.article())).toList();
        }
        if (hits.size() == 1) {
            hits.get(0).mentions.add(m);
            return true;
        }
        if (!person) {
            return false;
        }
        if (hits.isEmpty()) {
            // a name written family name first ("Zhao Ming" ... "Zhao said"): the one person whose full name opens
            // with the word, when no one has it as surname
            List<MentionCluster> given = people.stream().filter(c -> c.fullNames().stream()
                    .anyMatch(f -> !f.givenIsInitial() && NameKey.of(f.given()).equals(k))).toList();
            if (given.size() == 1 && !k.isEmpty()) {
                given.get(0).mentions.add(m);
                return true;
            }
        }
        for (MentionCluster c : all) {
            if (c.person && c.fullNames().isEmpty()
                    && NameKey.similar(NameKey.of(c.mentions.get(0).parts().surname()), k)) {
                c.mentions.add(m);
                return true;
            }
        }
        MentionCluster c = new MentionCluster(true);
        c.mentions.add(m);
        all.add(c);
        return true;
    }
}
