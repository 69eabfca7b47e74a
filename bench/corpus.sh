#!/usr/bin/env bash
# Benchmark of `tilmash corpus` on the embedded Spark engine with 1 and 2 workers (local[1], local[2]).
# The corpus: DOCS small document groups (kk/ru/en, text) cut from the Debian UI strings of
# testdata/debian-l10n/kk-ru-en-first4000.tsv (8 strings a document) and the sample article of seeds/ (3 paragraphs
# a document), made once in a temporary
# directory. Each configuration runs RUNS times into a fresh directory; prints the median wall time, documents per
# second, CPU time, and the peak resident memory of the JVM (/usr/bin/time -v; in local[N] the N workers are threads
# of that one JVM, so "per worker" is that figure divided by N, driver included), the 1-minute load average of the
# machine when each run starts (a shared machine: the wall-clock speed-up means little when the load is above the
# number of cores), and the CPU time a document costs beyond the fixed start-up (a one-document corpus).
# Usage: bench/corpus.sh [DOCS] [RUNS]   (default 400 documents, 3 runs; not part of mvn verify)
set -euo pipefail
cd "$(dirname "$0")/.."
DOCS=${1:-400}
RUNS=${2:-3}
mvn -B -q package -DskipTests -pl corpus -am
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
python3 - "$DIR/in" "$DOCS" <<'PY'
import os, sys
out, docs = sys.argv[1], int(sys.argv[2])
rows = [l.rstrip('\n').split('\t') for l in open('testdata/debian-l10n/kk-ru-en-first4000.tsv', encoding='utf-8')][1:]
kk, ru, en = (open(f'seeds/eurasian-integration.{x}.txt', encoding='utf-8').read().splitlines() for x in ('kk', 'ru', 'en'))
def write(path, lines):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    open(path, 'w', encoding='utf-8').write('\n'.join(l for l in lines if l.strip()) + '\n')
n = 0
for start in range(0, len(kk), 3):
    if n == docs: break
    end = min(len(kk), start + 3)
    base = f'{out}/seeds/part-{n:04d}'
    write(base + '.kk.txt', kk[start:end])
    write(base + '.ru.txt', ru[start * len(ru) // len(kk):end * len(ru) // len(kk)])
    write(base + '.en.txt', en[start * len(en) // len(kk):end * len(en) // len(kk)])
    n += 1
i = 0
while n < docs:
    piece = [rows[(i * 8 + j) % len(rows)] for j in range(8)]
    base = f'{out}/debian/{piece[0][0]}/{n:05d}'
    for col, lang in ((1, 'kk'), (2, 'ru'), (3, 'en')):
        write(f'{base}.{lang}.txt', [r[col] for r in piece])
    n += 1; i += 1
PY
echo "corpus: $DOCS document groups; $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
# One configuration, RUNS times: median wall time, CPU time (user + system) and peak RSS; the 1-minute load average
# (other processes on the machine) at the start of each run, as its median.
measure() { # label input workers
  : > "$DIR/times.$1"
  for run in $(seq "$RUNS"); do
    rm -rf "$DIR/out"
    load=$(cut -d' ' -f1 /proc/loadavg)
    /usr/bin/time -f '%e %U %S %M' -o "$DIR/time" ./tilmash corpus "$2" --out "$DIR/out" --master "local[$3]" >/dev/null
    echo "$(cat "$DIR/time") $load" >> "$DIR/times.$1"
  done
}
# The fixed cost (JVM, Spark, the job's start and merge) from a corpus of one document, to count CPU per document.
mkdir -p "$DIR/one/seeds" && cp "$DIR"/in/seeds/part-0000.* "$DIR/one/seeds/"
measure start "$DIR/one" 1
START_CPU=$(awk '{ print $2 + $3 }' "$DIR/times.start" | sort -n | awk '{ v[NR]=$1 } END { print v[int((NR+1)/2)] }')
START_WALL=$(awk '{ print $1 }' "$DIR/times.start" | sort -n | awk '{ v[NR]=$1 } END { print v[int((NR+1)/2)] }')
echo "start-up (one document, local[1]): median $START_WALL s wall, $START_CPU s CPU"
for workers in 1 2; do
  measure "$workers" "$DIR/in" "$workers"
  load=$(awk '{ print $5 }' "$DIR/times.$workers" | sort -n | awk '{ v[NR]=$1 } END { print v[int((NR+1)/2)] }')
  sort -n "$DIR/times.$workers" | awk -v w="$workers" -v d="$DOCS" -v s="$START_CPU" -v sw="$START_WALL" -v load="$load" '
    { wall[NR]=$1; cpu[NR]=$2+$3; rss[NR]=$4 }
    END { m=int((NR+1)/2);
      printf "local[%d]: median %.1f s wall, %.2f documents/s (%.2f beyond start-up), %.1f s CPU (%.3f s CPU a document beyond start-up), peak RSS %d MB (%d MB per worker), load average %.1f\n",
        w, wall[m], d/wall[m], d/(wall[m]-sw), cpu[m], (cpu[m]-s)/d, rss[m]/1024, rss[m]/1024/w, load }'
done | tee "$DIR/summary"
# The speed-up of the whole job (its start-up runs on one core whatever the workers), and of the documents' part
# beyond the start-up of a one-document corpus: what more workers change.
awk -v sw="$START_WALL" 'NR==1 { w1=$3; c1=$11 } NR==2 { w2=$3; c2=$11 }
  END { printf "speed-up with 2 workers: %.2fx wall clock (%.2fx beyond start-up); CPU time with 2 workers / with 1: %.2f\n", w1/w2, (w1-sw)/(w2-sw), c2/c1 }' \
  FS='[ ,(]+' "$DIR/summary"
