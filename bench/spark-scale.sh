#!/usr/bin/env bash
# The Spark scale benchmark (bench/run.sh spark [N [FILES]]): N pages made from the shared pages (scrapinghub's HTML
# and the seeds, each copy new bytes of a known text) in FILES WARCs, then the job (./dossier spark) on the same
# input, each run in a fresh JVM: local[1] pinned to one core (taskset -c 0, so that Spark's, the JIT's and the
# GC's threads share that core too), local[1] unpinned, and local[2] on both cores. Prints for each run pages/s
# (of the phases' wall time), the process' CPU seconds (user+sys) and the cores it used on average, articles/s per
# core for each phase (read+extract, stories, analysis), the local[2] / local[1] ratios pinned and unpinned, and
# the core-hours 1 billion pages would take at the pinned local[1] rates.
# SPARK_JOB_OPTS adds options of the job (e.g. '--stories distributed' to measure the distributed stories step).
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-5000}"; files="${2:-8}"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
./dossier spark --help >/dev/null 2>&1 || true   # builds the module if needed
CP="dossier-spark/target/dossier-spark.jar:$(cat dossier-spark/target/classpath.txt)"
java -cp "$CP" org.dossier.spark.bench.BenchWarcs "$work/in" "$n" "$files" \
    ../shared/bench/extraction/scrapinghub/html ../shared/corpus/seeds >/dev/null
command -v taskset >/dev/null || { echo "taskset not found (util-linux): cannot pin local[1]" >&2; exit 1; }
runs="1p 1 2"
for r in $runs; do
  m="${r%p}"; pin=""; [ "$r" = 1p ] && pin="taskset -c 0"
  DOSSIER_JAVA_OPTS="${DOSSIER_JAVA_OPTS:--Xmx4g}" /usr/bin/time -f "%e %U %S" -o "$work/time-$r" \
      $pin ./dossier spark --master "local[$m]" --input "$work/in/inputs.txt" --out "$work/out-$r" ${SPARK_JOB_OPTS:-} \
      2>"$work/job-$r.log" || true
  if ! grep -q '^phases:' "$work/job-$r.log"; then
    echo "local[$m] ($r) failed:" >&2; tail -n 20 "$work/job-$r.log" >&2; exit 1
  fi
  label="local[$m]$([ "$r" = 1p ] && echo ' pinned' || true)"
  echo "$label: $(grep ' inputs: ' "$work/job-$r.log" | tail -n 1)"
  echo "$label: $(grep '^phases:' "$work/job-$r.log"); process wall/user/sys s: $(cat "$work/time-$r")"
  { echo "run $r $m"; grep ' inputs: \|^phases:' "$work/job-$r.log"; echo "time $(cat "$work/time-$r")"; } >>"$work/all.log"
done
awk '
  /^run / { r = $2; cores[r] = $3; order[++k] = r }
  / inputs: / { split($0, a, " pages, "); split(a[1], b, " "); pages[r] = b[3]; split(a[2], c, " "); arts[r] = c[1] }
  /^phases:/ { gsub(/,/, ""); ex[r] = $3; st[r] = $6; an[r] = $9 }
  /^time / { wall[r] = $2; cpu[r] = $3 + $4 }
  END {
    for (i = 1; i <= k; i++) {
      r = order[i]; m = cores[r]; t = ex[r] + st[r] + an[r]
      printf "local[%d]%s: %d pages in %.1f s of phases: %.1f pages/s; process %.1f CPU s over %.1f s wall = %.2f cores; articles/s per core: read+extract %.2f, stories %.2f, analysis %.2f\n",
          m, r == "1p" ? " pinned" : "", pages[r], t, pages[r] / t, cpu[r], wall[r], cpu[r] / wall[r],
          arts[r] / ex[r] / m, arts[r] / st[r], arts[r] / an[r] / m
    }
    for (i = 1; i <= 2; i++) {
      r = i == 1 ? "1p" : "1"
      printf "local[2] / local[1]%s throughput: %.2fx (read+extract %.2fx, stories %.2fx, analysis %.2fx)\n",
          r == "1p" ? " pinned" : " unpinned", (ex[r] + st[r] + an[r]) / (ex["2"] + st["2"] + an["2"]),
          ex[r] / ex["2"], st[r] / st["2"], an[r] / an["2"]
    }
    # core-seconds per page at pinned local[1] (one core for everything the process does)
    r = "1p"; cex = ex[r] / pages[r]; cst = st[r] / pages[r]; can = an[r] / pages[r]
    printf "1 billion pages at pinned local[1] rates: %.0f core-hours (read+extract %.0f, stories %.0f, analysis %.0f; %s dominates)\n",
        (cex + cst + can) * 1e9 / 3600, cex * 1e9 / 3600, cst * 1e9 / 3600, can * 1e9 / 3600,
        (can >= cex && can >= cst) ? "analysis" : (cex >= cst ? "read+extract" : "stories")
  }' "$work/all.log"
