#!/usr/bin/env bash
# Where the CPU of a cold `dossier extract --json` goes: the launcher's JVM options (class archive, quick compiler)
# with a JFR recording, over COPIES x the 181 scrapinghub pages, split by step (bench/jfr-extract.py), with the
# command's CPU (user + sys) and the compiler's and GC's share, which JFR does not sample.
# Usage: bench/extract-split.sh [COPIES]   (default 10: 1,810 pages)
set -euo pipefail
cd "$(dirname "$0")/.."
copies="${1:-10}"
src=../shared/bench/extraction/scrapinghub/html
tmp="$(mktemp -d -t dossier-extract-split.XXXXXX)"
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/pages"
for c in $(seq "$copies"); do
  for f in "$src"/*.html.gz; do cp "$f" "$tmp/pages/c$c-${f##*/}"; done
done
./dossier --version >/dev/null   # builds the jar and its class archive first if needed
jsa=dossier-cli/target/dossier.jsa
opts="-Xmx2g -XX:+UseSerialGC -XX:TieredStopAtLevel=1"
[ -f "$jsa" ] && opts="$opts -XX:SharedArchiveFile=$jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
# shellcheck disable=SC2086
/usr/bin/time -o "$tmp/t" -f "%e %U %S" java $opts -XX:StartFlightRecording=filename="$tmp/x.jfr",settings=profile \
    -Xlog:gc:file="$tmp/gc.log" -XX:+UnlockDiagnosticVMOptions -XX:+CITime -Ddossier.home="$PWD" \
    -jar dossier-cli/target/dossier-cli.jar extract --json "$tmp"/pages/* >"$tmp/out" 2>"$tmp/err"
echo "# $(ls "$tmp/pages" | wc -l) pages: $(awk '{ printf "wall %.2f s, CPU %.2f s (user + sys)", $1, $2 + $3 }' "$tmp/t")"
echo "# quick compiler: $(grep -m1 'Total compilation time' "$tmp/out" | sed 's/ *Total compilation time *: *//') of compilation;" \
     "GC: $(grep -c Pause "$tmp/gc.log") pauses, $(awk '/Pause/ { gsub("ms", "", $NF); s += $NF } END { printf "%.2f s", s / 1000 }' "$tmp/gc.log")"
python3 bench/jfr-extract.py "$tmp/x.jfr" 20
