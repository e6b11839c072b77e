# `make bench`, cohort part: the example spec (scripts/cohorts/commuter-ladder.lua) under the
# national pack on 1 and 2 worker threads: case-months/s, case-months/s per core, the share of
# worker time spent outside engine::evaluate (the simulation's overhead over evaluation alone,
# measured in the same run with --timing), 2-core scaling and peak RSS; then a tenth of the
# people, to show memory flat in population size.
# Usage: bash tests/bench/cohort.sh BUILD_DIR [PEOPLE] [MONTHS] [REPLICATES]
set -euo pipefail
BUILD="$1"
PEOPLE="${2:-2000}"
MONTHS="${3:-60}"
REPLICATES="${4:-2}"
HASHIGO="$BUILD/core/hashigo"
SPEC="scripts/cohorts/commuter-ladder.lua"
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "cohort bench: GNU time is needed (apt-get install time)"; exit 1; }
DATA="$BUILD/cohort-bench"
mkdir -p "$DATA"

run() {  # run PEOPLE JOBS
  "$TIME" -f "%e %M" -o "$DATA/time" "$HASHIGO" --lang en sim cohort "$SPEC" --region national --people "$1" --months "$MONTHS" \
    --replicates "$REPLICATES" -j "$2" --timing --no-progress --format json --out "$DATA/out-$1-$2.json" 2> "$DATA/err"
  read -r secs rss < "$DATA/time"
  # "N case-months in S s (R case-months/s; workers W s, of which evaluation E s; P% beyond evaluation)"
  local line; line=$(grep 'case-months in' "$DATA/err")
  awk -v line="$line" -v j="$2" -v s="$secs" -v rss="$rss" -v p="$1" 'BEGIN {
    split(line, w, " "); n = w[1]; gsub(/;/, "", line)
    match(line, /workers [0-9.]+/); ws = substr(line, RSTART + 8, RLENGTH - 8)
    match(line, /evaluation [0-9.]+/); es = substr(line, RSTART + 11, RLENGTH - 11)
    printf "%7d people  -j%d  %9d case-months  %6.1f s  %8.0f case-months/s  %8.0f per core  evaluation alone %8.0f/s  overhead %4.0f%%  peak RSS %6.1f MiB\n",
           p, j, n, s, n / s, n / ws, n / es, 100 * (ws - es) / es, rss / 1024 }'
  echo "$secs" > "$DATA/secs-$1-$2"
}

echo "hashigo sim cohort, $SPEC under national, $MONTHS months x $REPLICATES replicates ($(nproc) cores)"
run "$PEOPLE" 1
run "$PEOPLE" 2
cmp -s "$DATA/out-$PEOPLE-1.json" "$DATA/out-$PEOPLE-2.json" || { echo "cohort bench: -j2 changed the result"; exit 1; }
awk -v a="$(cat "$DATA/secs-$PEOPLE-1")" -v b="$(cat "$DATA/secs-$PEOPLE-2")" 'BEGIN { printf "2-core scaling: %.2fx\n", a / b }'
run $((PEOPLE / 10)) 2
