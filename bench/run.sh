#!/usr/bin/env bash
# Dateline against Hugo on the same Markdown corpora, in the same run, alternating the tools.
#
#   bench/run.sh [SIZE ...] [reload]    default: 1000 10000 reload (add 100000 for the large case)
#
# Each SIZE is a cold build of that many articles by each tool, then Dateline's rebuilds. 'reload'
# is the edit-to-reload case: bench/reload.py drives `dateline serve` and `hugo server` side by side
# on RELOAD_SIZE articles (default 10000), EDITS edits each (default 10), alternated. A SIZE of
# 1000000 is the million-article case (issue 22: <= 10 min, <= 4 GB peak RSS): one cold build of the
# default theme with the cache and a 4 GB heap, no Hugo and no rebuilds, written to MILLION_WORK
# (default /var/tmp/dateline-million: the disk, as 30 GB does not fit in memory). Last, the run
# prints issue 22's table of targets with what it measured.
#
# Environment: RUNS (cold builds per tool and size, default 3), WORK (scratch folder, default
# /dev/shm/dateline-bench: tmpfs, so both tools write to memory and disk noise stays out),
# HUGO (default hugo), JAVA_OPTS (more options for Dateline's JVM, after those of bin/dateline,
# e.g. -XX:TieredStopAtLevel=4 for the optimising compiler too; default none). Dateline runs as a
# person runs it, through bin/dateline. The minimal runs use bench/minimal.yml: the page kinds the Hugo theme builds (no search,
# no date archive, author or source pages, one RSS feed).
# Needs python3, GNU time (/usr/bin/time) and, for the comparison, Hugo (apt-get install hugo).
# Prints one table of cold builds (wall time and user+sys CPU), one of Dateline rebuilds, the reload
# table and the targets.
set -euo pipefail
trap 'echo "bench: failed at line $LINENO" >&2' ERR
here=$(cd "$(dirname "$0")" && pwd)
project=$(dirname "$here")
args=("${@:-1000 10000 reload}")
read -r -a args <<< "${args[*]}"
sizes=(); do_reload=0; million=0
for a in "${args[@]}"; do
  case $a in
    reload) do_reload=1 ;;
    1000000) million=1 ;;
    *[!0-9]*) echo "bench: '$a' is neither a number of articles nor 'reload'" >&2; exit 2 ;;
    *) sizes+=("$a") ;;
  esac
done
reload_size=${RELOAD_SIZE:-10000}
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

# shellcheck source=corpus.sh
. "$here/corpus.sh"

# measure OUT_DIR CMD... → "seconds peak_kb files cpu_seconds" (cpu: user + sys)
measure() {
  local out=$1; shift
  /usr/bin/time -o "$work/time.txt" -f "%e %M %U %S" "$@" >/dev/null 2>"$work/stderr.txt" || {
    echo "bench: this failed: $*" >&2; cat "$work/stderr.txt" >&2; exit 1; }
  read -r wall kb user sys < <(tail -1 "$work/time.txt")
  echo "$wall $kb $(find "$out" -type f | wc -l) $(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u + s}')"
}


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

declare -A ratio  # ratio[min-N], ratio[def-N]: Dateline / Hugo, median wall
printf '%-8s %-18s %10s %8s %12s %8s %10s\n' articles tool "median s" "cpu s" "peak RSS MB" files "vs Hugo"
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
    cpu=$(cut -d' ' -f4 "$f" | median)
    r="-"; [ -n "$hugo_s" ] && r=$(awk -v a="$s" -v b="$hugo_s" 'BEGIN {printf "%.2f", a / b}')
    ratio[$tool-$n]=$r
    name=$tool; [ $tool = min ] && name="dateline minimal"; [ $tool = def ] && name="dateline default"
    printf '%-8s %-18s %10s %8s %12d %8s %10s\n' "$n" "$name" "$s" "$cpu" $((kb / 1024)) "$files" "$r"
  done
done

if [ ${#sizes[@]} -gt 0 ]; then
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
fi

reload_page=""; reload_hugo=""
if [ $do_reload = 1 ]; then
  echo
  corpus "$reload_size"
  tools=dateline; [ $have_hugo = 1 ] && tools=${RELOAD_TOOLS:-dateline,hugo}
  DATELINE="$launcher" HUGO="$hugo" python3 "$here/reload.py" "$work/c$reload_size/content" --edits "${EDITS:-10}" \
    --tools "$tools" --work "$work/reload" --json "$work/reload.json" 2>"$work/reload-log.txt" || {
    echo "bench: the reload case failed:" >&2; tail -20 "$work/reload-log.txt" >&2; exit 1; }
  read -r reload_page reload_hugo < <(python3 -c 'import json, sys
f = json.load(open(sys.argv[1]))
h = f.get("hugo", {}).get("poll_median")
print(round(f["dateline"]["poll_median"]), "-" if h is None else round(h))' "$work/reload.json")
fi

million_s=""; million_mb=""
if [ $million = 1 ]; then
  mw=${MILLION_WORK:-/var/tmp/dateline-million}
  echo
  echo "A million articles, default theme with search, cold with the cache, -Xmx4g, in $mw:"
  if [ ! -d "$mw/content" ]; then
    mkdir -p "$mw"
    if [ -f "$shared/bench/corpus.py" ] && [ -d "$shared/corpus/bbc" ]; then
      python3 "$shared/bench/corpus.py" "$shared/corpus/bbc" "$mw/content" 1000000
    else
      python3 "$here/gen.py" "$mw/content" 1000000
    fi
  fi
  rm -rf "$mw/site" "$mw/.dateline"
  (cd "$mw" && DATELINE_JAVA_OPTS="-Xmx4g ${JAVA_OPTS:-}" /usr/bin/time -o "$work/time.txt" -f "%e %M %U %S" \
    "$launcher" build --base-url https://bench.example.org/ --timings >"$work/million.txt" 2>&1) || {
    echo "bench: the million-article build failed:" >&2; tail -20 "$work/million.txt" >&2; exit 1; }
  read -r million_s kb user sys < <(tail -1 "$work/time.txt")
  million_mb=$((kb / 1024))
  grep -E '^(Built|Timings)' "$work/million.txt"
  echo "wall $million_s s, user+sys $(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.0f", u + s}') s, peak RSS $million_mb MB"
fi

x() { [ -n "$1" ] && [ "$1" != - ] && echo "$1 x" || echo "- (not run)"; }
# met VALUE LIMIT → yes / no / - (nothing measured)
met() { case $1 in ""|-) echo "-" ;; *) awk -v v="$1" -v l="$2" 'BEGIN {print (v <= l ? "yes" : "no")}' ;; esac; }
echo
echo "Issue 22's targets (wall-time medians; Hugo alternated in the same run):"
printf '%-46s %-34s %-22s %s\n' case target measured met
r=${ratio[def-100000]:-}; printf '%-46s %-34s %-22s %s\n' "default theme, 100,000 articles, cold" \
  "<= 0.8 x Hugo's minimal theme" "$(x "$r")" "$(met "$r" 0.8)"
r=${ratio[min-10000]:-}; printf '%-46s %-34s %-22s %s\n' "minimal theme, 10,000, cold" "<= 0.5 x Hugo" "$(x "$r")" "$(met "$r" 0.5)"
r=${ratio[min-1000]:-}; printf '%-46s %-34s %-22s %s\n' "minimal theme, 1,000, cold" "<= 1.0 x Hugo" "$(x "$r")" "$(met "$r" 1.0)"
if [ -n "$reload_page" ]; then
  ok=$(met "$reload_page" 150); [ "$reload_hugo" != - ] && [ "$ok" = yes ] && ok=$(met "$reload_page" "$reload_hugo")
  printf '%-46s %-34s %-22s %s\n' "dateline serve: edit -> page, $reload_size articles" "<= 150 ms, <= Hugo server" \
    "$reload_page ms (Hugo $reload_hugo)" "$ok"
else
  printf '%-46s %-34s %-22s %s\n' "dateline serve: edit -> page, 10,000 articles" "<= 150 ms, <= Hugo server" "- (add 'reload')" -
fi
if [ -n "$million_s" ]; then
  ok=$(met "$million_s" 600); [ "$ok" = yes ] && ok=$(met "$million_mb" 4096)
  printf '%-46s %-34s %-22s %s\n' "a million articles, default theme" "<= 10 min, <= 4 GB peak RSS" "$million_s s, $million_mb MB" "$ok"
else
  printf '%-46s %-34s %-22s %s\n' "a million articles, default theme" "<= 10 min, <= 4 GB peak RSS" "- (add 1000000)" -
fi
