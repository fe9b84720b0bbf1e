package org.dossier.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Annotations;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.rules.RuleFiles;
import org.dossier.text.Folding;

/**
 * Confirms the name candidates of a story's articles that were read without a model ({@link NameEvidenceAnnotator}):
 * a candidate's words (or a run of them) are kept as an entity when an article read with a model found an entity of
 * those words (its type is taken), or when another article of the story writes the same run of two words or more
 * as a candidate too (MISC), or — in a language that does not capitalise every noun — the same single word; a
 * person or organisation the article's own words introduce (typed PERSON or ORGANIZATION by {@link
 * NameEvidenceAnnotator}) is kept. Every
 * other candidate is dropped. Pure; run on the whole story before entities are resolved.
 */
public final class NameEvidence {
    private static final Set<String> NOUN_CAPITALISING = RuleFiles.words(NameEvidence.class, "noun-capitalising.txt");

    private NameEvidence() {}

    /** The story's articles with the candidates of the model-less ones confirmed or dropped; others unchanged. */
    public static List<AnnotatedArticle> confirm(List<AnnotatedArticle> story) {
        Map<String, String> modelEntities = new HashMap<>();
        for (AnnotatedArticle a : story) {
            if (a.annotations() != null && a.annotations().analysis() == null) {
                for (EntityMention e : a.annotations().entities()) {
                    modelEntities.putIfAbsent(key(words(e.text())), e.type());
                }
            }
        }
        List<AnnotatedArticle> out = new ArrayList<>();
        for (AnnotatedArticle a : story) {
            Annotations ann = a.annotations();
            if (ann == null || ann.analysis() == null) {
                out.add(a);
                continue;
            }
            List<EntityMention> kept = new ArrayList<>();
            boolean singleWords = !NOUN_CAPITALISING.contains(String.valueOf(a.article().language()).toLowerCase(Locale.ROOT));
            for (EntityMention c : ann.entities()) {
                EntityMention m = confirmed(c, a, story, modelEntities, singleWords);
                if (m != null) {
                    kept.add(m);
                }
            }
            out.add(new AnnotatedArticle(a.article(), ann.withEntities(kept)));
        }
        return out;
    }

    /** The longest run of the candidate's words that some evidence confirms, as a mention, or null. */
    private static EntityMention confirmed(EntityMention c, AnnotatedArticle self, List<AnnotatedArticle> story,
                                           Map<String, String> modelEntities, boolean singleWords) {
        if (EntityType.PERSON.is(c.type()) || EntityType.ORGANIZATION.is(c.type())) {
            return c; // the article's own words introduce the person (a role noun, honorific or first name) or body
        }
        List<int[]> words = wordSpans(c.text());
        for (int len = words.size(); len >= 1; len--) {
            for (int from = 0; from + len <= words.size(); from++) {
                List<String> run = new ArrayList<>();
                for (int i = from; i < from + len; i++) {
                    run.add(Folding.fold(c.text().substring(words.get(i)[0], words.get(i)[1])));
                }
                String key = key(run);
                String type = modelEntities.get(key);
                if (type == null && (len >= 2 || singleWords) && inOtherArticle(key, self, story)) {
                    type = EntityType.MISC.label();
                }
                if (type != null) {
                    int start = c.start() + words.get(from)[0];
                    int end = c.start() + words.get(from + len - 1)[1];
                    String text = c.text().substring(words.get(from)[0], words.get(from + len - 1)[1]);
                    return new EntityMention(text, type, start, end);
                }
            }
        }
        return null;
    }

    /** Whether another model-less article of the story has a candidate holding this run of words. */
    private static boolean inOtherArticle(String key, AnnotatedArticle self, List<AnnotatedArticle> story) {
        for (AnnotatedArticle o : story) {
            if (o == self || o.annotations() == null || o.annotations().analysis() == null) {
                continue;
            }
            for (EntityMention e : o.annotations().entities()) {
                String other = " " + key(words(e.text())) + " ";
                if (other.contains(" " + key + " ")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String key(List<String> folded) {
        return String.join(" ", folded);
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (int[] w : wordSpans(text)) {
            out.add(Folding.fold(text.substring(w[0], w[1])));
        }
        return out;
    }

    private static List<int[]> wordSpans(String text) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(new int[] {start, i});
            }
        }
        return out;
    }
}
