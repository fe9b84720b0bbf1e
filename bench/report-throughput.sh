#!/usr/bin/env bash
# Throughput of the whole cold `dossier report` (a new JVM: ingest, annotate, resolve, synthesize, render JSON) over
# a varied set of about 1,300 pages built at run time from ../shared: the 181 scrapinghub pages (HTML, many sites
# and languages), COPIES reposts of each (the same page with a comment added, as automatic reposts are), the 772
# ECB+ dev articles (JSON lines), the seeds and the bundled examples (scraped text and HTML).
# Prints pages, tokens, wall, CPU seconds (user + sys), the cores used (CPU / wall), tokens/s, tokens/s per core
# (tokens / (wall x cores of the machine)) and tokens per CPU second.
# Tokens: words and punctuation marks (regex \w+|[^\w\s]) of each page's clean text as `dossier extract --json`
# gives it (the ECB+ lines: their text field), counted once before the timed runs.
# REPORT_JAR=path/to/dossier-cli.jar runs another build (e.g. a copy of an older one) on the same set;
# DOSSIER_JAVA_OPTS other JVM options (the launcher's report options before 2026-12-01: "-Xmx2g -XX:+UseSerialGC").
# CORES_LOG=FILE samples the process's threads every half second (bench/cores-sampler.py) and writes, per sample,
# the seconds since the start, the cores busy, the program's threads ready to run and the busiest thread names to FILE.RUN; the
# summary line then also counts the samples with fewer than 1.5 cores busy and with fewer than 2 threads ready.
# REPORT_KEEP=FILE keeps each run's JSON as FILE.RUN (to compare the dossiers of two builds).
# Usage: bench/report-throughput.sh [RUNS [COPIES [ECB]]]   (default 1 run, 2 copies, ECB+ in (yes): 1,331 pages;
#        ECB=no leaves the ECB+ lines out, a shorter run of the web pages only)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-1}"; copies="${2:-2}"; ecb="${3:-yes}"
shared=../shared
tmp="$(mktemp -d -t dossier-report-tp.XXXXXX)"
trap 'rm -rf "$tmp"' EXIT
set_dir="$tmp/set"
mkdir -p "$set_dir/html" "$set_dir/text"
cp "$shared"/bench/extraction/scrapinghub/html/*.html.gz "$set_dir/html/"
for c in $(seq "$copies"); do
  for f in "$shared"/bench/extraction/scrapinghub/html/*.html.gz; do
    { zcat "$f"; printf '\n<!-- repost %d -->\n' "$c"; } | gzip -c >"$set_dir/html/r$c-${f##*/}"
  done
done
if [ "$ecb" = yes ]; then cp "$shared"/bench/clustering/ecbplus_dev.jsonl "$set_dir/ecbplus.jsonl"; else : >"$set_dir/ecbplus.jsonl"; fi
cp "$shared"/corpus/seeds/* examples/corpus/* "$set_dir/text/"
./dossier --version >/dev/null   # builds the jar first if needed, so the build is not timed
jar="${REPORT_JAR:-dossier-cli/target/dossier-cli.jar}"
opts="${DOSSIER_JAVA_OPTS:--Xmx2g -XX:+UseSerialGC -XX:CompileThresholdScaling=3}"   # what ./dossier report runs with
pages=$(( $(find "$set_dir/html" "$set_dir/text" -type f | wc -l) + $(wc -l <"$set_dir/ecbplus.jsonl") ))
tokens=$( { ./dossier extract --json "$set_dir"/html/* "$set_dir"/text/* 2>/dev/null; cat "$set_dir/ecbplus.jsonl"; } |
  python3 -c '
import json, re, sys
n = 0
for line in sys.stdin:
    n += len(re.findall(r"\w+|[^\w\s]", json.loads(line).get("text") or ""))
print(n)')
cores=$(nproc)
echo "# report throughput: $pages pages, $tokens tokens, $cores cores; jar $jar; JVM options: $opts"
for i in $(seq "$runs"); do
  # shellcheck disable=SC2086
  /usr/bin/time -o "$tmp/t" -f "%e %U %S %M" java $opts -Ddossier.home="$PWD" -jar "$jar" report "$set_dir" \
      --format json -o "$tmp/out.json" 2>"$tmp/err" &
  job=$!
  if [ -n "${CORES_LOG:-}" ]; then
    sleep 0.2; python3 bench/cores-sampler.py "$(pgrep -P "$job" java | head -n 1)" "$CORES_LOG.$i" 0.5 &
  fi
  wait "$job" || [ $? -eq 1 ] || { tail -n 20 "$tmp/err" >&2; exit 1; }
  if [ -n "${CORES_LOG:-}" ]; then
    wait
    awk -F'\t' '$2 < 1.5 { n++ } $3 < 2 { d++ } END { printf "# %s: %d samples (about half a second each), %d with fewer than 1.5 cores busy, %d with fewer than 2 of the program'"'"'s threads ready to run\n", FILENAME, NR, n, d }' "$CORES_LOG.$i"
  fi
  [ -z "${REPORT_KEEP:-}" ] || cp "$tmp/out.json" "$REPORT_KEEP.$i"
  # exit 1: some inputs failed (the ECB+ set has a few empty or prose-less lines), each named on stderr
  read -r wall user sys rss < <(tail -n 1 "$tmp/t")   # the last line: time writes "Command exited with non-zero status 1" first
  awk -v p="$pages" -v t="$tokens" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v c="$cores" -v i="$i" \
      -v stories="$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["stories"]))' "$tmp/out.json")" \
      -v failed="$(grep -c '^dossier: ' "$tmp/err" || true)" \
      'BEGIN { cpu = u + s; printf "run %d: %d pages (%d input failures named on stderr), %d tokens, %s stories; wall %.1f s, CPU %.1f s (user %.1f + sys %.1f), cores used %.2f of %d, peak RSS %d MB; %.0f tokens/s, %.0f tokens/s per core, %.0f tokens/CPU-s\n", i, p, failed, t, stories, w, cpu, u, s, cpu / w, c, r / 1024, t / w, t / (w * c), t / cpu }'
done
