package org.dossier.render;

import java.util.List;
import org.dossier.model.Span;
import org.dossier.model.StoryDossier;
import org.dossier.model.StoryDossier.ArticleRef;
import org.dossier.model.StoryDossier.Claim;
import org.dossier.model.StoryDossier.Disagreement;
import org.dossier.model.StoryDossier.Entity;
import org.dossier.model.StoryDossier.Quote;
import org.dossier.model.StoryDossier.TimelineEntry;

/** Renders dossiers as Markdown: one section per story, every line ending with its article citations. */
public final class MarkdownRenderer implements Renderer {

    @Override
    public String render(List<StoryDossier> dossiers) {
        StringBuilder md = new StringBuilder("# Dossier\n\n");
        if (dossiers.isEmpty()) {
            md.append("No stories.\n");
        }
        for (StoryDossier d : dossiers) {
            story(md, d);
        }
        return md.toString();
    }

    /**
     * Why an article's anchor is not its page date, one line per article below the table: the reasons are
     * sentences, too long for a cell an analyst scans.
     */
    private static void anchorNotes(StringBuilder md, StoryDossier d, Citations c) {
        boolean first = true;
        for (ArticleRef a : d.articles()) {
            if (a.anchorNote() != null) {
                md.append(first ? "\nAnchor notes:\n\n" : "").append("- ").append(c.label(a.id())).append(": ")
                        .append(a.anchorNote()).append("\n");
                first = false;
            }
        }
    }

    private static void story(StringBuilder md, StoryDossier d) {
        Citations c = new Citations(d);
        md.append("## ").append(cell(d.title())).append("\n\n");
        md.append("Story `").append(d.id()).append("`, ").append(d.articles().size()).append(d.articles().size() == 1 ? " article" : " articles");
        if (d.span() != null && d.span().from() != null) {
            md.append(", ").append(d.span().from()).append(" – ").append(d.span().to());
        }
        md.append(".\n\n");
        MarkdownSections.summary(md, d, c);
        md.append("### Articles\n\n| | Title | Outlet | Authors | Published | Anchor | Lang | Credits | Relation |\n|---|---|---|---|---|---|---|---|---|\n");
        for (ArticleRef a : d.articles()) {
            md.append("| ").append(c.label(a.id())).append(" | ").append(cell(a.title())).append(" | ").append(cell(a.outlet()))
                    .append(" | ").append(cell(String.join(", ", a.authors())))
                    .append(" | ").append(str(a.published())).append(" | ").append(EventDates.anchor(a))
                    .append(a.anchorNote() == null ? "" : " (note " + c.label(a.id()) + ")")
                    .append(" | ").append(str(a.language()))
                    .append(a.analysis() == null ? "" : " (" + cell(a.analysis()) + ")")
                    .append(" | ").append(cell(String.join(", ", a.credits())))
                    .append(" | ").append(c.relation(a)).append(" |\n");
        }
        anchorNotes(md, d, c);
        md.append("\n### Timeline\n\n");
        for (TimelineEntry t : d.timeline()) {
            md.append("- **").append(EventDates.of(t)).append("**")
                    .append(t.dateNote() == null ? "" : ("before".equals(t.precision()) ? " (bound: " : " (estimated: ")
                            + t.dateNote() + ")")
                    .append(t.plannedAsOf() == null ? "" : " (planned, as reported up to " + t.plannedAsOf() + ")")
                    .append(" — ")
                    .append(t.summary()).append(" [").append(c.labels(t.articles())).append("]\n");
        }
        md.append("\n### People and organisations\n\n");
        for (Entity e : d.entities()) {
            md.append("- **").append(e.name()).append("** (").append(e.type().toLowerCase()).append(")");
            if (!e.otherNames().isEmpty()) {
                md.append(", also ").append(String.join(" / ", e.otherNames()));
            }
            if (!e.roles().isEmpty()) {
                md.append("; ").append(String.join("; ", e.roles()));
            }
            if (!e.attributes().isEmpty()) {
                md.append("; as an attribute: ").append(String.join(", ", e.attributes()));
            }
            md.append(" [").append(c.labels(e.articles())).append("]\n");
        }
        md.append("\n### Quotes\n\n");
        for (Quote q : d.quotes()) {
            md.append("- ").append(speaker(q)).append(q.date() == null ? "" : " (" + q.date() + ")").append(": “")
                    .append(q.text()).append("” [").append(c.label(q.article())).append("]")
                    .append(q.alsoIn().isEmpty() ? "" : " also in [" + c.labels(q.alsoIn()) + "]")
                    .append(q.translations().isEmpty() ? "" : " translated in ["
                            + c.labels(q.translations().stream().map(Span::article).distinct().toList()) + "]")
                    .append("\n");
        }
        MarkdownSections.positions(md, d, c);
        md.append("\n### Numbers\n\n");
        for (Claim cl : d.claims()) {
            md.append("- ").append(cl.subject()).append(": ").append(cl.text()).append(" (").append(EventDates.of(cl))
                    .append(cl.vague() ? "; a vague amount, as written" : "")
                    .append(cl.source() == null ? "" : "; according to " + cl.source())
                    .append(") [").append(c.label(cl.article())).append("]\n");
        }
        if (!d.disagreements().isEmpty()) {
            md.append("\n### Where outlets disagree\n\n");
            for (Disagreement dis : d.disagreements()) {
                md.append("- ").append(dis.subject()).append(" (").append(dis.kind())
                        .append(dis.reason() == null ? "" : ": " + dis.reason()).append("):");
                for (Disagreement.Value v : dis.values()) {
                    md.append(" ").append(v.value()).append(when(v)).append(" [").append(c.labels(v.articles()))
                            .append("];");
                }
                md.setLength(md.length() - 1);
                md.append("\n");
            }
        }
        MarkdownSections.coverage(md, d, c);
        md.append("\n");
    }

    /** A value's dates in brackets, as precisely as known ("(before 2022-01-10)"). */
    static String when(Disagreement.Value v) {
        List<String> when = !v.when().isEmpty() ? v.when() : v.dates().stream().map(Object::toString).toList();
        return when.isEmpty() ? "" : " (" + String.join(", ", when) + ")";
    }

    static String speaker(Quote q) {
        if (q.speaker() != null) {
            return "**" + q.speaker() + "**";
        }
        return q.speakerDescription() == null ? "_unattributed_" : "_" + q.speakerDescription() + "_ (unnamed)";
    }


    private static String str(Object o) {
        return o == null ? "–" : o.toString();
    }

    private static String cell(String s) {
        return s == null ? "–" : s.replace("|", "\\|").replace("\n", " ");
    }
}
