package org.dossier.model;

import java.time.LocalDate;

/**
 * A time expression resolved against the article's anchor date. {@code date} is the first day it denotes,
 * {@code precision} one of day, month, year, week; {@code sentence} indexes the article's sentences.
 */
public record TimeMention(String text, int start, int end, LocalDate date, String precision, int sentence) {}
