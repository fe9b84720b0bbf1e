/**
 * Provenance and authorship lines: agency slugs, "Source: X", repost notices, bylines, contribution lines
 * ("Reporting by ..."), and the cleanup of author names.
 */
package org.dossier.extract.credits;
