#!/usr/bin/env bash
# make fuzz: runs every libFuzzer harness for FUZZ_SECONDS (default 60) each, two at a time, on a
# corpus kept in the build folder (so later runs continue from it), seeded from examples/,
# rules/ and tests/attacks/. Prints executions per harness; exits 1 when any harness found a
# crash (its reproducer is left in the build folder's findings/).
set -euo pipefail
BUILD="$1"
SRC="$(cd "$(dirname "$0")/../.." && pwd)"
SECONDS_EACH="${FUZZ_SECONDS:-60}"
JOBS="${FUZZ_JOBS:-2}"
OUT="$BUILD/fuzz-run"
mkdir -p "$OUT" "$BUILD/findings"

# Seed corpora: one file per input. Events come out of the example cases one by one.
seed() {
  local name="$1"
  mkdir -p "$BUILD/corpus/$name"
  echo "$BUILD/corpus/$name"
}
cases_dir="$(seed fuzz_case_file)"
cp "$SRC"/examples/cases/*.json "$cases_dir/"
events_dir="$(seed fuzz_event)"
python3 - "$SRC/examples/cases" "$events_dir" <<'PY'
import json, os, sys
src, out = sys.argv[1], sys.argv[2]
for name in sorted(os.listdir(src)):
    if not name.endswith(".json"):
        continue
    for i, e in enumerate(json.load(open(os.path.join(src, name)))["events"]):
        with open(os.path.join(out, f"{name[:-5]}-{i:03d}.json"), "w") as f:
            json.dump(e, f, ensure_ascii=False)
PY
manifest_dir="$(seed fuzz_pack_manifest)"
for f in "$SRC"/rules/*/pack.lua "$SRC"/tests/attacks/*/pack.lua; do
  [ -f "$f" ] && cp "$f" "$manifest_dir/$(basename "$(dirname "$f")").pack.lua"
done
body_dir="$(seed fuzz_rule_body)"
for f in "$SRC"/rules/*/*.lua "$SRC"/tests/attacks/*/*.lua; do
  case "$(basename "$f")" in pack.lua) continue ;; esac
  cp "$f" "$body_dir/$(basename "$(dirname "$f")").$(basename "$f")"
done

records_dir="$(seed fuzz_records)"
cp "$SRC"/examples/households/*.json "$SRC"/examples/employers/*.json "$SRC"/examples/agencies/*.json "$records_dir/"
python3 - "$SRC/docs/meetings.md" "$records_dir" <<'PY'
import json, os, re, sys
text = open(sys.argv[1], encoding="utf-8").read()
for i, block in enumerate(re.findall(r"```json\n(.*?)```", text, re.S)):
    try:
        doc = json.loads(block)
    except ValueError:
        continue
    if doc.get("format") == "hashigo.meeting/1":
        with open(os.path.join(sys.argv[2], f"meeting-{i}.json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False)
PY

run_one() {
  local name="$1" dict="$2"
  local log="$OUT/$name.log"
  "$BUILD/tests/fuzz/$name" "$BUILD/corpus/$name" -dict="$SRC/tests/fuzz/$dict" \
    -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$BUILD/findings/$name-" >"$log" 2>&1
  echo $? >"$OUT/$name.status"
}
export -f run_one
export BUILD SRC SECONDS_EACH OUT
printf '%s\n' "fuzz_case_file json.dict" "fuzz_event json.dict" "fuzz_pack_manifest lua.dict" "fuzz_rule_body lua.dict" "fuzz_records json.dict" |
  xargs -P "$JOBS" -L 1 bash -c 'run_one "$0" "$1"'

found=0
printf '%-20s %14s %10s %8s  %s\n' harness executions "exec/s" corpus result
for name in fuzz_case_file fuzz_event fuzz_pack_manifest fuzz_rule_body fuzz_records; do
  log="$OUT/$name.log"
  execs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | awk '{print $2}' | tail -1)
  rate=$(grep -oE 'stat::average_exec_per_sec: *[0-9]+' "$log" | awk '{print $2}' | tail -1)
  units=$(ls "$BUILD/corpus/$name" | wc -l)
  status=$(cat "$OUT/$name.status")
  if [ "$status" = 0 ]; then result="nothing found"; else result="FOUND (exit $status): see $log"; found=1; fi
  printf '%-20s %14s %10s %8s  %s\n' "$name" "${execs:-?}" "${rate:-?}" "$units" "$result"
done
exit "$found"
