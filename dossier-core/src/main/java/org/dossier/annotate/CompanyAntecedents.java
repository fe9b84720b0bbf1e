package org.dossier.annotate;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;

/**
 * The organisation "the company" (also firm, group, business) stands for as a speaker: the one the article
 * introduced with a company noun ({@code company-nouns.txt}), the one the sentence before opens as the subject of a
 * reporting verb, or a company the tagger took for a person. Used by {@link RoleMentions#organisationFor}.
 */
final class CompanyAntecedents {
    private CompanyAntecedents() {
    }

    /**
     * The organisation the generic noun {@code head} ("company") before {@code from} stands for, or null: the latest
     * one introduced with a company noun, unless it was introduced only with another generic noun ("The group, X,")
     * and the sentence before opens with a reporting subject ("Y said …. "…," the company said": Y); else that
     * reporting subject; else, with no organisation named before, a company tagged as a person.
     */
    static EntityMention of(AnnotatedText doc, String head, int from) {
        EntityMention introduced = introducedCompany(doc, from);
        EntityMention subject = introduced == null || introducedAs(doc, introduced, head) ? null
                : reportingSubject(doc, from);
        introduced = introduced == null ? reportingSubject(doc, from) : subject != null ? subject : introduced;
        return introduced != null || hasOrganisationBefore(doc, from) ? introduced : companyTaggedPerson(doc, from);
    }

    /** Whether {@code word} is a noun that introduces a company ("Brewer", "carmaker"; {@code company-nouns.txt}). */
    static boolean isCompanyNoun(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return COMPANY_NOUNS.values().stream().anyMatch(l -> l.contains(w));
    }

    /**
     * "The company said" right after a sentence an organisation opens as the subject of a reporting verb ("Halvard
     * Lines said the ship had lost power. "…," the company said."): that organisation (tagged one, a one-word name
     * typed a person that is never written as one, or a company by its name's last word whatever the tagger read:
     * {@link org.dossier.text.CompanyNames}), when it is the latest one named in the quote's paragraph or the one
     * before; else null.
     */
    private static EntityMention reportingSubject(AnnotatedText doc, int from) {
        int para = doc.paragraphAt(from);
        int windowStart = para < 0 ? 0 : doc.paragraphs().get(Math.max(0, para - 1))[0];
        EntityMention latest = null;
        for (EntityMention e : doc.entities()) {
            boolean body = EntityType.ORGANIZATION.is(e.type()) || org.dossier.text.CompanyNames.isCompanyName(e.text())
                    || untitledSingleName(doc, e);
            if (body && e.end() <= from && e.start() >= windowStart) {
                latest = e;
            }
        }
        if (latest == null) {
            return null;
        }
        int sentenceStart = doc.sentences().get(doc.sentenceAt(latest.start())).start();
        String before = doc.text().substring(Math.min(sentenceStart, latest.start()), latest.start()).strip();
        List<TaggedToken> next = doc.toksIn(latest.end(), Math.min(doc.text().length(), latest.end() + 20));
        boolean opens = before.isEmpty() || before.equalsIgnoreCase("the");
        return opens && !next.isEmpty() && REPORTING_NEXT.contains(next.get(0).lower()) ? latest : null;
    }

    /** Reporting verbs a subject organisation is read by, in the past and present ("said", "says"). */
    private static final java.util.Set<String> REPORTING_NEXT =
            org.dossier.rules.RuleFiles.words(CompanyAntecedents.class, "en", "organisation-reporting-verbs.txt");

    private static boolean hasOrganisationBefore(AnnotatedText doc, int from) {
        return doc.entities().stream().anyMatch(e -> EntityType.ORGANIZATION.is(e.type()) && e.end() <= from);
    }

    private static final java.util.Set<String> HONORIFICS = java.util.Set.copyOf(Lexicon.lines("honorifics.txt"));

    /**
     * "The company said" where no organisation was named before: the latest one-word name the model typed a person
     * that is never written with a first name or a courtesy title ("Carmody has recalled 40,000 kettles"): a company
     * the tagger took for a person. Null when there is none.
     */
    private static EntityMention companyTaggedPerson(AnnotatedText doc, int from) {
        EntityMention best = null;
        for (EntityMention e : doc.entities()) {
            if (e.end() <= from && untitledSingleName(doc, e)) {
                best = e;
            }
        }
        return best;
    }

    /**
     * Whether a mention is a one-word name typed a person that the article never writes with a first name or a
     * courtesy title: a company the tagger may have taken for a person ("Carmody has recalled 40,000 kettles").
     */
    private static boolean untitledSingleName(AnnotatedText doc, EntityMention e) {
        String name = e.text().strip();
        return EntityType.PERSON.is(e.type()) && !name.contains(" ")
                && doc.entities().stream().noneMatch(o -> EntityType.PERSON.is(o.type())
                        && o.text().strip().endsWith(" " + name))
                && !titledAnywhere(doc.text(), name);
    }

    /** Whether {@code name} is written anywhere after a courtesy title ("Mr Carmody"). */
    private static boolean titledAnywhere(String text, String name) {
        Matcher m = Pattern.compile("([\\p{L}.]+)\\s+" + Pattern.quote(name) + "\\b").matcher(text);
        while (m.find()) {
            if (HONORIFICS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Map<String, List<String>> COMPANY_NOUNS =
            org.dossier.rules.RuleFiles.lists(CompanyAntecedents.class, "en", "company-nouns.txt");
    static final java.util.Set<String> GENERIC = java.util.Set.copyOf(COMPANY_NOUNS.get("generic"));


    /** Whether {@code e} was introduced with {@code head} itself or a noun naming a kind of company, not another generic one. */
    private static boolean introducedAs(AnnotatedText doc, EntityMention e, String head) {
        String role = " " + RoleMentions.roleOf(doc, e) + " ";
        return role.contains(" " + head + " ") || COMPANY_NOUNS.entrySet().stream().filter(k -> !k.getKey().equals("generic"))
                .flatMap(k -> k.getValue().stream()).anyMatch(w -> role.contains(" " + w + " "));
    }

    /**
     * "The company said" (also firm, group, business): the latest organisation named before {@code from} that the
     * article introduced with a company noun ("Shipping group Tanjong Marine", "the carmaker Veltra"); else null (the
     * latest organisation named is no guide: a dateline's city is often tagged one).
     */
    private static EntityMention introducedCompany(AnnotatedText doc, int from) {
        EntityMention best = null;
        for (EntityMention e : doc.entities()) {
            if (!EntityType.ORGANIZATION.is(e.type()) || e.end() > from) {
                continue;
            }
            String role = " " + RoleMentions.roleOf(doc, e) + " ";
            boolean introduced = COMPANY_NOUNS.values().stream().flatMap(List::stream)
                    .anyMatch(w -> role.contains(" " + w + " ") && !(" " + e.text().toLowerCase(Locale.ROOT) + " ")
                            .contains(" " + w + " "));
            if (introduced) {
                best = e;
            }
        }
        return best;
    }
}
