# docs/case-format.md: its event examples, in order, form a valid case that evaluates, and they
# cover every event type the tool knows.
source "$(dirname "$0")/lib.bash"
python3 - "$SRC/docs/case-format.md" "$WORK/doc-case.json" <<'PY'
import json, re, sys
text = open(sys.argv[1], encoding="utf-8").read()
blocks = [json.loads(b) for b in re.findall(r"```json\n(.*?)```", text, re.S)]
header, events = blocks[0], blocks[1:]
header["events"] = events
json.dump(header, open(sys.argv[2], "w"), ensure_ascii=False)
PY
types_in_doc=$(python3 -c "import json;print(' '.join(sorted({e['type'] for e in json.load(open('$WORK/doc-case.json'))['events']})))")
for t in intake consent assessment household_finance plan plan_approved program_enrolled program_ended \
         placement_started placement_ended attendance review appraisal referral_made referral_answered \
         contact stage_changed suspended closed reopened job_lost job_search program_extended disability_status; do
  case " $types_in_doc " in *" $t "*) passes=$((passes + 1));; *) echo "FAIL: no example of $t"; failures=$((failures + 1));; esac
done
expect_exit 0 "the documented case evaluates" -- "$HASHIGO" --lang en eval "$WORK/doc-case.json" --as-of 2016-03-01
expect_in out "status: closed" "the documented case ends closed"
DB="$WORK/d.db"
"$HASHIGO" --db "$DB" init >/dev/null
expect_exit 0 "the documented case stores" -- "$HASHIGO" --db "$DB" case new --file "$WORK/doc-case.json"
expect_in out "with 24 event" "all documented events stored"
finish
