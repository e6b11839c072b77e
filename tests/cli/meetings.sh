# Meetings as decisions: a case waiting for the 支援調整会議 is on the agenda (MT-01); recording the
# meeting (`meeting new`) writes its decision into the case, which moves into support and leaves
# the agenda; bad meeting files are refused by field, and nothing of them is stored.
source "$(dirname "$0")/lib.bash"
source "$(dirname "$0")/browser.bash"
DB="$WORK/m.db"
H() { "$HASHIGO" --db "$DB" --rules "$SRC/rules" --lang en "$@"; }
H init >/dev/null

# Bさん (J1) up to her plan: the plan waits for the meeting's approval.
python3 - "$SRC/examples/cases/b-san.json" "$WORK" <<'PY'
import json, sys
c = json.load(open(sys.argv[1], encoding="utf-8"))
types = [e["type"] for e in c["events"]]
c["events"] = c["events"][:types.index("plan_approved")]
c["id"] = "m-san"
json.dump(c, open(sys.argv[2] + "/m-san.json", "w", encoding="utf-8"), ensure_ascii=False)
PY
expect_exit 0 "store the case" -- H case new --file "$WORK/m-san.json"

expect_exit 0 "agenda before the meeting" -- H meeting agenda --date 2015-06-12 --no-progress
expect_in out '^## m-san$' "the case is on the agenda"
expect_in out '^\| plan approved \| The plan \(2015-06-15 to 2016-02-15\) awaits .* \| 2015-06-15 \| MT-01 \| \|$' "the decision asked, why, by when and the rule"
expect_exit 0 "agenda as JSON" -- H meeting agenda --date 2015-06-12 --format json --no-progress
expect_in out '"format": "hashigo.agenda/1"' "the JSON format"
expect_in out '"decision": "plan_approved"' "the decision asked in JSON"
expect_exit 0 "agenda in Japanese" -- "$HASHIGO" --db "$DB" --rules "$SRC/rules" --lang ja meeting agenda --date 2015-06-12 --no-progress
expect_in out '支援調整会議の承認を待っている' "the Japanese reason"

# The agenda as a printable page, in a real browser.
expect_exit 0 "agenda as HTML" -- H meeting agenda --date 2015-06-12 --format html --out "$WORK/agenda.html" --no-progress
if grep -qE '<(script|link|img)[^>]+(src|href)=' "$WORK/agenda.html"; then echo "FAIL: the page loads something from outside"; failures=$((failures + 1)); fi
render agenda --ink 3 --text "m-san" --text "MT-01" --text "2015-06-15" --text "会議の議題 2015-06-12" --text "Meeting agenda, 2015-06-12"

# Bad meeting files: each refused naming the field, exit 3, nothing stored.
meeting() {  # meeting FILE CASES-JSON
  printf '{"format": "hashigo.meeting/1", "id": "chosei-2015-06", "kind": "shien_chosei", "date": "2015-06-15", "chair": "センター長",
 "agencies": [{"name": "市 生活福祉課", "role": "municipality"}, {"name": "自立相談支援センター", "role": "centre"}], "cases": %s}' "$2" > "$WORK/$1"
}
meeting unknown.json '[{"case": "m-san", "decisions": [{"decision": "plan_approved"}]}, {"case": "nobody", "decisions": [{"decision": "info_shared"}]}]'
expect_exit 3 "a case the store does not hold" -- H meeting new --file "$WORK/unknown.json"
expect_in err 'unknown.json: cases\[1\]\.case' "names the case's place in the file"
meeting misplaced.json '[{"case": "m-san", "decisions": [{"decision": "plan_approved", "target": "saposute"}]}]'
expect_exit 3 "a target on a decision that takes none" -- H meeting new --file "$WORK/misplaced.json"
expect_in err 'misplaced.json: cases\[0\]\.decisions\[0\]\.target' "names the misplaced field"
meeting returned.json '[{"case": "m-san", "decisions": [{"decision": "plan_approved"}, {"decision": "plan_returned"}]}]'
expect_exit 3 "approve and return the same plan" -- H meeting new --file "$WORK/returned.json"
expect_in err 'returned.json: cases\[0\]\.decisions\[1\]\.decision' "names the decision refused"
meeting twice.json '[{"case": "m-san", "decisions": [{"decision": "info_shared"}]}, {"case": "m-san", "decisions": [{"decision": "info_shared"}]}]'
expect_exit 3 "the same case twice" -- H meeting new --file "$WORK/twice.json"
expect_in err 'twice.json: cases\[1\]\.case' "names the second mention"
expect_exit 0 "nothing stored by the refusals" -- H meeting list
if [ -s "$WORK/out" ]; then echo "FAIL: a refused meeting was stored: $(cat "$WORK/out")"; failures=$((failures + 1)); else passes=$((passes + 1)); fi
expect_exit 0 "the case is unchanged" -- H history m-san
expect_in out '^  #6 ' "six events"
if grep -q 'meeting' "$WORK/out"; then echo "FAIL: a refused meeting left an event"; failures=$((failures + 1)); else passes=$((passes + 1)); fi

# The meeting approves the plan and decides the programme: the case is in support.
meeting good.json '[{"case": "m-san", "decisions": [{"decision": "plan_approved"}, {"decision": "support_decided", "program": "shuro_junbi"}], "minutes": "プランを承認"}]'
expect_exit 0 "record the meeting" -- H meeting new --file "$WORK/good.json"
expect_in out '^recorded meeting chosei-2015-06 \(2015-06-15\): 1 case\(s\)$' "what was recorded"
expect_in out '^  m-san #7 meeting$' "the event written into the case"
expect_exit 0 "the case after the meeting" -- H case show m-san
expect_in out '^status: in_support ' "the meeting's approval moved the case into support"
expect_in out '^  2015-06-15  support coordination meeting chosei-2015-06: plan approved, support decided .*$' "the meeting's decisions in the case timeline"
expect_exit 0 "agenda after the meeting" -- H meeting agenda --date 2015-06-30 --no-progress
expect_in out 'cases with something to decide: 0' "nothing left to decide"
expect_exit 0 "list" -- H meeting list
expect_in out '^2015-06-15 chosei-2015-06 support coordination meeting \(m-san\)$' "the meeting listed"
expect_exit 0 "show" -- H meeting show chosei-2015-06 --json
expect_in out '"role": "municipality"' "the agencies kept"
expect_exit 3 "the same meeting again" -- H meeting new --file "$WORK/good.json"
expect_in err 'good.json: id: .*chosei-2015-06' "names the id already recorded"
expect_exit 3 "show an unknown meeting" -- H meeting show nope

# The monthly statistics count the meeting and its decisions.
expect_exit 0 "monthly statistics" -- H report monthly --month 2015-06 --format json --no-progress
python3 - "$WORK/out" > "$WORK/stats.txt" <<'PY'
import json, sys
def figures(node):
    if isinstance(node, dict):
        if "id" in node and "value" in node: yield node
        for v in node.values(): yield from figures(v)
    elif isinstance(node, list):
        for v in node: yield from figures(v)
for f in figures(json.load(open(sys.argv[1], encoding="utf-8"))):
    if f["id"] in ("meetings.held", "meetings.decision.plan_approved", "plans.approved"): print(f["id"], f["value"])
PY
expect_in stats.txt '^meetings.held 1$' "one meeting held in June"
expect_in stats.txt '^plans.approved 1$' "the meeting's approval counts as a plan approved"

finish
