#!/usr/bin/env bash
# Full-run throughput and memory (issue 13): `tilmash run` under -Xmx512m on the sample repeated 500 times
# (seeds/eurasian-integration.{kk,ru,en}.txt: kk ~20 MB, ru ~19 MB, en ~10 MB), kk alone and with both
# translations, and `tilmash segment` on the same Kazakh file in the same benchmark run. Medians of RUNS runs
# (default 3) of wall time, CPU time (user+sys, less sensitive to a loaded machine) and peak RSS (/usr/bin/time).
# MB/s counts every input file of the run. Then the speed-up from --threads 1 to --threads 2 on a folder of 8
# documents (when run has --threads; "1 thread" is one thread for everything, "2 threads" two documents at once or a
# document's parts on the second thread), and the ceiling this machine sets on it: two one-thread runs in separate
# JVMs at once against one alone. Inputs are generated under target/bench-run (never committed).
# Usage: bench/run.sh [RUNS]      (run by hand; never part of mvn verify; TILMASH_JAR: another build to measure)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
jar=${TILMASH_JAR:-cli/target/tilmash.jar}
[ -f "$jar" ] || mvn -B -o -q package -DskipTests
dir=target/bench-run
mkdir -p "$dir/kk" "$dir/triple" "$dir/eight"
for lang in kk ru en; do
  file=$dir/triple/big.$lang.txt
  if [ ! -f "$file" ]; then
    for _ in $(seq 500); do cat "seeds/eurasian-integration.$lang.txt"; printf '\n\n'; done > "$file"
  fi
done
cp -u "$dir/triple/big.kk.txt" "$dir/kk/big.kk.txt"
for i in 1 2 3 4 5 6 7 8; do
  for lang in kk ru en; do
    [ -f "$dir/eight/doc$i.$lang.txt" ] || for _ in $(seq 25); do
      cat "seeds/eurasian-integration.$lang.txt"; printf '\n\n'; done > "$dir/eight/doc$i.$lang.txt"
  done
done
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# measure NAME BYTES CMD...: RUNS runs; prints median wall s, MB/s, CPU s per MB, peak RSS MB
measure() {
  local name=$1 bytes=$2
  shift 2
  local times=$dir/$name.times
  : > "$times"
  last_wall=0
  for _ in $(seq "$RUNS"); do
    rm -rf "$dir/out"
    /usr/bin/time -a -o "$times" -f '%e %U %S %M' "$@" >/dev/null 2>"$dir/$name.err" \
      || { echo "$name: failed: $(head -2 "$dir/$name.err")"; return; }
  done
  local mb wall cpu rss
  mb=$(echo "scale=3; $bytes / 1048576" | bc)
  wall=$(awk '{print $1}' "$times" | median)
  cpu=$(awk '{print $2 + $3}' "$times" | median)
  rss=$(awk '{print $4}' "$times" | median)
  last_wall=$wall
  printf '%-26s %7.1f MB %8.2f s %8.2f MB/s %8.3f CPU s/MB %7d MB peak RSS\n' "$name" "$mb" "$wall" \
    "$(echo "$mb / $wall" | bc -l)" "$(echo "$cpu / $mb" | bc -l)" "$((rss / 1024))"
}

tilmash=(java -Xmx512m -jar "$jar")
kk_bytes=$(stat -c %s "$dir/kk/big.kk.txt")
triple_bytes=$(cat "$dir"/triple/big.*.txt | wc -c)
measure "segment kk" "$kk_bytes" "${tilmash[@]}" segment "$dir/kk/big.kk.txt"
measure "run kk only" "$kk_bytes" "${tilmash[@]}" run "$dir/kk" --out "$dir/out"
measure "run kk+ru+en" "$triple_bytes" "${tilmash[@]}" run "$dir/triple" --out "$dir/out"
if "${tilmash[@]}" run --help | grep -q -- --threads; then
  eight_bytes=$(cat "$dir"/eight/*.txt | wc -c)
  measure "run 8 documents, 1 thread" "$eight_bytes" "${tilmash[@]}" run "$dir/eight" --out "$dir/out" --threads 1
  one_thread=${last_wall:-0}
  measure "run 8 documents, 2 threads" "$eight_bytes" "${tilmash[@]}" run "$dir/eight" --out "$dir/out" --threads 2
  [ "$one_thread" != 0 ] && [ "$last_wall" != 0 ] && printf 'speed-up from 1 to 2 threads: %.2fx (wall time; goal 1.7x)\n' \
    "$(echo "$one_thread / $last_wall" | bc -l)"
  # The machine's own ceiling for that figure: one document run on one thread, alone and as two separate JVMs at
  # once (nothing shared but the hardware). Two cores that each keep their speed give 2.0x.
  mkdir -p "$dir/one-a" "$dir/one-b"
  cp -u "$dir"/eight/doc1.* "$dir/one-a/" && cp -u "$dir"/eight/doc2.* "$dir/one-b/"
  : > "$dir/ceiling.times"
  for _ in $(seq "$RUNS"); do
    start=$(date +%s.%N)
    "${tilmash[@]}" run "$dir/one-a" --out "$dir/out-a" --threads 1 >/dev/null 2>&1
    alone=$(echo "$(date +%s.%N) - $start" | bc)
    rm -rf "$dir/out-a"
    start=$(date +%s.%N)
    "${tilmash[@]}" run "$dir/one-a" --out "$dir/out-a" --threads 1 >/dev/null 2>&1 &
    "${tilmash[@]}" run "$dir/one-b" --out "$dir/out-b" --threads 1 >/dev/null 2>&1
    wait
    both=$(echo "$(date +%s.%N) - $start" | bc)
    rm -rf "$dir/out-a" "$dir/out-b"
    echo "$alone $both" >> "$dir/ceiling.times"
  done
  printf 'two one-thread JVMs at once: %.2fx the work of one in the same time (median; 2.0 = two full cores)\n' \
    "$(awk '{print 2 * $1 / $2}' "$dir/ceiling.times" | median)"
else
  echo "run has no --threads yet: no thread speed-up measured"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
