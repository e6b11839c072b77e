# `make bench`, second part: hashigo batch over synthetic cases (tests/synthetic) on 1 and 2
# worker threads, full and lean output, with wall time, decisions/s and peak RSS (GNU time).
# Memory must stay flat in the number of cases: the run is repeated on a tenth of the cases.
# Usage: bash tests/bench/batch.sh BUILD_DIR [CASES]   (CASES defaults to 1,000,000)
set -euo pipefail
BUILD="$1"
CASES="${2:-1000000}"
HASHIGO="$BUILD/core/hashigo"
SYNTH="$BUILD/tests/synthetic/hashigo_synth"
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "batch bench: GNU time is needed (apt-get install time)"; exit 1; }
DATA="$BUILD/batch-bench"
mkdir -p "$DATA"
AS_OF=2026-11-30

input() {  # the synthetic file of $1 cases, made once
  local f="$DATA/cases-$1.jsonl"
  if [ ! -s "$f" ]; then
    echo "generating $1 synthetic cases …" >&2
    "$SYNTH" "$1" > "$f.tmp" && mv "$f.tmp" "$f"
  fi
  echo "$f"
}

run() {  # run CASES JOBS DETAIL
  local file; file=$(input "$1")
  local flags=(); [ "$3" = lean ] && flags=(--lean)
  # Counted as it streams out (a million full decisions are 14 GB): wc is the consumer here.
  "$TIME" -f "%e %M" -o "$DATA/time" "$HASHIGO" --lang en batch --no-progress --as-of "$AS_OF" -j "$2" "${flags[@]}" \
    "$file" 2> "$DATA/err" | wc -lc > "$DATA/count"
  read -r secs rss < "$DATA/time"
  local lines bytes; read -r lines bytes < "$DATA/count"
  [ "$lines" = "$1" ] || { echo "batch bench: $lines output lines for $1 cases"; cat "$DATA/err"; exit 1; }
  awk -v n="$1" -v j="$2" -v d="$3" -v s="$secs" -v rss="$rss" -v bytes="$bytes" 'BEGIN {
    printf "%9d cases  -j%d  %-4s  %7.1f s  %8.0f decisions/s  peak RSS %6.1f MiB  output %6.0f MiB\n",
           n, j, d, s, n / s, rss / 1024, bytes / 1048576 }'
}

echo "hashigo batch, national pack, as of $AS_OF ($(nproc) cores)"
for detail in lean full; do
  for jobs in 1 2; do run "$CASES" "$jobs" "$detail"; done
done
run $((CASES / 10)) 2 lean
