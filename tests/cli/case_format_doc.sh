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
         contact stage_changed suspended closed reopened job_lost job_search program_extended disability_status \
         event_voided household_moved school_enrolled school_left legal_status concerns_changed follow_up meeting \
         agency_joined agency_left lead_changed; do
  case " $types_in_doc " in *" $t "*) passes=$((passes + 1));; *) echo "FAIL: no example of $t"; failures=$((failures + 1));; esac
done
expect_exit 0 "the documented case evaluates" -- "$HASHIGO" --lang en eval "$WORK/doc-case.json" --as-of 2016-03-01
expect_in out "status: closed" "the documented case ends closed"
DB="$WORK/d.db"
"$HASHIGO" --db "$DB" init >/dev/null
# The agencies the examples name are records of their own, stored first.
expect_exit 0 "the agencies the examples name" -- "$HASHIGO" --db "$DB" agency add --file "$SRC/examples/agencies/jiritsu-ichikawa.json" --file "$SRC/examples/agencies/hw-ichikawa.json"
expect_exit 0 "the documented case stores" -- "$HASHIGO" --db "$DB" case new --file "$WORK/doc-case.json"
expect_in out "with 36 event" "all documented events stored"
# The correction example: stored with the contact's seq, shown as voided, exported as an index.
expect_exit 0 "the documented case shows" -- "$HASHIGO" --db "$DB" --lang en case show b-san
expect_in out "^  #[0-9]+ 2015-08-05 contact  voided by #[0-9]+ \(2016-03-01\): the call was with another person's family$" "case show lists the voided contact"
expect_exit 0 "the documented case's history" -- "$HASHIGO" --db "$DB" --lang en history b-san
expect_in out "2015-08-05  contact .*\(voided by #[0-9]+\)$" "history marks the voided contact"
expect_exit 0 "the documented case exports" -- "$HASHIGO" --db "$DB" history b-san --json
python3 - "$WORK/out" "$WORK/again.json" <<'PY2'
import json, sys
doc = json.load(open(sys.argv[1]))
voided = [e for e in doc["events"] if e["type"] == "event_voided"]
assert len(voided) == 1 and doc["events"][voided[0]["voids"]]["type"] == "contact", voided
del doc["receipts"]
doc["id"] = "again"
json.dump(doc, open(sys.argv[2], "w"), ensure_ascii=False)
PY2
expect_exit 0 "the exported case file stores again" -- "$HASHIGO" --db "$DB" case new --file "$WORK/again.json"
"$HASHIGO" --db "$DB" --lang en case show b-san | sed 1d >"$WORK/doc.show"
"$HASHIGO" --db "$DB" --lang en case show again | sed 1d | sed -E 's/#[0-9]+/#N/g' >"$WORK/again.show"
sed -E 's/#[0-9]+/#N/g' "$WORK/doc.show" >"$WORK/doc.norm"
if diff -u "$WORK/doc.norm" "$WORK/again.show"; then passes=$((passes + 1)); else echo "FAIL: the re-imported case folds differently"; failures=$((failures + 1)); fi
finish
