package org.dossier.extract;

import org.dossier.model.Article;
import org.dossier.model.RawPage;

/**
 * The extract stage: a raw page becomes a clean article (body without site chrome, title, byline, dates,
 * outlet, credits). Loads no NLP models. Language, duplicate and story fields are left for later stages.
 */
public interface Extractor {
    Article extract(RawPage page) throws ExtractionException;
}
