# Crash consistency through the real CLI: a writer runs bulk `case new`, `event add` and
# `eval --monthly --commit` back to back and is SIGKILLed at a random (seeded) moment, over and
# over on one database. After every kill `db check` must pass (integrity and every case folds),
# every write the writer saw acknowledged (exit 0) must be there, and no write may be half there.
#   HASHIGO_CRASH_TRIALS  kills (default 20; the long mode of docs/architecture.md uses 500)
#   HASHIGO_CRASH_SEED    seed of the kill moments (default 20240601)
source "$(dirname "$0")/lib.bash"
TRIALS="${HASHIGO_CRASH_TRIALS:-20}"
SEED="${HASHIGO_CRASH_SEED:-20240601}"
DB="$WORK/crash.db"
BULK=100   # events of each bulk case
BATCH=25   # events of each event-add batch

"$HASHIGO" --db "$DB" init >/dev/null || { echo "FAIL: init"; exit 1; }

# The bulk case (intake, assessment, 98 contacts, all noted "bulk") and one batch file per step
# (contacts noted "batch K", after the bulk case's last day).
python3 - "$WORK" "$BULK" "$BATCH" <<'PY'
import datetime, json, sys
work, bulk, batch = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
day = lambda n: (datetime.date(2020, 1, 1) + datetime.timedelta(days=n)).isoformat()
events = [{"type": "intake", "date": day(0), "channel": "visit", "source": "self", "note": "bulk"},
          {"type": "assessment", "date": day(1), "kind": "initial", "note": "bulk"}]
events += [{"type": "contact", "date": day(2 + i), "kind": "phone", "minutes": 5, "note": "bulk"} for i in range(bulk - 2)]
json.dump({"format": "hashigo.case/1", "id": "bulk", "region": "national",
           "person": {"birth_date": "1990-01-01", "gender": "female"}, "household": {"size": 1},
           "events": events}, open(f"{work}/bulk.json", "w"))
for k in range(64):
    json.dump([{"type": "contact", "date": day(bulk + i), "kind": "interview", "minutes": 30, "note": f"batch {k}"}
               for i in range(batch)], open(f"{work}/batch-{k}.json", "w"))
PY

# writer TRIAL: runs until killed; logs `start K` before and `ack ...` after each acknowledged write.
writer() {
  local t="$1" k=0 log="$WORK/trial-$1.log" out
  while [ "$k" -lt 64 ]; do
    out="$WORK/op-$t-$k"
    echo "start $k new" >>"$log"
    "$HASHIGO" --db "$DB" case new --file "$WORK/bulk.json" --id "c-$t-$k" >"$out.new" 2>&1 && echo "ack new c-$t-$k" >>"$log"
    echo "start $k add" >>"$log"
    "$HASHIGO" --db "$DB" event add "c-$t-$k" --file "$WORK/batch-$k.json" >"$out.add" 2>&1 &&
      echo "ack add c-$t-$k $k $(awk '{print $2}' "$out.add" | tr -d '#' | tr '\n' ' ')" >>"$log"
    echo "start $k eval" >>"$log"
    "$HASHIGO" --db "$DB" case new --file "$SRC/examples/cases/b-san.json" --id "e-$t-$k" >/dev/null 2>&1 &&
      "$HASHIGO" --db "$DB" --rules "$SRC/rules" eval "e-$t-$k" --monthly --from 2015-06-01 --as-of 2016-02-29 --commit --json \
        >"$out.eval" 2>&1 && echo "ack eval e-$t-$k $out.eval" >>"$log"
    echo "done $k" >>"$log"
    k=$((k + 1))
  done
}

RANDOM="$SEED"
mid_write=0
for t in $(seq 1 "$TRIALS"); do
  # setsid: the writer and its hashigo child form one process group, killed together.
  setsid bash -c "$(declare -f writer); HASHIGO='$HASHIGO' DB='$DB' WORK='$WORK' SRC='$SRC' writer $t" &
  pid=$!
  # The random moment counts from the writer's first acknowledged write, so that every trial both
  # acknowledges writes and is killed inside one, however slow the build (a sanitizer build runs
  # each command several times slower). Waiting is bounded: 30 s without an ack is a failure below.
  for _ in $(seq 1 300); do
    grep -q '^ack' "$WORK/trial-$t.log" 2>/dev/null && break
    sleep 0.1
  done
  sleep "0.$(printf '%03d' $((30 + RANDOM % 600)))"
  kill -9 -- "-$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  [ "$(tail -1 "$WORK/trial-$t.log" 2>/dev/null | cut -d' ' -f1)" = start ] && mid_write=$((mid_write + 1))

  if ! "$HASHIGO" --db "$DB" db check >"$WORK/check.out" 2>&1; then
    echo "FAIL: trial $t: db check after the kill: $(cat "$WORK/check.out")"
    failures=$((failures + 1))
    break
  fi
  passes=$((passes + 1))
done

# Every write acknowledged in any trial is there, and none is there in part. (Checked once at the
# end: events and receipts are append-only, so nothing missing after one kill could reappear.)
if ! python3 - "$DB" "$BULK" "$BATCH" "$WORK"/trial-*.log >"$WORK/verify.out" 2>&1 <<'PY'
import json, sqlite3, sys
db, bulk, batch, logs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4:]
c = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
bad = []
notes = {}
for case_id, note, n in c.execute("SELECT case_id, json_extract(payload, '$.note'), count(*) FROM events GROUP BY 1, 2"):
    notes.setdefault(case_id, {})[note] = n
# All or nothing, acknowledged or not: a bulk case is whole, a batch is whole or absent.
for case_id, by_note in notes.items():
    if case_id.startswith("c-"):
        if by_note.get("bulk") != bulk:
            bad.append(f"{case_id}: {by_note.get('bulk')} of {bulk} bulk events")
        for note, n in by_note.items():
            if note != "bulk" and n != batch:
                bad.append(f"{case_id}: {n} of {batch} events of {note}")
    elif case_id.startswith("e-"):
        if sum(n for note, n in by_note.items()) < 39:
            bad.append(f"{case_id}: fewer events than the case file")
# A committed step and its receipt land together.
for case_id, date in c.execute("SELECT case_id, date FROM events WHERE type = 'stage_changed'"):
    if not c.execute("SELECT 1 FROM receipts WHERE case_id = ? AND as_of = ?", (case_id, date)).fetchone():
        bad.append(f"{case_id}: a step on {date} without its receipt")
# Durable: every acknowledged write is there.
acked = 0
for line in (line for log in logs for line in open(log)):
    f = line.split()
    if f[0] != "ack":
        continue
    acked += 1
    if f[1] == "new" and notes.get(f[2], {}).get("bulk") != bulk:
        bad.append(f"acknowledged case {f[2]} is missing")
    elif f[1] == "add":
        for seq in f[4:]:
            row = c.execute("SELECT case_id, json_extract(payload, '$.note') FROM events WHERE seq = ?", (int(seq),)).fetchone()
            if row != (f[2], f"batch {f[3]}"):
                bad.append(f"acknowledged event #{seq} of {f[2]} is missing or different: {row}")
    elif f[1] == "eval":
        for d in map(json.loads, open(f[3])):
            if not c.execute("SELECT 1 FROM receipts WHERE case_id = ? AND as_of = ? AND inputs_digest = ?",
                             (f[2], d["as_of"], d["inputs_digest"])).fetchone():
                bad.append(f"acknowledged decision of {f[2]} on {d['as_of']} has no receipt")
print(acked)
for b in bad[:10]:
    print(b)
sys.exit(1 if bad else 0)
PY
then
  echo "FAIL: after $TRIALS kills: $(cat "$WORK/verify.out")"
  failures=$((failures + 1))
else
  passes=$((passes + 1))
fi
acks=$(cat "$WORK"/trial-*.log 2>/dev/null | grep -c '^ack')
echo "crash consistency: $TRIALS kills (seed $SEED), $mid_write during a hashigo write, $acks acknowledged writes, all present"
# The test is only worth something if kills landed inside writes and writes were acknowledged.
if [ "$mid_write" -ge $((TRIALS / 2)) ] && [ "$acks" -ge "$TRIALS" ]; then passes=$((passes + 1)); else
  echo "FAIL: too few kills landed during writes ($mid_write of $TRIALS) or too few writes were acknowledged ($acks)"
  failures=$((failures + 1))
fi
finish
