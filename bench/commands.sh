#!/usr/bin/env bash
# Whole commands as a user runs them, cold from the shell (a new JVM each run; /usr/bin/time): wall, CPU, peak RSS.
#   extract:     ./dossier extract --json over COPIES x the 181 scrapinghub pages (copied under new names)
#   boilerpipe:  a boilerpipe process (BoilerpipeProcess) over the same files, same runs, alternating with extract
#   ingest:      ./dossier ingest of N new pages (PageCopies: scrapinghub pages with a counter comment) into a
#                fresh store each run
# Median of RUNS. Needs CP (the bench classpath) in the environment; run through bench/run.sh commands.
# Usage: bench/commands.sh [RUNS [COPIES [N]]]   (default 3 runs, 10 copies, 10,000 pages)
set -euo pipefail
cd "$(dirname "$0")/.."
: "${CP:?run through bench/run.sh commands}"
runs="${1:-3}"; copies="${2:-10}"; n="${3:-10000}"
src=../shared/bench/extraction/scrapinghub/html
tmp="$(mktemp -d -t dossier-commands.XXXXXX)"
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/pages" "$tmp/fig"
for c in $(seq "$copies"); do
  for f in "$src"/*.html.gz; do cp "$f" "$tmp/pages/c$c-${f##*/}"; done
done
java -cp "$CP" org.dossier.bench.PageCopies "$src" "$tmp/ingest" "$n"
files=("$tmp"/pages/*)
pages=${#files[@]}
echo "# extract: $pages pages; ingest: $n pages; JVM options: ${DOSSIER_JAVA_OPTS:-launcher default}"
timed() {   # NAME COMMAND...: one cold run, its figures appended to $tmp/NAME
  local name="$1"; shift
  /usr/bin/time -o "$tmp/t" -f "%e %U %S %M" "$@" >"$tmp/out" 2>"$tmp/err" || { cat "$tmp/err" >&2; exit 1; }
  cat "$tmp/t" >>"$tmp/fig/$name"
}
for i in $(seq "$runs"); do
  timed extract ./dossier extract --json "${files[@]}"
  lines_extract=$(wc -l <"$tmp/out")
  timed boilerpipe java -Xmx2g -XX:+UseSerialGC -cp "$CP" org.dossier.bench.BoilerpipeProcess "${files[@]}"
  lines_boilerpipe=$(wc -l <"$tmp/out")
  rm -rf "$tmp/store"
  timed ingest ./dossier ingest --data "$tmp/store" "$tmp/ingest"
  echo "run $i: extract $(tail -n1 "$tmp/fig/extract") ($lines_extract lines); boilerpipe $(tail -n1 "$tmp/fig/boilerpipe") ($lines_boilerpipe lines); ingest $(tail -n1 "$tmp/fig/ingest"): $(cat "$tmp/out")"
done
med() {   # FILE AWK-EXPR: the median over the runs (lines of FILE) of an expression of wall $1, user $2, sys $3, RSS $4
  awk "{ print $2 }" "$1" | sort -g | awk '{ v[NR]=$1 } END { print v[int((NR+1)/2)] }'
}
median() {   # FILE PAGES NAME
  local w; w=$(med "$1" '$1')
  printf "%-10s median of %d: wall %.2f s, CPU %.2f s, peak RSS %d MB, %.0f pages/s wall\n" "$3" "$(wc -l <"$1")" \
    "$w" "$(med "$1" '$2+$3')" "$(med "$1" 'int($4/1024)')" "$(awk -v p="$2" -v w="$w" 'BEGIN { print p/w }')"
}
median "$tmp/fig/extract" "$pages" extract
median "$tmp/fig/boilerpipe" "$pages" boilerpipe
median "$tmp/fig/ingest" "$n" ingest
paste "$tmp/fig/boilerpipe" "$tmp/fig/extract" >"$tmp/fig/pair"
echo "boilerpipe/extract wall ratio, median of runs: $(med "$tmp/fig/pair" '$1/$5')"
echo "boilerpipe/extract CPU ratio, median of runs: $(med "$tmp/fig/pair" '($2+$3)/($6+$7)') (under load, the figure to compare)"
