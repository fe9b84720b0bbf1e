package org.dossier.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.model.Story;

/**
 * The mutable state of a story that can still take articles: centroids (of lexical terms, per language too once it
 * holds two, and of name and number keys), languages, dates, members.
 */
final class OpenStory {
    final String id;
    final String title;
    final SparseVector lexical = new SparseVector();
    final SparseVector keys = new SparseVector();
    final Set<String> languages = new HashSet<>();
    /**
     * Once the story holds articles of two languages or more, the lexical centroid of each language's articles: a
     * German article is compared with the story's German words, not with a sum its English articles dilute.
     */
    private final Map<String, SparseVector> lexicalByLanguage = new HashMap<>();
    final Set<Integer> indexKeys = new HashSet<>();
    final List<String> members = new ArrayList<>();
    LocalDate firstDate;
    LocalDate lastDate;
    /** Scratch counters of the current candidate lookup. */
    int stamp;
    int hits;

    OpenStory(String id, String title) {
        this.id = id;
        this.title = title;
    }

    void add(DocVector v) {
        if (v.lang() != null && !languages.isEmpty() && !languages.contains(v.lang())) {
            splitByLanguage();
        }
        lexical.add(v.lexical());
        keys.add(v.keys());
        if (v.lang() != null) {
            languages.add(v.lang());
            if (!lexicalByLanguage.isEmpty()) {
                lexicalByLanguage.computeIfAbsent(v.lang(), l -> new SparseVector()).add(v.lexical());
            }
        }
        members.add(v.id());
        if (v.date() != null && (lastDate == null || v.date().isAfter(lastDate))) {
            lastDate = v.date();
        }
        if (v.date() != null && (firstDate == null || v.date().isBefore(firstDate))) {
            firstDate = v.date();
        }
    }

    /** Takes a document's vectors and membership out again (dates stay: they only widen the window). */
    void remove(DocVector v) {
        lexical.add(negate(v.lexical()));
        if (v.lang() != null && lexicalByLanguage.containsKey(v.lang())) {
            lexicalByLanguage.get(v.lang()).add(negate(v.lexical()));
        }
        keys.add(negate(v.keys()));
        members.remove(v.id());
    }

    private static FeatureVector negate(FeatureVector v) {
        double[] w = v.weights().clone();
        for (int i = 0; i < w.length; i++) {
            w[i] = -w[i];
        }
        return new FeatureVector(v.ids(), w);
    }

    /** Takes over every article of another story. */
    void absorb(OpenStory other) {
        boolean mixed = !lexicalByLanguage.isEmpty() || !other.lexicalByLanguage.isEmpty()
                || !languages.isEmpty() && !other.languages.isEmpty() && !languages.equals(other.languages);
        if (mixed) {
            splitByLanguage();
            Map<String, SparseVector> theirs = other.lexicalByLanguage.isEmpty() && other.languages.size() == 1
                    ? Map.of(other.languages.iterator().next(), other.lexical) : other.lexicalByLanguage;
            theirs.forEach((lang, vector) -> lexicalByLanguage.computeIfAbsent(lang, l -> new SparseVector()).add(vector));
        }
        lexical.add(other.lexical);
        keys.add(other.keys);
        languages.addAll(other.languages);
        members.addAll(other.members);
        if (other.lastDate != null && (lastDate == null || other.lastDate.isAfter(lastDate))) {
            lastDate = other.lastDate;
        }
        if (other.firstDate != null && (firstDate == null || other.firstDate.isBefore(firstDate))) {
            firstDate = other.firstDate;
        }
    }

    /** The lexical centroid a document of {@code lang} is compared with: its language's, where the story has several. */
    SparseVector lexicalFor(String lang) {
        SparseVector own = lang == null ? null : lexicalByLanguage.get(lang);
        return own != null ? own : lexical;
    }

    /** Starts the per-language centroids from the one language the story held so far. */
    private void splitByLanguage() {
        if (lexicalByLanguage.isEmpty() && languages.size() == 1) {
            SparseVector first = new SparseVector();
            first.add(lexical);
            lexicalByLanguage.put(languages.iterator().next(), first);
        }
    }

    Story snapshot() {
        return new Story(id, title, members);
    }
}
