#!/usr/bin/env bash
# Long fuzz runs with Jazzer's command line: the targets of ReaderFuzzTest (dossier-core, org.dossier.fuzz: html,
# text, warc, feed, jsonl; entry FuzzMain) and of QueryFuzzTest (dossier-server: query, the search query parser;
# entry QueryFuzzMain). Each runs RUNS executions (default 1,000,000) or SECONDS of wall-clock time (default: no
# bound), starting from the seed inputs; a finding stops that target and leaves its input as crash-* in OUT/TARGET
# (add it to the seeds and fix it with a regression test). The entry warms its target up before fuzzing and prints
# at exit the executions per second of CPU time ("dossier-fuzz: ..."), the rate that compares on a shared machine.
# Only Dossier's own classes are instrumented (the libraries' edges cost time per execution and per class
# loading a class; Jazzer's sanitizer hooks are limited to the same classes; set FUZZ_INCLUDES to widen both, e.g.
# 'org.dossier.**:org.jsoup.**'). Runs at nice 19 (FUZZ_NICE=0: at normal priority).
# Usage: bench/fuzz.sh [OUT] [RUNS] [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-/tmp/dossier-fuzz}"; runs="${2:-1000000}"; secs="${3:-0}"; shift $(( $# > 3 ? 3 : $# ))
if [ $# -gt 0 ]; then targets=("$@"); else targets=(html text warc feed jsonl query); fi
includes="${FUZZ_INCLUDES:-org.dossier.**}"; niceness="${FUZZ_NICE:-19}"
mkdir -p "$out"
mvn -B -q -o -pl dossier-server -am test-compile
for m in dossier-core dossier-server; do
  mvn -B -q -o -pl "$m" dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/$m.cp" >/dev/null
done
# A copy of the compiled classes, so that a build in this checkout during a long run does not change them under it.
snap="$(cd "$out" && pwd)/classes"; rm -rf "$snap"; mkdir -p "$snap"
for d in dossier-core/target/classes dossier-core/target/test-classes dossier-server/target/classes \
         dossier-server/target/test-classes; do mkdir -p "$snap/$d"; cp -r "$d/." "$snap/$d/"; done
core="$snap/dossier-core/target/test-classes:$snap/dossier-core/target/classes"
server="$snap/dossier-server/target/test-classes:$snap/dossier-server/target/classes:$core"
declare -A seed=([html]=htmlExtractor [text]=textExtractor [warc]=warcReader [feed]=feedReader [jsonl]=jsonLinesReader)
for t in "${targets[@]}"; do
  if [ "$t" = query ]; then
    cp="$server:$(cat "$out/dossier-server.cp")"; entry=org.dossier.server.search.QueryFuzzMain
    inc="$includes:org.apache.lucene.queryparser.**" # the grammar's edges guide the fuzzer through the syntax
    seeds=dossier-server/src/test/resources/org/dossier/server/search/QueryFuzzTestInputs/searchQuery
  else
    cp="$core:$(cat "$out/dossier-core.cp")"; entry=org.dossier.fuzz.FuzzMain; inc="$includes"
    seeds=dossier-core/src/test/resources/org/dossier/fuzz/ReaderFuzzTestInputs/${seed[$t]}
  fi
  mkdir -p "$out/$t/corpus"; cp -n "$seeds"/* "$out/$t/corpus/" 2>/dev/null || true
  start=$(date +%s)
  (cd "$out/$t" && nice -n "$niceness" java -Xmx1g -XX:+UseSerialGC -Ddossier.fuzz.target="$t" -cp "$cp" \
      com.code_intelligence.jazzer.Jazzer --target_class="$entry" --instrumentation_includes="$inc" --custom_hook_includes="$inc" \
      -runs="$runs" -max_total_time="$secs" -rss_limit_mb=2048 -timeout=60 -print_final_stats=1 corpus) \
      > "$out/$t.log" 2>&1 && rc=0 || rc=$?
  echo "$t: rc=$rc, $(( $(date +%s) - start )) s wall; $(grep -Eo 'Done [0-9]+ runs in [0-9]+ second' "$out/$t.log" | tail -1);" \
       "$(grep -Eo 'cov: [0-9]+' "$out/$t.log" | tail -1) edges; $(grep -h '^dossier-fuzz' "$out/$t.log" || echo 'no rate line')"
done
