#!/usr/bin/env bash
# Writes the results a refactoring must leave unchanged into OUT (compare two commits with `diff -r`):
#   seeds.{json,md,html}   `dossier report` on ../shared/corpus/seeds
#   ecbplus.tsv            `dossier cluster` on ECB+ dev (the clustering benchmark's predictions)
#   scrapinghub.jsonl      `dossier extract --json` on the 181 scrapinghub pages (bodies and metadata)
# Usage: bench/golden.sh OUT
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:?usage: bench/golden.sh OUT}"
mkdir -p "$out"
./dossier --version >/dev/null
for f in json md html; do
  ./dossier report ../shared/corpus/seeds --format "$f" -o "$out/seeds.$f" 2>/dev/null
done
./dossier cluster ../shared/bench/clustering/ecbplus_dev.jsonl >"$out/ecbplus.tsv"
# relative paths, sorted: the file names, not the checkout's location, end up in "source"
(cd ../shared/bench/extraction/scrapinghub/html && ls | sort) | sed 's|^|../shared/bench/extraction/scrapinghub/html/|' \
  | xargs ./dossier extract --json >"$out/scrapinghub.jsonl"
wc -l "$out"/* | sed '$d'
