#!/usr/bin/env bash
# Small inputs that used to blow up (issue 11, item 3), each run once by `tilmash run` under -Xmx512m: prints the
# exit code, wall time, CPU time (user+sys) and peak RSS (/usr/bin/time). The inputs are generated under
# target/blowups (never committed):
#   lines     1,000,000 very short lines
#   docx-bomb a DOCX whose word/document.xml holds 1 GB of spaces (a ~1 MB zip): refused with exit 3, "too large"
#   deep-html HTML nested DEPTH <div> deep (default 100,000)
#   one-line  a 50 MB single line with no punctuation
# Usage: bench/blowups.sh [NAME...]      (run by hand; never part of mvn verify; TIMEOUT seconds per input, 900)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${TILMASH_JAR:-cli/target/tilmash.jar}
[ -f "$jar" ] || mvn -B -o -q package -DskipTests
dir=target/blowups
mkdir -p "$dir"
DEPTH=${DEPTH:-100000}
[ -f "$dir/lines.kk.txt" ] || python3 -c '
import sys
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for i in range(1000000):
        f.write("Иә.\n" if i % 2 else "Жоқ\n")' "$dir/lines.kk.txt"
[ -f "$dir/docx-bomb.kk.docx" ] || python3 -c '
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
    z.writestr("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")
    with z.open("word/document.xml", "w", force_zip64=True) as f:
        f.write(b"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>\xd0\x9c\xd3\x99\xd1\x82\xd1\x96\xd0\xbd.</w:t></w:r></w:p>")
        block = b" " * (1 << 20)
        for _ in range(1024):
            f.write(block)
        f.write(b"</w:body></w:document>")' "$dir/docx-bomb.kk.docx"
[ -f "$dir/deep-html.kk.html" ] || python3 -c '
import sys
d = int(sys.argv[2])
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("<html><body>" + "<div>" * d + "Мәтін терең." + "</div>" * d + "</body></html>\n")' "$dir/deep-html.kk.html" "$DEPTH"
[ -f "$dir/one-line.kk.txt" ] || python3 -c '
import sys
words = ["мемлекет", "одақ", "экономика", "интеграция", "нарық", "ынтымақтастық", "келісім"]
with open(sys.argv[1], "w", encoding="utf-8") as f:
    n = 0
    i = 0
    while n < 50_000_000:
        w = words[i % len(words)] + " "
        f.write(w); n += len(w.encode()); i += 1
    f.write("\n")' "$dir/one-line.kk.txt"
names=("$@")
[ ${#names[@]} -gt 0 ] || names=(lines docx-bomb deep-html one-line)
printf '%-10s %8s %5s %9s %12s %12s\n' input size exit "wall s" "CPU s" "peak RSS MB"
for name in "${names[@]}"; do
  file=$(ls "$dir/$name".kk.*)
  rm -rf "$dir/out-$name"
  set +e
  /usr/bin/time -o "$dir/$name.time" -f '%x %e %U %S %M' timeout "${TIMEOUT:-900}" \
      java -Xmx512m -jar "$jar" run "$file" --out "$dir/out-$name" >"$dir/$name.out" 2>"$dir/$name.err"
  set -e
  read -r code wall user sys rss < <(tail -1 "$dir/$name.time")
  printf '%-10s %7sM %5s %9s %12s %12s\n' "$name" "$(( $(stat -c %s "$file") >> 20 ))" "$code" "$wall" \
      "$(echo "$user + $sys" | bc)" "$(( rss / 1024 ))"
  [ "$code" = 0 ] || echo "           $(head -c 300 "$dir/$name.err" | head -2)"
done
