package org.dossier.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.dossier.model.EntityType;
import org.dossier.model.Span;
import org.dossier.model.StoryDossier.Entity;

/** Mentions grouped as one entity while resolving; turns itself into a dossier {@link Entity}. */
final class MentionCluster {
    final List<ResolvedMention> mentions = new ArrayList<>();
    final boolean person;

    MentionCluster(boolean person) {
        this.person = person;
    }

    /** The distinct full names in the cluster. */
    List<NameParts> fullNames() {
        return mentions.stream().map(ResolvedMention::parts).filter(PersonMatch::isFull).toList();
    }

    /** How often each cleaned surface (lower case) was typed PERSON. */
    static Map<String, Long> personVotes(List<ResolvedMention> mentions) {
        return mentions.stream().filter(m -> EntityType.PERSON.is(m.type())).collect(Collectors.groupingBy(
                m -> m.parts().name().toLowerCase(Locale.ROOT), Collectors.counting()));
    }

    boolean hasArticle(String article) {
        return mentions.stream().anyMatch(m -> m.article().equals(article));
    }

    Entity toEntity() {
        Map<String, Long> counts = mentions.stream()
                .collect(Collectors.groupingBy(m -> m.parts().name(), LinkedHashMap::new, Collectors.counting()));
        Map<String, Long> sources = mentions.stream().collect(Collectors.groupingBy(m -> m.parts().name(),
                Collectors.collectingAndThen(Collectors.mapping(ResolvedMention::article, Collectors.toSet()),
                        s -> (long) s.size())));
        List<String> variants = new ArrayList<>(counts.keySet());
        variants.sort(Comparator.comparing((String v) -> -counts.get(v)));
        Comparator<String> completeness = Comparator.comparingInt((String v) -> v.split("\\s+").length);
        // the form most sources use, then the most frequent
        Comparator<String> frequency = Comparator.comparingLong((String v) -> sources.get(v))
                .thenComparingLong(counts::get);
        Comparator<String> order = person ? completeness.thenComparing(frequency) : frequency.thenComparing(completeness);
        String top = variants.stream().max(order.thenComparingInt(String::length)).orElse("");
        String best = person || top.contains(" ") || OrgClusters.isAcronym(top) ? top
                : variants.stream().filter(v -> v.startsWith(top + " ")).findFirst().orElse(top);
        String bare = best.replaceFirst("(?i)^the\\s+", "");
        String name = variants.stream().filter(v -> v.equalsIgnoreCase(bare)).findFirst().orElse(best);
        if (KnownNames.abbreviated(name) != null) {
            name = KnownNames.abbreviated(name); // "Calif." is named California
        }
        String type = majorityType();
        String named = name;
        if (EntityType.LOCATION.is(type) && named.equals(named.toUpperCase(Locale.ROOT))) {
            // a dateline's capitals ("MADISON") name the place as the story's prose writes it
            name = variants.stream().filter(v -> v.equalsIgnoreCase(named) && !v.equals(named)).findFirst()
                    .orElse(PlaceCapitals.prose(named));
        }
        return new Entity(name, type, variants, roles(), articles(), spans());
    }

    private String majorityType() {
        Map<String, Long> votes = new TreeMap<>(mentions.stream()
                .collect(Collectors.groupingBy(ResolvedMention::type, Collectors.counting())));
        if (person) {
            return EntityType.PERSON.label();
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(EntityType.MISC.label());
    }

    private List<String> roles() {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (ResolvedMention m : mentions) {
            for (String r : new String[] {m.parts().title(), m.role()}) {
                if (r != null) {
                    byKey.putIfAbsent(r.toLowerCase(Locale.ROOT), r);
                }
            }
        }
        return dropContained(new ArrayList<>(byKey.values()));
    }

    private static List<String> dropContained(List<String> roles) {
        List<String> out = new ArrayList<>();
        for (String r : roles) {
            String lower = r.toLowerCase(Locale.ROOT);
            boolean contained = roles.stream().anyMatch(o -> o.length() > r.length()
                    && (" " + o.toLowerCase(Locale.ROOT) + " ").contains(" " + lower + " "));
            if (!contained) {
                out.add(r);
            }
        }
        return out;
    }

    private List<String> articles() {
        Set<String> ids = new LinkedHashSet<>();
        mentions.forEach(m -> ids.add(m.article()));
        return List.copyOf(ids);
    }

    private List<Span> spans() {
        return mentions.stream().map(m -> new Span(m.article(), m.mention().start(), m.mention().end()))
                .sorted(Comparator.comparing(Span::article).thenComparingInt(Span::start))
                .collect(Collectors.collectingAndThen(Collectors.toList(), List::copyOf));
    }

}
