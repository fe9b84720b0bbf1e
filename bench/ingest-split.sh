#!/usr/bin/env bash
# Where the CPU of `dossier ingest` goes: N page copies (PageCopies, as bench/commands.sh makes them) ingested into a
# fresh store, once, with the timing log (-Ddossier.timing=true: CPU seconds of the store thread's steps and of every
# thread) and a JFR recording split by thread and stage (bench/jfr-split.py). Needs CP (run through bench/run.sh).
# Usage: bench/ingest-split.sh [N]   (default 10,000 pages)
set -euo pipefail
cd "$(dirname "$0")/.."
: "${CP:?run through bench/run.sh ingest-split}"
n="${1:-10000}"
tmp="$(mktemp -d -t dossier-split.XXXXXX)"
trap 'rm -rf "$tmp"' EXIT
java -cp "$CP" org.dossier.bench.PageCopies ../shared/bench/extraction/scrapinghub/html "$tmp/pages" "$n"
DOSSIER_JAVA_OPTS="-Xmx2g -XX:+UseSerialGC -Ddossier.timing=true -XX:StartFlightRecording=filename=$tmp/ingest.jfr,settings=profile" \
  /usr/bin/time -f "# ingest of $n pages: %e s wall, %U s user, %S s sys, %M KB peak" \
  ./dossier ingest --data "$tmp/store" "$tmp/pages" 2>"$tmp/err" || { cat "$tmp/err" >&2; exit 1; }
grep '^# ' "$tmp/err"
python3 bench/jfr-split.py "$tmp/ingest.jfr"
