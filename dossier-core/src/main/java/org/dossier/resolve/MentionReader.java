package org.dossier.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dossier.model.AnnotatedArticle;
import org.dossier.model.Credit;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.model.SentenceSpan;
import org.dossier.rules.RuleFiles;

/**
 * Reads a story's entity mentions for resolution: each tagged mention cleaned into name parts with the role read
 * around a person, brand-shaped "people" retyped as organisations, pronouns and other junk dropped, and so are the
 * article's credited writers and editors named in its credit line ("(Reporting by A; Editing by B)"); then the type
 * each cleaned name has by majority across the story, and person names cut of tokens that are another kind of
 * entity; a page's mentions of its own outlet or of the agency it credits ("(Harbour Wire)", "told the Courier")
 * are provenance, no entity. The first step of {@link NameResolver}; grouping comes after.
 */
final class MentionReader {
    private static final Set<String> ARTICLES =
            RuleFiles.words(MentionReader.class, "leading-articles.txt");

    /** A paragraph this short that names a credited writer is a credit line. */
    private static final int CREDIT_LINE_CHARS = 200;

    private MentionReader() {}

    /** The kept mentions of every annotated article, in article and mention order. */
    static List<ResolvedMention> read(List<AnnotatedArticle> articles) {
        List<ResolvedMention> out = new ArrayList<>();
        Set<String> people = surnames(articles);
        for (AnnotatedArticle a : articles) {
            if (a.annotations() == null) {
                continue;
            }
            String text = a.article().text();
            Set<String> credited = credited(a);
            Set<String> publishers = publishers(a);
            for (EntityMention tagged : a.annotations().entities()) {
                if (!EntityType.PERSON.is(tagged.type()) && publishes(publishers, tagged.text())) {
                    continue; // "(Harbour Wire)", "he told the Courier": the page's own outlet or agency, provenance
                }
                if (EntityType.PERSON.is(tagged.type()) && credited.contains(tagged.text().strip())
                        && inCreditLine(text, tagged)) {
                    continue; // the article's writer or editor named in its credit line, no one the story is about
                }
                EntityMention e = EntityType.PERSON.is(tagged.type()) && brandShaped(tagged.text())
                        ? new EntityMention(tagged.text(), EntityType.ORGANIZATION.label(), tagged.start(), tagged.end())
                        : tagged;
                e = titledPerson(withoutArticle(e), people);
                NameParts parts = NameParts.of(e.text(), EntityType.PERSON.is(e.type()));
                if (parts.junk() || parts.description()) {
                    continue;
                }
                String role = EntityType.PERSON.is(e.type()) ? role(text, a.annotations().sentences(), e) : null;
                out.add(new ResolvedMention(a.id(), e, parts, role));
            }
        }
        return out;
    }

    /** The last words of the names the story's tagger read as people, in lower case. */
    private static Set<String> surnames(List<AnnotatedArticle> articles) {
        Set<String> out = new java.util.HashSet<>();
        for (AnnotatedArticle a : articles) {
            if (a.annotations() != null) {
                a.annotations().entities().stream().filter(m -> EntityType.PERSON.is(m.type()))
                        .map(m -> NameParts.of(m.text(), true)).filter(p -> !p.junk() && !p.tokens().isEmpty())
                        .forEach(p -> out.add(p.surname().toLowerCase(Locale.ROOT)));
            }
        }
        return out;
    }

    /**
     * A name the tagger read as no person that opens with titles of office ("Mayor Ana Ruiz" read as an organisation)
     * is a person when what follows them is two words or more ending in the surname of a person the story names: the
     * titles are then the role ({@link NameParts}), the rest the name.
     */
    static EntityMention titledPerson(EntityMention e, Set<String> surnames) {
        if (EntityType.PERSON.is(e.type())) {
            return e;
        }
        NameParts asPerson = NameParts.of(e.text(), true);
        if (asPerson.title() == null || asPerson.tokens().size() < 2 || asPerson.junk()
                || !surnames.contains(asPerson.surname().toLowerCase(Locale.ROOT))
                || asPerson.tokens().stream().anyMatch(t -> !Character.isUpperCase(t.charAt(0)))) {
            return e;
        }
        return new EntityMention(e.text(), EntityType.PERSON.label(), e.start(), e.end());
    }

    /** The article's outlet and the agencies and sources it credits, lower case, without a leading "the". */
    private static Set<String> publishers(AnnotatedArticle a) {
        Set<String> out = new java.util.HashSet<>();
        if (a.article().outlet() != null) {
            out.add(bare(a.article().outlet()));
        }
        for (Credit c : a.article().credits()) {
            if (c.kind() == Credit.Kind.AGENCY || c.kind() == Credit.Kind.SOURCE || c.kind() == Credit.Kind.REPOST) {
                out.add(bare(c.name()));
            }
        }
        out.remove("");
        return out;
    }

    /**
     * Whether a name is one of {@code publishers}, or the last words of one of two words or more ("Courier" of "The
     * Island Courier"): the page naming its own publisher.
     */
    private static boolean publishes(Set<String> publishers, String name) {
        String n = bare(name);
        if (n.isEmpty() || publishers.isEmpty()) {
            return false;
        }
        for (String p : publishers) {
            if (p.equals(n) || p.endsWith(" " + n)) {
                return true;
            }
        }
        return false;
    }

    private static String bare(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "");
    }

    /** The people the article credits as its writers or editors (byline authors and contribution credits). */
    private static Set<String> credited(AnnotatedArticle a) {
        Set<String> out = new java.util.HashSet<>(a.article().authors());
        for (Credit c : a.article().credits()) {
            if (c.kind() == Credit.Kind.AUTHOR || c.kind() == Credit.Kind.EDITOR) {
                out.add(c.name());
            }
        }
        return out;
    }

    /**
     * Whether the mention stands in a short paragraph of its own that credits it ("(Reporting by A; Editing by B)",
     * "Additional reporting by C in Oslo"), not in the story's prose.
     */
    private static boolean inCreditLine(String text, EntityMention m) {
        if (m.start() < 0 || m.end() > text.length()) {
            return false;
        }
        int from = text.lastIndexOf("\n\n", m.start());
        int to = text.indexOf("\n\n", m.end());
        String paragraph = text.substring(from < 0 ? 0 : from + 2, to < 0 ? text.length() : to);
        return paragraph.length() <= CREDIT_LINE_CHARS;
    }

    /**
     * A place or body name the tagger read with its article ("la France") without it, when the rest is a name of the
     * known-names table ("Le Monde" and "La Paz" keep theirs).
     */
    static EntityMention withoutArticle(EntityMention e) {
        int space = e.text().indexOf(' ');
        if (EntityType.PERSON.is(e.type()) || space < 0 || e.end() - e.start() != e.text().length()
                || !ARTICLES.contains(e.text().substring(0, space).toLowerCase(Locale.ROOT))) {
            return e;
        }
        String rest = e.text().substring(space + 1).strip();
        if (KnownNames.byName(rest) == null) {
            return e;
        }
        return new EntityMention(rest, e.type(), e.end() - rest.length(), e.end());
    }

    /**
     * One word written with two leading capitals and a small letter after them ("KTVx", "NYPost") is shaped like
     * a brand or outlet, not a personal name (those capitalise one letter: "McKay" and "DeLuca" still pass).
     */
    static boolean brandShaped(String text) {
        return text.length() >= 3 && text.indexOf(' ') < 0 && Character.isUpperCase(text.charAt(0))
                && Character.isUpperCase(text.charAt(1)) && text.chars().skip(2).anyMatch(Character::isLowerCase);
    }

    private static String role(String text, List<SentenceSpan> sentences, EntityMention e) {
        if (e.start() < 0 || e.end() > text.length()) {
            return null;
        }
        int at = -1;
        for (int i = 0; i < sentences.size() && at < 0; i++) {
            if (sentences.get(i).start() <= e.start() && e.end() <= sentences.get(i).end()) {
                at = i;
            }
        }
        SentenceSpan s = at < 0 ? new SentenceSpan(0, text.length()) : sentences.get(at);
        String role = RoleFinder.find(text, s.start(), s.end(), e.start(), e.end());
        if (role == null && at > 0 && nameAlone(text, s, e)) {
            // "... said a White House spokesman. Jen Psaki.": an apposition a sentence break cut off the name
            SentenceSpan prev = sentences.get(at - 1);
            int end = prev.end();
            while (end > prev.start() && ".".indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            role = RoleFinder.find(text, prev.start(), end, end, end);
        }
        return role;
    }

    /** The sentence is the name and its punctuation only. */
    private static boolean nameAlone(String text, SentenceSpan s, EntityMention e) {
        String rest = text.substring(s.start(), e.start()) + text.substring(e.end(), Math.min(s.end(), text.length()));
        return rest.replaceAll("[\\s\\p{Punct}]", "").isEmpty();
    }

    /**
     * The majority type of each cleaned surface (by its {@link ResolvedMention#key()}) over the whole story, PERSON
     * winning ties.
     */
    static Map<String, String> surfaceTypes(List<ResolvedMention> mentions) {
        Map<String, Map<String, Long>> votes = mentions.stream().collect(Collectors.groupingBy(
                ResolvedMention::key, Collectors.groupingBy(ResolvedMention::type, Collectors.counting())));
        Map<String, String> out = new HashMap<>();
        votes.forEach((k, v) -> out.put(k, v.entrySet().stream()
                .max(Comparator.comparingLong((Map.Entry<String, Long> x) -> x.getValue())
                        .thenComparing(x -> EntityType.PERSON.is(x.getKey())))
                .map(Map.Entry::getKey).orElse(EntityType.MISC.label())));
        return out;
    }

    /**
     * A person name whose first or last tokens are, across the story, mostly another kind of entity ("Pavel
     * Orlov Russia", "Emergencies Ana Brel" after "Minister for") loses those tokens.
     */
    static ResolvedMention trimmed(ResolvedMention m, Map<String, String> surfaceType) {
        if (!EntityType.PERSON.is(m.type())) {
            return m;
        }
        NameParts p = m.parts();
        int keep = p.tokens().size();
        while (keep > 2 && otherKind(p.tokens().get(keep - 1), surfaceType)) {
            keep--;
        }
        int from = 0;
        while (keep - from > 2 && otherKind(p.tokens().get(from), surfaceType)) {
            from++;
        }
        if (keep == p.tokens().size() && from == 0) {
            return m;
        }
        NameParts cut = p.truncate(keep).tail(from);
        EntityMention e = m.mention();
        int at = e.text().indexOf(cut.name());
        EntityMention narrowed = at < 0 || e.end() - e.start() != e.text().length() ? e
                : new EntityMention(cut.name(), e.type(), e.start() + at, e.start() + at + cut.name().length());
        return new ResolvedMention(m.article(), narrowed, cut, m.role());
    }

    private static boolean otherKind(String token, Map<String, String> surfaceType) {
        String type = surfaceType.get(token.toLowerCase(Locale.ROOT));
        return type != null && !EntityType.PERSON.is(type);
    }
}
