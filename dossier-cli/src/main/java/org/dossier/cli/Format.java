package org.dossier.cli;

import org.dossier.render.HtmlRenderer;
import org.dossier.render.JsonRenderer;
import org.dossier.render.MarkdownRenderer;
import org.dossier.render.Renderer;

/** Report formats and their renderers. */
enum Format {
    md(new MarkdownRenderer()), html(new HtmlRenderer()), json(new JsonRenderer());

    final Renderer renderer;

    Format(Renderer renderer) {
        this.renderer = renderer;
    }
}
