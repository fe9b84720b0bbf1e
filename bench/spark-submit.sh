#!/usr/bin/env bash
# The job as a cluster runs it (bench/run.sh spark-submit [ANALYSIS]): builds the -Pbundle jar (slow, ~650 MB),
# then runs it through Spark's own entry point, org.apache.spark.deploy.SparkSubmit (what the spark-submit script
# runs), on the class path of Spark's jars (the plain build's class path without Dossier's own jar: Spark, Scala,
# Hadoop and their dependencies, as a Spark distribution's jars/ folder holds them), with
# --master local[2] and the seeds as input; then reads the written tables back under SparkSubmit too
# (MembershipTsv: articles joined to membership) and checks every seed is an article and the five are one story.
# ANALYSIS: "no" passes --analysis no (no CoreNLP); default: the whole job.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
./dossier spark --help >/dev/null 2>&1 || true   # the plain build: target/classpath.txt (Spark included)
bundle=dossier-spark/target/dossier-spark-bundle.jar
if [ ! -f "$bundle" ] || [ -n "$(find dossier-core/src dossier-spark/src -newer "$bundle" -name '*.java' | head -n 1)" ]; then
  mvn -q -B -o -Pbundle -DskipTests package -pl dossier-spark -am >"$work/bundle.log" 2>&1 \
      || { tail -n 30 "$work/bundle.log" >&2; exit 1; }
fi
echo "bundle: $(du -m "$bundle" | cut -f1) MB"
# Spark's side: the plain build's class path without Dossier's own jar (Spark, Scala, Hadoop and the libraries they
# bring: slf4j, Jackson, ... — a distribution's jars/ folder holds them too, so the bundle's copies of shared
# libraries meet Spark's as they would on a cluster).
tr ':' '\n' < dossier-spark/target/classpath.txt | grep -v '/dossier-core' | paste -sd: >"$work/spark-cp"
echo "Spark's class path: $(tr ':' '\n' < "$work/spark-cp" | wc -l) jars"
ls -d "$PWD"/../shared/corpus/seeds/*.txt >"$work/inputs.txt"
# The submit command as a script of its own, so that /usr/bin/time can run it (it cannot run a shell function).
cat >"$work/submit" <<EOF
#!/usr/bin/env bash
exec java ${DOSSIER_JAVA_OPTS:--Xmx3g} @dossier-spark/jvm.options -cp "$(cat "$work/spark-cp")" \\
    org.apache.spark.deploy.SparkSubmit --conf spark.ui.enabled=false --conf spark.driver.host=127.0.0.1 \\
    --conf spark.driver.bindAddress=127.0.0.1 "\$@"
EOF
chmod +x "$work/submit"
submit() { "$work/submit" "$@"; }
analysis=(); [ "${1:-}" = no ] && analysis=(--analysis no)
echo "+ spark-submit --master 'local[2]' --class org.dossier.spark.DossierJob $bundle --input inputs.txt --out out ${analysis[*]}"
/usr/bin/time -f "# job: %e s wall, %U s user, %S s sys, %M KB peak" -o "$work/time" \
    "$work/submit" --master 'local[2]' --class org.dossier.spark.DossierJob "$bundle" \
    --input "$work/inputs.txt" --out "$work/out" "${analysis[@]}" 2>"$work/job.log" \
    || { tail -n 30 "$work/job.log" >&2; exit 1; }
cat "$work/time"; grep -v 'WARN\|INFO\|^\s' "$work/job.log" | tail -n 3
submit --class org.dossier.spark.MembershipTsv "$bundle" "$work/out" >"$work/members.tsv" 2>"$work/read.log" \
    || { tail -n 30 "$work/read.log" >&2; exit 1; }
articles=$(wc -l <"$work/members.tsv"); stories=$(cut -f2 "$work/members.tsv" | sort -u | wc -l)
echo "read back under SparkSubmit: $articles articles in $stories stories; tables: $(ls "$work/out" | tr '\n' ' ')"
[ "$articles" -eq 5 ] && [ "$stories" -eq 1 ] || { echo "expected the 5 seeds in 1 story" >&2; exit 1; }
[ "${1:-}" = no ] || [ "$(ls "$work/out/dossiers" | wc -l)" -ge 1 ] || { echo "no dossiers written" >&2; exit 1; }
echo "spark-submit: ok"
