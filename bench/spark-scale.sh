#!/usr/bin/env bash
# The Spark scale benchmark (bench/run.sh spark [N [FILES]]): N pages made from the shared pages (scrapinghub's HTML
# and the seeds, each copy new bytes of a known text) in FILES WARCs, then the job (./dossier spark) at local[1] and
# local[2] on the same input, each in a fresh JVM. Prints pages/s of each run, the ratio, articles/s per core for each
# phase (read+extract, stories, analysis) and the core-hours 1 billion pages would take at these rates.
# SPARK_JOB_OPTS adds options of the job (e.g. '--stories distributed' to measure the distributed stories step).
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-5000}"; files="${2:-8}"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
./dossier spark --help >/dev/null 2>&1 || true   # builds the module if needed
CP="dossier-spark/target/dossier-spark.jar:$(cat dossier-spark/target/classpath.txt)"
java -cp "$CP" org.dossier.spark.bench.BenchWarcs "$work/in" "$n" "$files" \
    ../shared/bench/extraction/scrapinghub/html ../shared/corpus/seeds >/dev/null
for m in 1 2; do
  DOSSIER_JAVA_OPTS="${DOSSIER_JAVA_OPTS:--Xmx4g}" /usr/bin/time -f "%e %U %S" -o "$work/time-$m" \
      ./dossier spark --master "local[$m]" --input "$work/in/inputs.txt" --out "$work/out-$m" ${SPARK_JOB_OPTS:-} \
      2>"$work/job-$m.log" || true
  if ! grep -q '^phases:' "$work/job-$m.log"; then
    echo "local[$m] failed:" >&2; tail -n 20 "$work/job-$m.log" >&2; exit 1
  fi
  echo "local[$m]: $(grep ' inputs: ' "$work/job-$m.log" | tail -n 1)"
  echo "local[$m]: $(grep '^phases:' "$work/job-$m.log"); process wall/user/sys s: $(cat "$work/time-$m")"
done
awk -v n="$n" '
  FNR == 1 { m++ }
  / inputs: / { split($0, a, " pages, "); split(a[1], b, " "); pages[m] = b[3]; split(a[2], c, " "); arts[m] = c[1] }
  /^phases:/ { gsub(/,/, ""); ex[m] = $3; st[m] = $6; an[m] = $9 }
  END {
    for (i = 1; i <= 2; i++) {
      t = ex[i] + st[i] + an[i]
      printf "local[%d]: %d pages in %.1f s of phases: %.1f pages/s; articles/s per core: read+extract %.2f, stories %.2f, analysis %.2f\n",
          i, pages[i], t, pages[i] / t, arts[i] / ex[i] / i, arts[i] / st[i], arts[i] / an[i] / i
    }
    printf "local[2] / local[1] throughput: %.2fx (read+extract %.2fx, stories %.2fx, analysis %.2fx)\n",
        (ex[1] + st[1] + an[1]) / (ex[2] + st[2] + an[2]), ex[1] / ex[2], st[1] / st[2], an[1] / an[2]
    # core-seconds per page at local[1] (one core, no contention); the stories phase runs on one core (the driver)
    cex = ex[1] / pages[1]; cst = st[1] / pages[1]; can = an[1] / pages[1]
    printf "1 billion pages at local[1] rates: %.0f core-hours (read+extract %.0f, stories %.0f, analysis %.0f; %s dominates)\n",
        (cex + cst + can) * 1e9 / 3600, cex * 1e9 / 3600, cst * 1e9 / 3600, can * 1e9 / 3600,
        (can >= cex && can >= cst) ? "analysis" : (cex >= cst ? "read+extract" : "stories")
  }' "$work/job-1.log" "$work/job-2.log"
