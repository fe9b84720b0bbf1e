/**
 * Calendar dates in strings and URLs, and the labels that say what a date on a line is (published, updated).
 */
package org.dossier.extract.dates;
