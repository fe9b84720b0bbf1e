package org.dossier.server.search;

import java.util.List;

/** What a search gives: the query as asked, how many articles match, the best of them, and their stories' ids in rank order. */
public record SearchResult(String query, long total, List<SearchHit> hits, List<String> stories) {}
