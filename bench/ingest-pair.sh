#!/usr/bin/env bash
# A same-run pair for ingest: this checkout's command-line jar and another one (OLD_DIR: a folder holding a copied
# dossier-cli.jar and its lib/, e.g. `cp -r dossier-cli/target/{dossier-cli.jar,lib} /tmp/old` at the old commit),
# each ingesting the same N page copies (PageCopies) into a fresh store, started together, with the launcher's JVM
# options; prints CPU seconds (user + sys), wall and peak RSS of each, and whether their article -> story tables
# agree. Under load only the CPU seconds and their ratio compare. Needs CP (run through bench/run.sh ingest-pair).
# Usage: bench/ingest-pair.sh OLD_DIR [N]   (default 3,000 pages)
set -euo pipefail
cd "$(dirname "$0")/.."
: "${CP:?run through bench/run.sh ingest-pair}"
old="${1:?usage: bench/ingest-pair.sh OLD_DIR [N]}"
n="${2:-3000}"
tmp="$(mktemp -d -t dossier-pair.XXXXXX)"
trap 'rm -rf "$tmp"' EXIT
java -cp "$CP" org.dossier.bench.PageCopies ../shared/bench/extraction/scrapinghub/html "$tmp/pages" "$n"
one() {   # NAME JAR_DIR
  /usr/bin/time -o "$tmp/$1.time" -f "%e %U %S %M" java -Xmx2g -XX:+UseSerialGC -jar "$2/dossier-cli.jar" ingest \
      --data "$tmp/$1" "$tmp/pages" >"$tmp/$1.out" 2>"$tmp/$1.err" || { cat "$tmp/$1.err" >&2; exit 1; }
}
one old "$old" & one new dossier-cli/target & wait
for side in old new; do
  read -r wall user sys rss <"$tmp/$side.time"
  echo "$side: $(awk "BEGIN { print $user + $sys }") s CPU, $wall s wall, $((rss / 1024)) MB peak; $(cat "$tmp/$side.out")"
  sqlite3 "$tmp/$side/dossier.db" "SELECT a.id, sa.story_id FROM articles a JOIN story_articles sa ON sa.article_id = a.id ORDER BY a.id" \
      | md5sum >"$tmp/$side.stories"
done
cmp -s "$tmp/old.stories" "$tmp/new.stories" && echo "same article -> story table" || echo "article -> story tables differ"
