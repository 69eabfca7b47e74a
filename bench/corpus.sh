#!/usr/bin/env bash
# Benchmark of `tilmash corpus` on the embedded Spark engine with 1 and 2 workers (local[1], local[2]).
# The corpus: DOCS small document groups (kk/ru/en, text) cut from the Debian UI strings of
# testdata/debian-l10n/kk-ru-en-first4000.tsv (8 strings a document) and the sample article of seeds/ (3 paragraphs
# a document), made once in a temporary
# directory. Each configuration runs RUNS times into a fresh directory; prints the median wall time, documents per
# second, CPU time, and the peak resident memory of the JVM (/usr/bin/time -v; in local[N] the N workers are threads
# of that one JVM, so "per worker" is that figure divided by N, driver included).
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
echo "corpus: $DOCS document groups"
for workers in 1 2; do
  for run in $(seq "$RUNS"); do
    rm -rf "$DIR/out"
    /usr/bin/time -f '%e %U %S %M' -o "$DIR/time" ./tilmash corpus "$DIR/in" --out "$DIR/out" --master "local[$workers]" >/dev/null
    cat "$DIR/time" >> "$DIR/times.$workers"
  done
  sort -n "$DIR/times.$workers" | awk -v w="$workers" -v d="$DOCS" '{ wall[NR]=$1; cpu[NR]=$2+$3; rss[NR]=$4 }
    END { m=int((NR+1)/2); printf "local[%d]: median %.1f s wall, %.1f documents/s, %.1f s CPU, peak RSS %d MB (%d MB per worker)\n",
      w, wall[m], d/wall[m], cpu[m], rss[m]/1024, rss[m]/1024/w }'
done | tee "$DIR/summary"
awk 'NR==1 { r1=$5 } NR==2 { r2=$5 } END { printf "speed-up with 2 workers: %.2fx\n", r2/r1 }' FS='[ ,]+' "$DIR/summary"
