package org.dossier.annotate;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;

/**
 * Names set after a speaker's description: "said a spokesman. Jane Doe.", "…, said its director, José Pérez",
 * "said the council's director, who took up the post last year, Rachel Onyango." Use through
 * {@link SpeakerNames}.
 */
final class ApposedNames {
    private ApposedNames() {}

    /** A name standing alone right after a description: "said a spokesman. Jane Doe." */
    static String aloneAfter(AnnotatedText doc, int endTok) {
        List<TaggedToken> toks = doc.toks();
        if (endTok + 1 >= toks.size() || !toks.get(endTok).word().equals(".")) {
            return null;
        }
        EntityMention e = doc.entityAt(toks.get(endTok + 1).begin());
        if (e == null || !EntityType.PERSON.is(e.type()) || e.start() != toks.get(endTok + 1).begin()) {
            return null;
        }
        int after = endTok + 1;
        while (after < toks.size() && toks.get(after).end() <= e.end()) {
            after++;
        }
        boolean alone = after >= toks.size() || toks.get(after).endsSentence();
        return alone ? e.text() : null;
    }

    /** A person named right after a comma that closes the speaker phrase ending at {@code to}: "…, José Pérez". */
    static EntityMention afterComma(AnnotatedText doc, QuoteRules rules, int to) {
        String text = doc.text();
        int i = to;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i >= text.length() || text.charAt(i) != ',') {
            return null;
        }
        i++;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        i = pastHonorifics(text, rules, i);
        EntityMention e = doc.entityAt(i);
        if (e == null && rules.lemmas) {
            return afterRelativeClause(doc, i);
        }
        return e != null && EntityType.PERSON.is(e.type()) && e.start() == i ? e : null;
    }

    /**
     * The position after up to three courtesy titles or ranks opening the text at {@code i} ("Dr Helena Voss",
     * "Cmdr. Leah Ortiz", "Lt. Col. Amy Reyes"), each with its spaces: where the name itself begins.
     */
    private static int pastHonorifics(String text, QuoteRules rules, int i) {
        for (int n = 0; n < 3; n++) {
            int j = i;
            while (j < text.length() && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '.')) {
                j++;
            }
            int k = j;
            while (k < text.length() && text.charAt(k) == ' ') {
                k++;
            }
            if (j == i || k == j || !rules.honorifics.contains(text.substring(i, j).toLowerCase(java.util.Locale.ROOT))) {
                return i;
            }
            i = k;
        }
        return i;
    }

    /**
     * "said the council's director of infrastructure, who took up the post last year, Rachel Onyango.": after a
     * relative clause between commas, a person named at the end of the sentence; else null.
     */
    private static EntityMention afterRelativeClause(AnnotatedText doc, int i) {
        String text = doc.text();
        if (!text.startsWith("who ", i) && !text.startsWith("whose ", i)) {
            return null;
        }
        int comma = i;
        while (comma < text.length() && comma - i < RELATIVE_CHARS && ".;:!?\"“”\n".indexOf(text.charAt(comma)) < 0
                && text.charAt(comma) != ',') {
            comma++;
        }
        if (comma >= text.length() || text.charAt(comma) != ',') {
            return null;
        }
        int at = comma + 1;
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        EntityMention e = doc.entityAt(at);
        if (e == null || !EntityType.PERSON.is(e.type()) || e.start() != at || e.end() >= text.length()
                || ".\n".indexOf(text.charAt(e.end())) < 0) {
            return null;
        }
        return e;
    }

    /** The most characters of a relative clause between a speaker's role and the name after it. */
    private static final int RELATIVE_CHARS = 160;


    /**
     * "de Smet said", "van den Broek said": a surname with lower-case particles, completed to the name the article
     * wrote in full ("Pieter de Smet"), earlier first; null when the phrase is not particles and one capitalised
     * word, or no full name is written.
     */
    static String withParticles(AnnotatedText doc, String phrase, int pos) {
        String[] w = phrase.split("\\s+");
        if (w.length < 2 || !Character.isUpperCase(w[w.length - 1].charAt(0))) {
            return null;
        }
        for (int k = 0; k < w.length - 1; k++) {
            if (!PARTICLES.contains(w[k].toLowerCase(java.util.Locale.ROOT))) {
                return null;
            }
        }
        String rest = phrase.substring(1);
        char c = phrase.charAt(0);
        Matcher m = Pattern.compile("(?<![\\p{L}])(\\p{Lu}[\\p{L}'’-]+) [" + Character.toLowerCase(c)
                + Character.toUpperCase(c) + "]" + Pattern.quote(rest) + "(?![\\p{L}])").matcher(doc.text());
        String later = null;
        while (m.find()) {
            EntityMention e = doc.entityAt(m.start(1));
            if (e == null || !EntityType.PERSON.is(e.type())) {
                continue;
            }
            String name = m.group(1) + " " + Character.toLowerCase(c) + rest;
            if (m.start() < pos) {
                return name;
            }
            later = later == null ? name : later;
        }
        return later;
    }

    private static final java.util.Set<String> PARTICLES = org.dossier.text.NameParticles.IN_TEXT;
}
