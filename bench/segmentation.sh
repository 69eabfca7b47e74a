#!/usr/bin/env bash
# Repair + segmentation throughput and memory on the sample repeated to 20 MB and to 80 MB, with tilmash's SRX rules
# (median of RUNS runs) and, in the same JVM, Okapi's default rules (once, on OKAPI_MB: they are ~100x slower).
# Each size runs in its own JVM under /usr/bin/time -v, so "Maximum resident set size" shows whether memory grows
# with the input. Usage: bench/segmentation.sh [RUNS] [OKAPI_MB]     (run by hand; never part of mvn verify)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
OKAPI_MB=${2:-4}
mvn -B -o -q test-compile -pl okapi-steps
CP_FILE=$(mktemp)
trap 'rm -f "$CP_FILE"' EXIT
mvn -B -o -q dependency:build-classpath -pl okapi-steps -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE"
CP="okapi-steps/target/classes:okapi-steps/target/test-classes:$(cat "$CP_FILE")"
for MB in 20 80; do
  echo "== corpus of $MB MB (-Xmx256m)"
  /usr/bin/time -v java -Xmx256m -cp "$CP" org.tilmash.steps.segment.SegmentationBenchmark \
      seeds/eurasian-integration.kk.txt "$MB" "$RUNS" "$OKAPI_MB" 2> >(grep -E 'Maximum resident|Elapsed|Percent of CPU' >&2) \
    | grep -v '^SLF4J'
done
