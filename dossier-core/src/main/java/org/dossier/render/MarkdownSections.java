package org.dossier.render;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dossier.model.StoryDossier;
import org.dossier.model.StoryDossier.Coverage;
import org.dossier.model.StoryDossier.Position;
import org.dossier.model.StoryDossier.SummarySentence;

/**
 * The Markdown sections for a dossier's summary, positions (actor × stance table), facts (fact × outlet matrix
 * with corroboration) and outlets; {@link MarkdownRenderer} places them.
 */
final class MarkdownSections {
    private MarkdownSections() {}

    static void summary(StringBuilder md, StoryDossier d, Citations c) {
        if (d.summary().isEmpty()) {
            return;
        }
        md.append("### Summary\n\n");
        for (SummarySentence s : d.summary()) {
            md.append("- ").append(s.text()).append(" [").append(c.labels(s.articles())).append("]\n");
        }
        md.append("\n");
    }

    static void positions(StringBuilder md, StoryDossier d, Citations c) {
        if (d.positions().isEmpty()) {
            return;
        }
        PositionTable t = new PositionTable(d);
        md.append("\n### Positions\n\n| Actor |");
        t.stances.forEach(s -> md.append(' ').append(PositionTable.heading(s)).append(" |"));
        md.append("\n|---|");
        t.stances.forEach(s -> md.append("---|"));
        md.append('\n');
        for (Map.Entry<String, Map<String, List<Position>>> row : t.rows.entrySet()) {
            md.append("| **").append(cell(row.getKey())).append("** |");
            for (String s : t.stances) {
                List<Position> ps = row.getValue().getOrDefault(s, List.of());
                md.append(' ').append(ps.stream().map(p -> cell(p.proposition()) + " [" + c.labels(p.articles())
                        + (p.date() == null ? "" : ", " + t.date(p))
                        + (p.answers() == null ? "" : "; answers: " + cell(p.answers())) + "]").collect(Collectors.joining("; ")))
                        .append(" |");
            }
            md.append('\n');
        }
    }

    static void coverage(StringBuilder md, StoryDossier d, Citations c) {
        md.append("\n### Coverage\n\n");
        if (!d.facts().isEmpty()) {
            List<Coverage> outlets = d.coverage();
            md.append("Sources: how many independent sources carry the fact (one outlet, a copy and its original, "
                    + "and articles crediting the same agency count once); each speaker's quotes and each actor's positions are one "
                    + "row: “up to N”, the sources of the best-corroborated of them.\n\n| Fact | Sources |");
            for (int i = 0; i < outlets.size(); i++) {
                md.append(" O").append(i + 1).append(" |");
            }
            md.append("\n|---|---|");
            outlets.forEach(o -> md.append("---|"));
            md.append('\n');
            for (FactRows.Row f : FactRows.of(d)) {
                md.append("| ").append(cell(f.label())).append(" | ").append(f.sourcesShown()).append(" |");
                for (Coverage o : outlets) {
                    List<String> here = o.articles().stream().filter(f.articles()::contains).toList();
                    md.append(' ').append(here.isEmpty() ? "" : c.labels(here)).append(" |");
                }
                md.append('\n');
            }
            md.append('\n');
        }
        md.append("| | Outlet | Articles | Independent | Facts reported |\n|---|---|---|---|---|\n");
        for (int i = 0; i < d.coverage().size(); i++) {
            Coverage cov = d.coverage().get(i);
            md.append("| O").append(i + 1).append(" | ").append(cell(cov.outlet())).append(" | ")
                    .append(c.labels(cov.articles())).append(" | ")
                    .append(cov.independent() ? "yes" : "no" + (cov.dependence() == null ? "" : " (" + cell(cov.dependence()) + ")"))
                    .append(" | ").append(cov.facts().size()).append(" |\n");
        }
    }

    private static String cell(String s) {
        return s == null ? "–" : s.replace("|", "\\|").replace("\n", " ");
    }
}
