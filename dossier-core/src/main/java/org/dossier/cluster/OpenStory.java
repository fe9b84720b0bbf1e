package org.dossier.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dossier.model.Story;

/**
 * The mutable state of a story that can still take articles: centroids (of lexical terms and of name and number
 * keys), languages, dates, members.
 */
final class OpenStory {
    final String id;
    final String title;
    final SparseVector lexical = new SparseVector();
    final SparseVector keys = new SparseVector();
    final Set<String> languages = new HashSet<>();
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
        lexical.add(v.lexical());
        keys.add(v.keys());
        if (v.lang() != null) {
            languages.add(v.lang());
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

    Story snapshot() {
        return new Story(id, title, members);
    }
}
