#!/usr/bin/env bash
# One archive built in one language and split over three (en, fr, ar), cold, alternated, through bin/dateline
# with the default theme and search: what a multilingual site costs against the same articles in one language.
#
#   bench/languages.sh [SIZE ...]     default size: 10000 (the issue's figure is 100000)
#
# Environment: RUNS (cold builds each, default 3), WORK (scratch folder, default /dev/shm/dateline-bench).
# The split puts every third article in content/fr/ and every third in content/ar/ (the text stays English:
# what is measured is the cost of three sites, three indexes and the links between them, not of the words),
# and gives a tenth of the French ones a twin at the same path in English, so translations are linked too.
set -euo pipefail
trap 'echo "bench: failed at line $LINENO" >&2' ERR
here=$(cd "$(dirname "$0")" && pwd)
project=$(dirname "$here")
sizes=("${@:-10000}")
read -r -a sizes <<< "${sizes[*]}"
runs=${RUNS:-3}
work=${WORK:-/dev/shm/dateline-bench}
jar="$project/target/dateline.jar"
launcher="$project/bin/dateline"
export DATELINE_JAR="$jar"
shared="$project/../shared"

[ -f "$jar" ] || (cd "$project" && mvn -B -q package -DskipTests)
command -v /usr/bin/time >/dev/null || { echo "bench: GNU time is needed (apt-get install time)" >&2; exit 2; }
mkdir -p "$work"

# shellcheck source=corpus.sh
. "$here/corpus.sh"

split() {  # split N → $work/lN/content/{en,fr,ar}/… and $work/lN/dateline.yml
  local n=$1 dir="$work/l$1"
  [ -d "$dir/content" ] && return
  mkdir -p "$dir/content"
  (cd "$work/c$n/content" && find . -type f -name '*.md' | sort) | awk '{
      lang = (NR % 3 == 1) ? "fr" : (NR % 3 == 2) ? "ar" : "en"; print lang, substr($0, 3) }' |
    while read -r lang path; do
      mkdir -p "$dir/content/$lang/$(dirname "$path")"
      ln "$work/c$n/content/$path" "$dir/content/$lang/$path"
    done
  # A tenth of the French articles have an English twin at the same path: a translation.
  (cd "$dir/content/fr" && find . -type f -name '*.md' | sort | awk 'NR % 10 == 0 { print substr($0, 3) }') |
    while read -r path; do
      mkdir -p "$dir/content/en/$(dirname "$path")"
      [ -e "$dir/content/en/$path" ] || ln "$dir/content/fr/$path" "$dir/content/en/$path"
    done
  printf 'language: en\nlanguages:\n  en: English\n  fr: Français\n  ar: العربية\n' > "$dir/dateline.yml"
}


build() {  # build CONTENT CONFIG-or-empty OUT → "seconds peak_kb user+sys files"
  local content=$1 config=$2 out=$3
  rm -rf "$out"
  local args=(build --content "$content" --output "$out" --base-url https://bench.example.org/ --no-cache
    --templates "$work/no-templates")
  [ -n "$config" ] && args+=(--config "$config")
  /usr/bin/time -o "$work/time.txt" -f "%e %M %U %S" "$launcher" "${args[@]}" >/dev/null 2>"$work/stderr.txt" || {
    echo "bench: this failed: $launcher ${args[*]}" >&2; cat "$work/stderr.txt" >&2; exit 1; }
  read -r s kb u y < "$work/time.txt"
  echo "$s $kb $(awk -v u="$u" -v y="$y" 'BEGIN {print u + y}') $(find "$out" -type f | wc -l)"
}

printf '%-8s %-16s %10s %10s %12s %8s %8s\n' articles site "median s" "cpu s" "peak RSS MB" files "vs one"
for n in "${sizes[@]}"; do
  corpus "$n"; split "$n"
  : > "$work/r-one"; : > "$work/r-three"
  for ((i = 0; i < runs; i++)); do
    build "$work/c$n/content" "" "$work/out-one" >> "$work/r-one"
    build "$work/l$n/content" "$work/l$n/dateline.yml" "$work/out-three" >> "$work/r-three"
  done
  one=$(cut -d' ' -f1 "$work/r-one" | median)
  for kind in one three; do
    f="$work/r-$kind"
    s=$(cut -d' ' -f1 "$f" | median); kb=$(cut -d' ' -f2 "$f" | median); cpu=$(cut -d' ' -f3 "$f" | median)
    files=$(cut -d' ' -f4 "$f" | tail -1)
    name="one language"; [ $kind = three ] && name="three languages"
    printf '%-8s %-16s %10s %10s %12d %8s %8s\n' "$n" "$name" "$s" "$cpu" $((kb / 1024)) "$files" \
      "$(awk -v a="$s" -v b="$one" 'BEGIN {printf "%.2f", a / b}')"
  done
done
