# Conflicting writers: two hashigo processes started together on the same case, in every way the
# issue found (closed + contact, closed + closed, the same placement_id twice, two
# `eval --monthly --commit`). Whatever the interleaving, every case must stay readable, each pair
# must end in an outcome some serial order allows, and a loser must get its proper exit code.
# HASHIGO_RACE_PAIRS sets the pairs per kind (default 50, so 200 pairs in all).
source "$(dirname "$0")/lib.bash"
DB="$WORK/r.db"
H() { "$HASHIGO" --db "$DB" --lang en "$@"; }
PAIRS="${HASHIGO_RACE_PAIRS:-50}"

expect_exit 0 "init" -- H init

# A small open case (intake, assessment) for the event races, and Bさん for the evaluation races.
cat >"$WORK/small.json" <<'JSON'
{ "format": "hashigo.case/1", "id": "x", "region": "national",
  "person": { "birth_date": "1990-01-01", "gender": "female", "disability_cert": "none" },
  "household": { "size": 1 },
  "events": [
    { "type": "intake", "date": "2024-01-10", "channel": "visit", "source": "self" },
    { "type": "assessment", "date": "2024-01-20", "kind": "initial" } ] }
JSON
echo '{ "type": "closed", "date": "2024-02-01", "reason": "employed" }' >"$WORK/closed.json"
echo '{ "type": "contact", "date": "2024-02-01", "kind": "phone", "minutes": 5 }' >"$WORK/contact.json"
echo '{ "type": "placement_started", "date": "2024-02-01", "placement_id": "p1", "employer": "E",
  "kind": "taiken", "contract": "none", "hours_per_week": 10 }' >"$WORK/placement.json"

# One case per pair, created four at a time (writers wait for each other's lock).
for i in $(seq 1 "$PAIRS"); do
  printf '%s\n' "$WORK/small.json cc-$i" "$WORK/small.json kk-$i" "$WORK/small.json pp-$i" "$SRC/examples/cases/b-san.json ee-$i"
# On a loaded machine a writer can wait past the busy timeout (E_LOCKED, exit 5): setup is not
# what this test measures, so such a creation is tried again.
done | xargs -P 4 -L 1 sh -c 'for t in 1 2 3; do "$0" --db "$1" case new --file "$2" --id "$3" >/dev/null 2>"$1.$3.err" && exit 0; grep -q E_LOCKED "$1.$3.err" || break; done; echo "cannot create case $3: $(cat "$1.$3.err")"' "$HASHIGO" "$DB" >"$WORK/setup.err"
if [ -s "$WORK/setup.err" ]; then echo "FAIL: $(head -3 "$WORK/setup.err")"; exit 1; fi

# What one evaluation run commits when it has the case to itself.
"$HASHIGO" --db "$DB" case new --file "$SRC/examples/cases/b-san.json" --id "ee-alone" >/dev/null
H eval ee-alone --monthly --from 2015-06-01 --as-of 2016-02-29 --commit >/dev/null
alone_steps=$(H history ee-alone | grep -c ' stage_changed ')
if [ "$alone_steps" -ge 1 ]; then passes=$((passes + 1)); else
  echo "FAIL: the evaluation race needs a run that commits steps (got $alone_steps)"; failures=$((failures + 1)); fi

# run_pair ID CMD_A -- CMD_B: starts both at once, waits, leaves rc/out/err in $WORK/ID.{a,b}.*
run_pair() {
  local id="$1" a b
  shift
  a=()
  while [ "$1" != "--" ]; do a+=("$1"); shift; done
  shift
  ( "${a[@]}" >"$WORK/$id.a.out" 2>"$WORK/$id.a.err"; echo $? >"$WORK/$id.a.rc" ) &
  ( "$@" >"$WORK/$id.b.out" 2>"$WORK/$id.b.err"; echo $? >"$WORK/$id.b.rc" ) &
  wait
}

unreadable=0 bad_outcome=0
declare -A tally  # kind:outcome -> pairs
fail_pair() {
  bad_outcome=$((bad_outcome + 1))
  if [ "$bad_outcome" -le 5 ]; then
    echo "FAIL: $1: $2 (a: exit $(cat "$WORK/$1.a.rc") $(head -c 300 "$WORK/$1.a.err"); b: exit $(cat "$WORK/$1.b.rc") $(head -c 300 "$WORK/$1.b.err"))"
  fi
}
readable() {
  if ! H case show "$1" >/dev/null 2>"$WORK/show.err"; then
    unreadable=$((unreadable + 1))
    [ "$unreadable" -le 5 ] && echo "FAIL: case $1 is unreadable after its race: $(head -c 300 "$WORK/show.err")"
  fi
}

for i in $(seq 1 "$PAIRS"); do
  # closed and contact on the same day: contact first is fine, closed first refuses the contact.
  id="cc-$i"
  run_pair "$id" H event add "$id" --file "$WORK/closed.json" -- H event add "$id" --file "$WORK/contact.json"
  read -r ra <"$WORK/$id.a.rc"; read -r rb <"$WORK/$id.b.rc"
  if [ "$ra" = 0 ] && [ "$rb" = 0 ]; then
    tally[cc:contact first]=$((${tally[cc:contact first]:-0} + 1))
  elif [ "$ra" = 0 ] && [ "$rb" = 3 ] && grep -q "only a \`reopened\` event can follow" "$WORK/$id.b.err"; then
    tally[cc:contact refused]=$((${tally[cc:contact refused]:-0} + 1))
  else
    fail_pair "$id" "closed + contact"
  fi
  readable "$id"

  # two closures: exactly one lands.
  id="kk-$i"
  run_pair "$id" H event add "$id" --file "$WORK/closed.json" -- H event add "$id" --file "$WORK/closed.json"
  read -r ra <"$WORK/$id.a.rc"; read -r rb <"$WORK/$id.b.rc"
  if { [ "$ra" = 0 ] && [ "$rb" = 3 ]; } || { [ "$ra" = 3 ] && [ "$rb" = 0 ]; }; then
    tally[kk:one refused]=$((${tally[kk:one refused]:-0} + 1))
  else
    fail_pair "$id" "closed + closed"
  fi
  readable "$id"

  # the same placement twice: exactly one lands, the other is told the id is taken.
  id="pp-$i"
  run_pair "$id" H event add "$id" --file "$WORK/placement.json" -- H event add "$id" --file "$WORK/placement.json"
  read -r ra <"$WORK/$id.a.rc"; read -r rb <"$WORK/$id.b.rc"
  if { [ "$ra" = 0 ] && [ "$rb" = 3 ] && grep -q "already started" "$WORK/$id.b.err"; } ||
     { [ "$ra" = 3 ] && [ "$rb" = 0 ] && grep -q "already started" "$WORK/$id.a.err"; }; then
    tally[pp:one refused]=$((${tally[pp:one refused]:-0} + 1))
  else
    fail_pair "$id" "placement twice"
  fi
  readable "$id"

  # two monthly evaluations committing steps: a loser learns the case changed underneath it
  # (exit 5) and wrote nothing of that step; a run that started after the other finished commits
  # nothing new and succeeds.
  id="ee-$i"
  run_pair "$id" H eval "$id" --monthly --from 2015-06-01 --as-of 2016-02-29 --commit -- \
                 H eval "$id" --monthly --from 2015-06-01 --as-of 2016-02-29 --commit
  read -r ra <"$WORK/$id.a.rc"; read -r rb <"$WORK/$id.b.rc"
  lost_ok() { [ "$1" = 5 ] && grep -q "changed underneath" "$WORK/$id.$2.err"; }
  if [ "$ra" = 0 ] && [ "$rb" = 0 ]; then
    tally[ee:both succeeded]=$((${tally[ee:both succeeded]:-0} + 1))
  elif { [ "$ra" = 0 ] && lost_ok "$rb" b; } || { [ "$rb" = 0 ] && lost_ok "$ra" a; }; then
    tally[ee:one E_CONFLICT]=$((${tally[ee:one E_CONFLICT]:-0} + 1))
  else
    fail_pair "$id" "two monthly commits"
  fi
  readable "$id"
done

total=$((PAIRS * 4))
summary=""
for key in "cc:contact first" "cc:contact refused" "kk:one refused" "pp:one refused" "ee:both succeeded" "ee:one E_CONFLICT"; do
  summary+=" ${key%%:*} ${key#*:} ${tally[$key]:-0};"
done
echo "races: $total pairs (cc closed+contact, kk closed+closed, pp placement twice, ee two monthly commits):$summary $unreadable unreadable, $bad_outcome wrong outcomes"
if [ "$unreadable" = 0 ]; then passes=$((passes + 1)); else echo "FAIL: $unreadable of $total cases unreadable"; failures=$((failures + 1)); fi
if [ "$bad_outcome" = 0 ]; then passes=$((passes + 1)); else echo "FAIL: $bad_outcome of $total pairs ended in an outcome no serial order gives"; failures=$((failures + 1)); fi
# db check folds every case: after the races it must find none unreadable.
expect_exit 0 "db check after the races" -- H db check
finish
