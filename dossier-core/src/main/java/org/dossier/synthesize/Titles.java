package org.dossier.synthesize;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Article;

/** Picks the dossier title: the independent article title sharing the most words with the other titles. */
final class Titles {
    private Titles() {}

    static String best(List<AnnotatedArticle> articles, String fallback) {
        List<Article> titled = articles.stream().map(AnnotatedArticle::article)
                .filter(a -> a.title() != null && !a.title().isBlank()).toList();
        List<Article> own = titled.stream().filter(a -> a.duplicateOf() == null && a.derivedFrom() == null).toList();
        List<Article> pool = own.isEmpty() ? titled : own;
        return pool.stream().max(Comparator.comparingInt((Article a) -> overlap(a, titled))
                        .thenComparingInt(a -> -a.title().length()))
                .map(a -> a.title().strip()).orElse(fallback);
    }

    private static int overlap(Article a, List<Article> all) {
        Set<String> mine = words(a.title());
        int n = 0;
        for (Article o : all) {
            if (o != a) {
                Set<String> theirs = words(o.title());
                theirs.retainAll(mine);
                n += theirs.size();
            }
        }
        return n;
    }

    private static Set<String> words(String title) {
        Set<String> out = new HashSet<>();
        for (String w : title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 3) {
                out.add(w);
            }
        }
        return out;
    }
}
