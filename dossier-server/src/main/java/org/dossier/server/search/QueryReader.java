package org.dossier.server.search;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * Reads a user's search query (Lucene's classic syntax, every word required) into a Lucene query, or refuses it
 * with a {@link BadQueryException} whose one-line message says why: the one place where hostile queries are met.
 * Bounds that keep a search short whatever it is sent: at most {@value #MAX_CHARS} characters, brackets nested at
 * most {@value #MAX_DEPTH} deep (the parser is recursive), at most {@value #MAX_TERMS} searched terms (a word counts
 * once per field it is searched in; a phrase counts each of its words) and {@value #MAX_EXPANDING} expanding ones
 * (wildcard, prefix, fuzzy, range: each walks the index's dictionary). A slash is read as a character, not as the
 * start of a regular expression ({@code TCP/IP} finds "TCP IP"): regular expressions are not offered. A phrase
 * in a field kept as one exact value (an id, a story, a language: indexed without positions, where Lucene cannot
 * run a phrase) searches that value whole ({@code id:"a b"} is the value {@code a b}).
 */
final class QueryReader {
    static final int MAX_CHARS = 1_000;
    static final int MAX_DEPTH = 32;
    static final int MAX_TERMS = 300;
    static final int MAX_EXPANDING = 15;

    private final String[] fields;
    private final Map<String, Float> boosts;
    private final Analyzer analyzer;
    private final Set<String> exact;

    /** {@code exact}: the fields kept as one exact value each, indexed without positions. */
    QueryReader(String[] fields, Map<String, Float> boosts, Analyzer analyzer, Set<String> exact) {
        this.fields = fields.clone();
        this.boosts = Map.copyOf(boosts);
        this.analyzer = analyzer;
        this.exact = Set.copyOf(exact);
    }

    Query read(String query) throws BadQueryException {
        if (query == null || query.isBlank()) {
            throw new BadQueryException("the query is empty", null);
        }
        if (query.length() > MAX_CHARS) {
            throw new BadQueryException(String.format(Locale.ROOT, "the query is longer than %,d characters", MAX_CHARS),
                    null);
        }
        String literal = slashesAsText(query);
        if (depth(literal) > MAX_DEPTH) {
            throw new BadQueryException("the query nests brackets more than " + MAX_DEPTH + " deep", null);
        }
        QueryParser parser = new Parser(fields, analyzer, boosts, exact);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        Query parsed;
        try {
            parsed = parser.parse(literal);
        } catch (ParseException | IndexSearcher.TooManyClauses | IllegalArgumentException
                 | TooComplexToDeterminizeException e) {
            throw new BadQueryException("cannot read the query: " + reason(e, literal), e);
        }
        Width w = new Width();
        parsed.visit(w);
        if (w.expanding > MAX_EXPANDING) {
            throw new BadQueryException("the query has too many wildcard, fuzzy or range words (more than "
                    + MAX_EXPANDING + " searched, a word once per field)", null);
        }
        if (w.terms > MAX_TERMS) {
            throw new BadQueryException("the query has too many words (more than " + MAX_TERMS
                    + " terms searched, a word once per field)", null);
        }
        return parsed;
    }

    /** The query with each slash not already escaped escaped, so that none starts a regular expression. */
    static String slashesAsText(String query) {
        StringBuilder b = new StringBuilder(query.length() + 8);
        boolean escaped = false;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '/' && !escaped) {
                b.append('\\');
            }
            b.append(c);
            escaped = c == '\\' && !escaped;
        }
        return b.toString();
    }

    /** How deep the query's brackets nest outside quoted phrases (escaped characters do not count). */
    static int depth(String query) {
        int depth = 0;
        int max = 0;
        boolean quoted = false;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                max = Math.max(max, ++depth);
            } else if (!quoted && c == ')') {
                depth = Math.max(0, depth - 1);
            }
        }
        return max;
    }

    /** How many characters of a quoted stretch of the query a parser message keeps (an escaped one counts once). */
    private static final int QUOTE_SHOWN = 30;

    /**
     * The parser's first line without its echo of the whole query ("Cannot parse '...': "), a long quoted stretch
     * of it cut short.
     */
    private static String reason(Exception e, String query) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String echo = "Cannot parse '" + query + "': ";
        if (m.startsWith(echo)) {
            m = m.substring(echo.length());
        }
        m = m.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        m = shortQuotes(m);
        return m.length() > 200 ? m.substring(0, 200) + "\u2026" : m;
    }

    /** Lucene's multi-field parser that reads a phrase in an exact-value field as that one value. */
    private static final class Parser extends MultiFieldQueryParser {
        private final Set<String> exact;

        Parser(String[] fields, Analyzer analyzer, Map<String, Float> boosts, Set<String> exact) {
            super(fields, analyzer, boosts);
            this.exact = exact;
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            return whole(field, queryText, super.getFieldQuery(field, queryText, quoted));
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
            return whole(field, queryText, super.getFieldQuery(field, queryText, slop));
        }

        private Query whole(String field, String queryText, Query q) {
            if (field != null && exact.contains(field) && (q instanceof PhraseQuery || q instanceof MultiPhraseQuery)) {
                return new TermQuery(new Term(field, queryText));
            }
            return q;
        }
    }

    /**
     * {@code message} with each quoted stretch longer than {@value #QUOTE_SHOWN} characters cut to its first ones and
     * an ellipsis. A loop, not a regular expression: java.util.regex recurses once per character of a repeated
     * alternation, and a long quoted stretch overflowed the stack (found by the long query fuzz run).
     */
    static String shortQuotes(String message) {
        StringBuilder b = new StringBuilder(Math.min(message.length(), 400));
        int i = 0;
        while (i < message.length()) {
            char c = message.charAt(i);
            int close = c == '"' ? closingQuote(message, i + 1) : -1;
            if (close < 0) {
                b.append(c);
                i++;
                continue;
            }
            int cut = i + 1;
            for (int shown = 0; cut < close && shown < QUOTE_SHOWN; shown++) {
                cut += message.charAt(cut) == '\\' && cut + 1 < close ? 2 : 1;
            }
            b.append(message, i, cut);
            b.append(cut < close ? "\u2026\"" : "\"");
            i = close + 1;
        }
        return b.toString();
    }

    /** The index of the quote that closes a stretch opened before {@code from} (escapes skipped), or -1. */
    private static int closingQuote(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return -1;
    }

    /** Counts the terms a query searches and its expanding (multi-term) parts. */
    private static final class Width extends QueryVisitor {
        int terms;
        int expanding;

        @Override
        public void consumeTerms(Query query, Term... terms) {
            this.terms += terms.length;
        }

        @Override
        public void visitLeaf(Query query) {
            terms++;
            if (query instanceof MultiTermQuery) {
                expanding++;
            }
        }

        @Override
        public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
            return this;
        }
    }
}
