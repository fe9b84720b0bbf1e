/**
 * What both extraction paths read from one line of text: its shape (words, sentence end, truncation, hashtags,
 * date-only) and its normal forms (whitespace collapsed; letters and digits only).
 */
package org.dossier.extract.lines;
