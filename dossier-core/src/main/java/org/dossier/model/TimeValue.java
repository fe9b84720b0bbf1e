package org.dossier.model;

/**
 * A time expression as {@code dossier annotate} prints it: its span in the article's text and its TIMEX3-style
 * value (a day {@code 2022-01-10}, a part of a day {@code 2022-01-10TNI}, a week {@code 2022-W02}, a month, quarter,
 * year or decade, a duration {@code P3D}, a set {@code P1W} or {@code XXXX-WXX-1}).
 */
public record TimeValue(int start, int end, String text, String value) {}
