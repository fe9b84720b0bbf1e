/**
 * The scraped-text path of extraction: the line classifier that finds the dense run of prose, its headline, and
 * the page dates of the lines, weighted by where they stand.
 */
package org.dossier.extract.text;
