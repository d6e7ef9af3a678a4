#!/usr/bin/env bash
# Dateline against Hugo on the same Markdown corpora, in the same run, alternating the tools.
#
#   bench/run.sh [SIZE ...]        default sizes: 1000 10000 (add 100000 for the large case)
#
# Environment: RUNS (cold builds per tool and size, default 3), WORK (scratch folder, default
# /dev/shm/dateline-bench: tmpfs, so both tools write to memory and disk noise stays out),
# HUGO (default hugo), JAVA_OPTS (more options for Dateline's JVM, after those of bin/dateline,
# e.g. -XX:TieredStopAtLevel=4 for the optimising compiler too; default none). Dateline runs as a
# person runs it, through bin/dateline. The minimal runs use bench/minimal.yml: the page kinds the Hugo theme builds (no search,
# no date archive, author or source pages, one RSS feed).
# Needs python3, GNU time (/usr/bin/time) and, for the comparison, Hugo (apt-get install hugo).
# Prints one table of cold builds and one of Dateline rebuilds.
set -euo pipefail
trap 'echo "bench: failed at line $LINENO" >&2' ERR
here=$(cd "$(dirname "$0")" && pwd)
project=$(dirname "$here")
sizes=("${@:-1000 10000}")
read -r -a sizes <<< "${sizes[*]}"
runs=${RUNS:-3}
work=${WORK:-/dev/shm/dateline-bench}
hugo=${HUGO:-hugo}
jar="$project/target/dateline.jar"
launcher="$project/bin/dateline"
export DATELINE_JAR="$jar" DATELINE_JAVA_OPTS="${JAVA_OPTS:-}"
shared="$project/../shared"

[ -f "$jar" ] || (cd "$project" && mvn -B -q package -DskipTests)
command -v /usr/bin/time >/dev/null || { echo "bench: GNU time is needed (apt-get install time)" >&2; exit 2; }
have_hugo=1; command -v "$hugo" >/dev/null || { have_hugo=0; echo "bench: no Hugo found; Dateline only" >&2; }
mkdir -p "$work"

corpus() {  # corpus N → $work/cN/content
  local n=$1 dir="$work/c$1"
  [ -d "$dir/content" ] && return
  mkdir -p "$dir"
  if [ -f "$shared/bench/corpus.py" ] && [ -d "$shared/corpus/bbc" ]; then
    python3 "$shared/bench/corpus.py" "$shared/corpus/bbc" "$dir/content" "$n"
  else
    python3 "$here/gen.py" "$dir/content" "$n"
  fi
}

# measure OUT_DIR CMD... → "seconds peak_kb files"
measure() {
  local out=$1; shift
  /usr/bin/time -o "$work/time.txt" -f "%e %M" "$@" >/dev/null 2>"$work/stderr.txt" || {
    echo "bench: this failed: $*" >&2; cat "$work/stderr.txt" >&2; exit 1; }
  echo "$(tail -1 "$work/time.txt") $(find "$out" -type f | wc -l)"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

dateline() {  # dateline N TEMPLATES-or-empty OUT
  local n=$1 templates=$2 out=$3 dir="$work/c$1"
  rm -rf "$out" "$dir/.cache-bench"
  local args=(build --content "$dir/content" --output "$out" --base-url https://bench.example.org/ --no-cache)
  [ -n "$templates" ] && args+=(--templates "$templates" --config "$here/minimal.yml") || args+=(--templates "$dir/no-templates")
  measure "$out" "$launcher" "${args[@]}"
}

hugo_build() {  # hugo_build N OUT
  local n=$1 out=$2 dir="$work/c$1"
  rm -rf "$out"
  measure "$out" "$hugo" --quiet --noBuildLock --source "$here/hugo" --contentDir "$dir/content" \
    --destination "$out" --cacheDir "$dir/hugo-cache"
}

printf '%-8s %-18s %10s %12s %8s %10s\n' articles tool "median s" "peak RSS MB" files "vs Hugo"
for n in "${sizes[@]}"; do
  corpus "$n"
  : > "$work/r-min" ; : > "$work/r-def" ; : > "$work/r-hugo"
  for ((i = 0; i < runs; i++)); do
    dateline "$n" "$here/minimal" "$work/out-min" >> "$work/r-min"
    [ $have_hugo = 1 ] && hugo_build "$n" "$work/out-hugo" >> "$work/r-hugo"
    dateline "$n" "" "$work/out-def" >> "$work/r-def"
  done
  hugo_s=""
  if [ $have_hugo = 1 ]; then hugo_s=$(cut -d' ' -f1 "$work/r-hugo" | median); fi
  for tool in hugo min def; do
    f="$work/r-$tool"; [ -s "$f" ] || continue
    s=$(cut -d' ' -f1 "$f" | median); kb=$(cut -d' ' -f2 "$f" | median); files=$(cut -d' ' -f3 "$f" | tail -1)
    ratio="-"; [ -n "$hugo_s" ] && ratio=$(awk -v a="$s" -v b="$hugo_s" 'BEGIN {printf "%.2f", a / b}')
    name=$tool; [ $tool = min ] && name="dateline minimal"; [ $tool = def ] && name="dateline default"
    printf '%-8s %-18s %10s %12d %8s %10s\n' "$n" "$name" "$s" $((kb / 1024)) "$files" "$ratio"
  done
done

echo
echo "Dateline rebuilds with the build cache (default theme), seconds (no change and edit: median of 3):"
printf '%-8s %8s %10s %8s %8s %8s %8s %10s\n' articles cold "no change" edit "% cold" add delete template
for n in "${sizes[@]}"; do
  p="$work/p$n"; rm -rf "$p"; mkdir -p "$p"; cp -r "$work/c$n/content" "$p/content"; cp -r "$project/templates" "$p/templates"
  b() {
    (cd "$p" && /usr/bin/time -o "$work/time.txt" -f "%e" "$launcher" build --base-url https://bench.example.org/ \
      >/dev/null 2>"$work/stderr.txt") || { cat "$work/stderr.txt" >&2; exit 1; }
    tail -1 "$work/time.txt"
  }
  cold=$(b)
  same=$(for i in 1 2 3; do b; done | median)
  first=$(find "$p/content" -name '*.md' | sort | sed -n 1p)
  edit=$(for i in 1 2 3; do printf '\nOne more paragraph (%s), added by the benchmark.\n' "$i" >> "$first"; b; done | median)
  share=$(awk -v s="$same" -v e="$edit" -v c="$cold" 'BEGIN {printf "%.0f/%.0f", 100 * s / c, 100 * e / c}')
  cp "$first" "${first%.md}-bench-added.md"; add=$(b)
  rm "${first%.md}-bench-added.md"; del=$(b)
  sed -i 's/<article class="story">/<article class="story bench">/' "$p/templates/article.peb"; tmpl=$(b)
  printf '%-8s %8s %10s %8s %8s %8s %8s %10s\n' "$n" "$cold" "$same" "$edit" "$share" "$add" "$del" "$tmpl"
done
