#!/usr/bin/env bash
# A same-run pair for `dossier extract --json`: this checkout's command-line jar and another one (OLD_DIR: a folder
# holding a copied dossier-cli.jar and its lib/, e.g. `cp -r dossier-cli/target/{dossier-cli.jar,lib} /tmp/old` at the
# old commit), each with the launcher's extract options and its own class archive (trained as the launcher trains
# it), and boilerpipe's process, one after another, ROUNDS times over COPIES x the 181 scrapinghub pages; prints the
# CPU seconds (user + sys) of each run, the medians, the boilerpipe/extract CPU ratios and whether the two outputs are
# byte-identical. Under load only the CPU seconds and their ratios compare. Needs CP (run through bench/run.sh extract-pair).
# Usage: bench/extract-pair.sh OLD_DIR [ROUNDS [COPIES]]   (default 3 rounds, 10 copies: 1,810 pages)
set -euo pipefail
cd "$(dirname "$0")/.."
: "${CP:?run through bench/run.sh extract-pair}"
old="$(realpath "${1:?usage: bench/extract-pair.sh OLD_DIR [ROUNDS [COPIES]]}")"
rounds="${2:-3}"; copies="${3:-10}"
src=../shared/bench/extraction/scrapinghub/html
tmp="$(mktemp -d -t dossier-extract-pair.XXXXXX)"
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/pages"
for c in $(seq "$copies"); do
  for f in "$src"/*.html.gz; do cp "$f" "$tmp/pages/c$c-${f##*/}"; done
done
./dossier --version >/dev/null   # builds this checkout's jar and its class archive first if needed
base="-Xmx2g -XX:+UseSerialGC"
if [ ! -f "$old/dossier.jsa" ] || [ "$old/dossier-cli.jar" -nt "$old/dossier.jsa" ]; then
  java $base -XX:ArchiveClassesAtExit="$old/dossier.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -Ddossier.home="$PWD" \
      -jar "$old/dossier-cli.jar" ingest --data "$tmp/train" examples/corpus >/dev/null 2>&1 || true
fi
one() {   # NAME JAR_DIR
  local opts="$base -XX:TieredStopAtLevel=1"
  [ -f "$2/dossier.jsa" ] && opts="$opts -XX:SharedArchiveFile=$2/dossier.jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
  # shellcheck disable=SC2086
  /usr/bin/time -o "$tmp/t" -f "%e %U %S" java $opts -Ddossier.home="$PWD" -jar "$2/dossier-cli.jar" extract --json \
      "$tmp"/pages/* >"$tmp/$1.out" 2>"$tmp/$1.err" || { cat "$tmp/$1.err" >&2; exit 1; }
  awk '{ print $2 + $3, $1 }' "$tmp/t" >>"$tmp/$1.cpu"
}
for i in $(seq "$rounds"); do
  /usr/bin/time -o "$tmp/t" -f "%e %U %S" java -Xmx2g -XX:+UseSerialGC -cp "$CP" org.dossier.bench.BoilerpipeProcess \
      "$tmp"/pages/* >/dev/null 2>&1
  awk '{ print $2 + $3, $1 }' "$tmp/t" >>"$tmp/boilerpipe.cpu"
  one old "$old"; one new dossier-cli/target
  echo "round $i (CPU s, wall s): boilerpipe $(tail -n1 "$tmp/boilerpipe.cpu"); old $(tail -n1 "$tmp/old.cpu"); new $(tail -n1 "$tmp/new.cpu")"
done
med() { sort -g "$1" | awk '{ v[NR]=$1 } END { print v[int((NR+1)/2)] }'; }
b=$(med "$tmp/boilerpipe.cpu"); o=$(med "$tmp/old.cpu"); n=$(med "$tmp/new.cpu")
echo "median CPU s: boilerpipe $b, old $o, new $n; boilerpipe/old $(awk "BEGIN { printf \"%.2f\", $b / $o }")x, boilerpipe/new $(awk "BEGIN { printf \"%.2f\", $b / $n }")x, new/old $(awk "BEGIN { printf \"%.3f\", $n / $o }")"
cmp -s "$tmp/old.out" "$tmp/new.out" && echo "outputs byte-identical ($(wc -l <"$tmp/new.out") lines)" || echo "OUTPUTS DIFFER"
