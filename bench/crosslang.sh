#!/usr/bin/env bash
# The cross-language clustering benchmark (bench/run.sh crosslang [SET...]): builds the articles (the written
# stories and distractors of each SET under dossier-bench's crosslang/ resources, default stories.txt, plus the
# scrapinghub pages as undated noise), clusters them with `dossier cluster` (batch) and `dossier ingest`
# (incremental, with dedup), and scores both with CrossLangScore. Needs CP (run.sh's build) and the CLI built.
set -euo pipefail
# BENCH_NAME (default crosslang) names the output folder under target/ and the default set: the same-language
# benchmark (bench/run.sh samelang) runs it as BENCH_NAME=samelang with the set samelang/stories.txt.
name="${BENCH_NAME:-crosslang}"
out="target/$name"; rm -rf "$out"; mkdir -p "$out"
sets=("$@"); [ ${#sets[@]} -gt 0 ] || { [ "$name" = crosslang ] && sets=(stories.txt) || sets=("$name/stories.txt"); }
java -cp "$CP" org.dossier.bench.CrossLangSet "$out/articles.jsonl" ../shared/bench/extraction/scrapinghub/html "${sets[@]}"
./dossier cluster "$out/articles.jsonl" >"$out/batch.tsv"
java -cp "$CP" org.dossier.bench.CrossLangScore "$out/articles.jsonl" "$out/batch.tsv" batch
./dossier ingest --data "$out/store" "$out/articles.jsonl" >"$out/ingest.log" 2>&1 \
  || [ $? -eq 1 ] || { tail -n 5 "$out/ingest.log" >&2; exit 1; }   # 1: some records refused (listed in the log)
sqlite3 -separator $'\t' "$out/store/dossier.db" \
  "SELECT substr(p.source, instr(p.source, '#') + 1), sa.story_id FROM story_articles sa JOIN pages p ON p.id = sa.article_id" \
  >"$out/ingest.tsv"
java -cp "$CP" org.dossier.bench.CrossLangScore "$out/articles.jsonl" "$out/ingest.tsv" ingest
