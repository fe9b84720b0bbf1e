#!/usr/bin/env bash
# Long fuzz runs with Jazzer's command line over the targets of ReaderFuzzTest (dossier-core, org.dossier.fuzz):
# html, text, warc, feed, jsonl. Each runs RUNS executions (default 1,000,000), starting from the seed inputs of
# ReaderFuzzTestInputs; a finding stops that target and leaves its input as crash-* in OUT/TARGET (add it to the seeds
# and fix it with a regression test). Prints executions and seconds per target. -timeout is per input and generous:
# the first inputs of a run also pay for instrumenting jsoup, jwarc and Rome.
# Usage: bench/fuzz.sh [OUT] [RUNS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-/tmp/dossier-fuzz}"; runs="${2:-1000000}"; shift $(( $# > 2 ? 2 : $# ))
if [ $# -gt 0 ]; then targets=("$@"); else targets=(html text warc feed jsonl); fi
mvn -B -q -o -pl dossier-core -am test-compile
mvn -B -q -o -pl dossier-core dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out.cp" >/dev/null
cp="$PWD/dossier-core/target/test-classes:$PWD/dossier-core/target/classes:$(cat "$out.cp")"
seeds=dossier-core/src/test/resources/org/dossier/fuzz/ReaderFuzzTestInputs
declare -A seed=([html]=htmlExtractor [text]=textExtractor [warc]=warcReader [feed]=feedReader [jsonl]=jsonLinesReader)
for t in "${targets[@]}"; do
  mkdir -p "$out/$t/corpus"; cp -n "$seeds/${seed[$t]}"/* "$out/$t/corpus/" 2>/dev/null || true
  start=$(date +%s)
  (cd "$out/$t" && java -Xmx2g -Ddossier.fuzz.target="$t" -cp "$cp" \
      com.code_intelligence.jazzer.Jazzer --target_class=org.dossier.fuzz.FuzzMain \
      --instrumentation_includes='org.dossier.**:org.jsoup.**:org.netpreserve.**:com.rometools.**:com.fasterxml.**' \
      -runs="$runs" -rss_limit_mb=2560 -timeout=90 corpus) > "$out/$t.log" 2>&1 && rc=0 || rc=$?
  echo "$t: rc=$rc, $(( $(date +%s) - start )) s, $(grep -Eo 'Done [0-9]+ runs|#[0-9]+' "$out/$t.log" | tail -1)"
done
