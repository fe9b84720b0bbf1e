/**
 * The HTML path of extraction: bounded parsing, one traversal for metadata (meta tags, JSON-LD, title, byline
 * elements) and text blocks, class/id semantics, container scoring and the choice of body blocks, and the dates
 * and bylines shown around the body.
 */
package org.dossier.extract.html;
