#!/usr/bin/env bash
# Sentence alignment benchmark: SentenceAligner on synthetic documents of N x ~N sentences (default 100,000).
# Prints sentences/s, the aligner's wall time and heap, then /usr/bin/time -v's wall clock and peak memory (RSS)
# of the whole JVM (including generating the documents). Not part of `mvn verify`.
# With "three", a second translation is made and aligned with the third side (TriangleAligner).
# Usage: bench/alignment.sh [N] [three]
set -euo pipefail
cd "$(dirname "$0")/.."
cp_file=$(mktemp)
trap 'rm -f "$cp_file"' EXIT
# One invocation, so the sibling modules (core, tmx) resolve to their target/classes; okapi-steps writes the file last.
mvn -B -o -q test-compile dependency:build-classpath -pl okapi-steps -am -Dmdep.includeScope=test \
  -Dmdep.outputFile="$cp_file"
classpath="okapi-steps/target/test-classes:okapi-steps/target/classes:$(cat "$cp_file")"
/usr/bin/time -v java -Xmx512m -cp "$classpath" org.tilmash.steps.align.AlignmentBenchmark "${1:-100000}" ${2:+"$2"} 2>&1 \
  | grep -E -v '^\s*(Average|Major|Minor|Voluntary|Involuntary|Swaps|File system|Socket|Signals|Page size|Exit status|Percent|System time|User time|Command being timed)'
