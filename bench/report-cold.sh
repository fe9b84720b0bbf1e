#!/usr/bin/env bash
# Wall time and peak RSS of a cold `dossier report` (a new JVM, models loaded from scratch), repeated.
# Usage: bench/report-cold.sh [PATH] [RUNS]   (default: ../shared/corpus/seeds, 3 runs)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus/seeds}"
runs="${2:-3}"
./dossier --version >/dev/null   # builds the jar first if needed, so the build is not timed
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; commit $(git rev-parse --short HEAD); $(date -u +%F)"
for i in $(seq "$runs"); do
  /usr/bin/time -f "run $i: wall %e s, CPU %U s user + %S s sys, peak RSS %M KB" ./dossier report "$corpus" --format json -o /dev/null
done
