#!/usr/bin/env bash
# Benchmark of `tilmash coverage`'s counter: 1,000 XLIFF 1.2 files with 1,000,000 trans-units in all, generated into
# a temporary directory, counted once. Prints units/s and wall time (from the Java main class) and the peak
# resident memory (from /usr/bin/time -v). Usage: bench/coverage.sh [FILES] [UNITS]   (not part of mvn verify)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -o -q test-compile -pl coverage -am
mvn -B -o -q dependency:build-classpath -pl coverage -Dmdep.outputFile="$PWD/coverage/target/bench.classpath" >/dev/null
CP="coverage/target/test-classes:coverage/target/classes:$(cat coverage/target/bench.classpath)"
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
/usr/bin/time -v java ${JAVA_OPTS:--Xmx256m} -cp "$CP" org.tilmash.coverage.CoverageBenchmark "$DIR" "${1:-1000}" "${2:-1000000}" \
  2> >(grep -E 'Maximum resident|Elapsed \(wall' >&2)
du -sh "$DIR" | awk '{print "input size " $1}'
