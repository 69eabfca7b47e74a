#!/usr/bin/env bash
# Translation-memory benchmark (by hand; not part of mvn verify): a TMX corpus replicated to N units
# (default 1,000,000; each copy's strings get a distinct numeric suffix), imported into a fresh Pensieve memory
# under /usr/bin/time -v (units/s, CPU time, peak resident memory), then exact and fuzzy lookup latency (p50/p95
# of wall-clock and of the thread's CPU time, after 200 untimed lookups: on a shared machine the CPU time is what a
# lookup costs, the wall clock what it waited besides).
# Usage: bench/memory.sh [N] [QUERIES] [CORPUS.tmx]      Needs: a built tree, /usr/bin/time.
# CORPUS defaults to the repository's 300-unit sample of debian-l10n (testdata/); the README's figures were taken
# with the whole kk-ru-en.tmx (7,731 units; testdata/README.md says where it comes from).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-1000000}
queries=${2:-1000}
corpus=${3:-$here/testdata/debian-l10n/kk-ru-en-first300.tmx}
[ -f "$corpus" ] || { echo "missing $corpus" >&2; exit 2; }
work=$(mktemp -d /tmp/tilmash-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
# One reactor build, so that tmx's classpath names okapi-steps/target/classes (the last module writes cp.txt).
mvn -B -o -q -f "$here/pom.xml" test-compile dependency:build-classpath -pl tmx -am \
    -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=test >/dev/null
cp="$here/tmx/target/test-classes:$here/tmx/target/classes:$(cat "$work/cp.txt")"
main=org.tilmash.tmx.MemoryBenchmark
java -cp "$cp" $main generate "$corpus" "$n" "$work/big.tmx"
# A small fixed heap: the import must stream (it cannot hold 1,000,000 units in 256 MB of heap).
/usr/bin/time -v java -Xmx256m -cp "$cp" $main import "$work/big.tmx" "$work/tm" 2> "$work/time.txt"
grep -E 'Maximum resident set size|Elapsed \(wall clock\)|User time|System time' "$work/time.txt"
du -sh "$work/tm" | sed 's/^/memory on disk: /'
java -Xmx256m -cp "$cp" $main lookup "$corpus" "$work/tm" "$queries"
