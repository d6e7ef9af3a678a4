# Sourced by the benchmarks (run.sh, languages.sh): the corpus of N Markdown articles they build.
# Needs $work, $shared and $here set by the script that sources it.

corpus() {  # corpus N → $work/cN/content: the BBC corpus made into N articles, or generated text without it
  local n=$1 dir="$work/c$1"
  [ -d "$dir/content" ] && return
  mkdir -p "$dir"
  if [ -f "$shared/bench/corpus.py" ] && [ -d "$shared/corpus/bbc" ]; then
    python3 "$shared/bench/corpus.py" "$shared/corpus/bbc" "$dir/content" "$n"
  else
    python3 "$here/gen.py" "$dir/content" "$n"
  fi
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
