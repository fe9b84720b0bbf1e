#!/usr/bin/env bash
# Runs one of Dossier's benchmarks (never part of `mvn verify`); figures go to docs/BENCHMARKS.md.
#   bench/run.sh extraction [ROUNDS [WARMUP]]  body F1 on ../shared/bench/extraction + pages/s vs boilerpipe, bare jsoup
#   bench/run.sh clustering            B-cubed F1 of `dossier cluster` on ECB+ dev
#   bench/run.sh spark-ecb [N [MODE [DAYS [CL]]]]  B-cubed F1 of the Spark job (local[N], --stories MODE) on ECB+ dev
#   bench/run.sh throughput [N] [SECS] dedup + clustering on a synthetic stream of N articles (default 1,000,000)
#   bench/run.sh annotate              tokens/s of the annotate stage vs the full CoreNLP pipeline
#   bench/run.sh heldout               quote recall, speakers, TIMEX3 values on the held-out English sets vs full CoreNLP
#   bench/run.sh time-windows [N]      SUTime on trigger stretches vs whole sentences: differing times, CPU (N ECB+ lines)
#   bench/run.sh time-triggers [N]    what each class of time trigger yields (SUTime on whole sentences), tokens SUTime reads
#   bench/run.sh report [RUNS]         cold `dossier report` on the seeds: wall time and peak RSS
#   bench/run.sh report-throughput [RUNS [COPIES [ECB]]]  cold `dossier report` over ~1,300 varied pages: tokens/s per core
#   bench/run.sh commands [RUNS [COPIES [N]]]  cold `dossier extract --json` on 10x scrapinghub vs boilerpipe, ingest of N
#   bench/run.sh ingest-split [N]      CPU of `dossier ingest` of N page copies by thread and stage (timing log + JFR)
#   bench/run.sh ingest-pair OLD [N]   same-run pair: this checkout's ingest of N page copies beside the jar in OLD (CPU s, RSS)
#   bench/run.sh extract-profile [ROUNDS]  warm CPU per page of extraction and language, one thread (JFR-ready)
#   bench/run.sh extract-pair OLD [ROUNDS [COPIES]]  same-run CPU of this checkout's extract --json, the jar in OLD, boilerpipe
#   bench/run.sh extract-split [COPIES]  cold `dossier extract --json` under JFR: CPU split by step, hottest methods
#   bench/run.sh language-agreement (labels | REF.tsv [LETTERS,...])  the stage's labels / openings' labels vs REF.tsv
#   bench/run.sh serve [N [SECS [CLIENTS]]]  serve latency on N page copies (10,000): story page, search, load, 100k list
#   bench/run.sh spark [N [FILES]]     the Spark job at local[1] (pinned, unpinned), local[2] on N pages (5,000) in FILES WARCs (8)
#   bench/run.sh spark-merge [DAYS]    the distributed merge rule chosen on ECB+ dev (whole and halves), without Spark
#   bench/run.sh spark-steps [DAYS]    where the Spark job's stories lose B-cubed F1 against `dossier cluster` on ECB+ dev, step by step
#   bench/run.sh spark-submit          the -Pbundle jar under SparkSubmit (local[2]) on the seeds; checks the tables load
#   bench/run.sh crosslang [SET...]    stories across languages: B-cubed, false joins, cross-language pairs (batch and ingest)
#   bench/run.sh samelang [SET...]     stories in one language with follow-ups and distractors: B-cubed, false joins, splits
#   bench/run.sh feed [ITEMS [ROUNDS]] feed reader: CPU ms per read of a built feed of ITEMS items (1,000), one-item feeds
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=../shared/bench
what="${1:-}"; shift || true
build() {
  mkdir -p target
  mvn -q -B -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/cp.txt \
      -Dmdep.includeScope=runtime -pl dossier-bench -am >target/bench-build.log 2>&1 \
      || { cat target/bench-build.log >&2; exit 1; }
  CP="dossier-bench/target/classes:$(cat dossier-bench/target/cp.txt)"
}
cli() {
  ./dossier --version >/dev/null   # builds the command-line jar first if needed
}
echo "# $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, commit $(git rev-parse --short HEAD), $(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg)"
case "$what" in
  extraction)
    build; pred="$(mktemp -d)"
    java -cp "$CP" org.dossier.bench.ExtractionBench "$SHARED/extraction/scrapinghub/html" "$pred" "${1:-7}" ${2:-}
    python3 "$SHARED/extraction/score.py" "$SHARED/extraction/scrapinghub" "$pred" | tail -n 1 ;;
  clustering)
    cli; pred="$(mktemp)"
    ./dossier cluster "$SHARED/clustering/ecbplus_dev.jsonl" >"$pred"
    python3 "$SHARED/clustering/score.py" "$SHARED/clustering/ecbplus_dev.jsonl" "$pred" | tail -n 1 ;;
  spark-ecb)
    ./dossier spark --help >/dev/null 2>&1 || true   # builds the Spark job first if needed
    work="$PWD/target/spark-ecb"; rm -rf "$work"; mkdir -p "$work"; realpath "$SHARED/clustering/ecbplus_dev.jsonl" >"$work/inputs.txt"
    /usr/bin/time -f "# job: %e s wall, %U s user, %S s sys, %M KB peak" ./dossier spark --master "local[${1:-2}]" \
        --input "$work/inputs.txt" --out "$work/out" --stories "${2:-distributed}" --window-days "${3:-30}" --clustering "${4:-batch}" --analysis no 2>"$work/job.log" \
        || [ $? -eq 1 ] || { tail -n 20 "$work/job.log" >&2; exit 1; }   # 1: some records refused (listed in the log)
    grep '^# job' "$work/job.log"; grep -v '^#\|WARN\|INFO' "$work/job.log" | tail -n 1
    java ${DOSSIER_JAVA_OPTS:--Xmx2g} @dossier-spark/jvm.options -Dspark.ui.enabled=false -Dspark.driver.host=127.0.0.1 \
        -Dspark.driver.bindAddress=127.0.0.1 -cp "dossier-spark/target/dossier-spark.jar:$(cat dossier-spark/target/classpath.txt)" \
        org.dossier.spark.MembershipTsv "$work/out" >"$work/pred.tsv" 2>"$work/tsv.log"
    python3 "$SHARED/clustering/score.py" "$SHARED/clustering/ecbplus_dev.jsonl" "$work/pred.tsv" | tail -n 1 ;;
  throughput)
    build
    java -Xmx2g -cp "$CP" org.dossier.bench.ThroughputBench "$SHARED/clustering/ecbplus_dev.jsonl" \
        "${1:-1000000}" 365 "${2:-290}" ;;
  annotate)
    build
    java -Xmx6g -cp "$CP" org.dossier.bench.AnnotateBench ;;
  heldout)
    build; sets=dossier-core/src/test/resources/org/dossier/annotate
    java -Xmx8g -cp "$CP" org.dossier.bench.HeldOutBench "$sets/heldout-news-en.txt" "$sets/heldout-news-en-b.txt" "$sets/heldout-news-en-c.txt" \
        "$sets/heldout-news-en-d.txt" "$sets/heldout-news-en-e.txt" \
        "$sets/heldout-news-en-f.txt" "$sets/heldout-news-en-g.txt" "$sets/heldout-news-en-h.txt" \
        "$sets/heldout-news-en-i.txt" "$sets/heldout-news-en-j.txt" "$sets/heldout-news-en-k.txt" ;;
  time-windows)
    build; sets=dossier-core/src/test/resources/org/dossier/annotate; lines="$(mktemp --suffix=.jsonl)"
    head -n "${1:-250}" "$SHARED/clustering/ecbplus_dev.jsonl" >"$lines"
    java -Xmx3g -cp "$CP" org.dossier.bench.TimeWindowsBench "$sets"/heldout-news-en*.txt "$sets"/heldout-times-en-*.txt \
        ../shared/corpus/seeds "$lines" ;;
  time-triggers)
    build; sets=dossier-core/src/test/resources/org/dossier/annotate; lines="$(mktemp --suffix=.jsonl)"
    head -n "${1:-772}" "$SHARED/clustering/ecbplus_dev.jsonl" >"$lines"
    java -Xmx3g -cp "$CP" org.dossier.annotate.TimeTriggerYield "$sets"/heldout-news-en*.txt "$sets"/heldout-times-en-*.txt \
        ../shared/corpus/seeds "$lines" ;;
  commands)
    build; cli; CP="$CP" bench/commands.sh "$@" ;;
  ingest-split)
    build; cli; CP="$CP" bench/ingest-split.sh "$@" ;;
  ingest-pair)
    build; cli; CP="$CP" bench/ingest-pair.sh "$@" ;;

  extract-pair)
    build; cli; CP="$CP" bench/extract-pair.sh "$@" ;;
  extract-split)
    cli; bench/extract-split.sh "$@" ;;
  extract-profile)
    build
    java -cp "$CP" org.dossier.bench.ExtractProfile "$SHARED/extraction/scrapinghub/html" "${1:-15}" ;;
  language-agreement)   # labels > REF.tsv (with one build), then REF.tsv [LETTERS,...] (with another)
    build; inputs=("$SHARED/extraction/scrapinghub/html" "$SHARED/clustering/ecbplus_dev.jsonl" \
        dossier-core/src/test/resources/org/dossier/extract/metadata ../shared/corpus/seeds)
    if [ "${1:-}" = labels ]; then
      java -cp "$CP" org.dossier.bench.LanguageAgreement labels "${inputs[@]}" 2>/dev/null
    else
      java -cp "$CP" org.dossier.bench.LanguageAgreement "${2:-100,150,200,250,300}" "${1:?labels file}" "${inputs[@]}" 2>/dev/null
    fi ;;
  serve)
    build; mkdir -p target/serve-bench
    java -Xmx3g -Dserve.stories="${SERVE_STORIES:-6}" -cp "$CP" org.dossier.bench.ServeBench "$SHARED/extraction/scrapinghub/html" "${1:-10000}" \
        "${2:-30}" "${3:-16}" target/serve-bench ;;
  report)
    bench/report-cold.sh ../shared/corpus/seeds "${1:-3}" ;;
  spark)
    bench/spark-scale.sh "${1:-5000}" "${2:-8}" ;;
  spark-submit)
    bench/spark-submit.sh "$@" ;;
  spark-merge)
    ./dossier spark --help >/dev/null 2>&1 || true
    mvn -q -B -o -DskipTests test-compile -pl dossier-spark -am >target/spark-merge-build.log 2>&1 \
        || { cat target/spark-merge-build.log >&2; exit 1; }
    java -Xmx2g -cp "dossier-core/target/classes:dossier-spark/target/classes:dossier-spark/target/test-classes:$(tr ':' '\n' \
        < dossier-spark/target/classpath.txt | grep -v '/dossier-core' | paste -sd:)" org.dossier.spark.MergeTuning \
        "$SHARED/clustering/ecbplus_dev.jsonl" "${1:-30}" "${2:-batch}" 2>/dev/null ;;
  spark-steps)
    ./dossier spark --help >/dev/null 2>&1 || true
    mvn -q -B -o -DskipTests test-compile -pl dossier-spark -am >target/spark-merge-build.log 2>&1 \
        || { cat target/spark-merge-build.log >&2; exit 1; }
    java -Xmx2g -cp "dossier-core/target/classes:dossier-spark/target/classes:dossier-spark/target/test-classes:$(tr ':' '\n' \
        < dossier-spark/target/classpath.txt | grep -v '/dossier-core' | paste -sd:)" org.dossier.spark.JobSteps \
        "$SHARED/clustering/ecbplus_dev.jsonl" "${1:-30}" 2>/dev/null ;;
  report-throughput)
    bench/report-throughput.sh "$@" ;;
  crosslang)
    build; cli; CP="$CP" bench/crosslang.sh "$@" ;;
  samelang)
    build; cli; CP="$CP" BENCH_NAME=samelang bench/crosslang.sh "$@" ;;
  feed)
    build
    java -Xmx1g -cp "$CP" org.dossier.bench.FeedBench "${1:-1000}" "${2:-20}" ;;
  *)
    sed -n '2,/^set -euo/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
