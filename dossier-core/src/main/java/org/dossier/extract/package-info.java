/**
 * The extract stage: a raw page becomes a clean article. This package holds the stage contract
 * ({@link org.dossier.extract.Extractor}, {@link org.dossier.extract.ExtractionException}) and the dispatcher
 * ({@link org.dossier.extract.PageExtractor}); the parts live in sub-packages: {@code html} (the HTML path),
 * {@code text} (the scraped-text path), {@code credits}, {@code dates}, {@code lines} (line shapes and normal forms
 * both paths share) and {@code translation}. Their rules are data in each sub-package's resource folder
 * ({@code org/dossier/extract/html/}, {@code credits/}, {@code dates/}), read with {@link org.dossier.rules.RuleFiles}.
 */
package org.dossier.extract;
