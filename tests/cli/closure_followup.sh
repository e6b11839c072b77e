# A closure with follow-up visits after it (J1, Bさん): hired in November, the case closes on the
# hire in February with his agreement and is reported to the 支援調整会議; the 6-month retention
# visit falls after the closure and is recorded as a follow-up; a closure without the person's
# agreement is questioned (CL-01); reopening starts a new episode and keeps the history.
source "$(dirname "$0")/lib.bash"
DB="$WORK/c.db"
H() { "$HASHIGO" --db "$DB" --rules "$SRC/rules" --lang en "$@"; }
ev() { printf '%s' "$2" | H event add "$1"; }
H init >/dev/null
expect_exit 0 "store Bさん" -- H case new --file "$SRC/examples/cases/b-san.json"
expect_exit 0 "his months, steps committed" -- H eval b-san --region national --monthly --as-of 2016-02-29 --commit
expect_in out '^2015-11-30  in_support  employment ↑ general/part_time  \[EX-01\] committed$' "hired: general work"
# He agreed to the closure, so only the report to the meeting is owed.
expect_in out '^2016-02-29  closed      general/part_time  !closure_to_report$' "closed with his agreement: the report is owed"

printf '{"format": "hashigo.meeting/1", "id": "chosei-2016-03", "kind": "shien_chosei", "date": "2016-03-08",
 "cases": [{"case": "b-san", "decisions": [{"decision": "closure_reported"}], "minutes": "一般就労による終結を報告"}]}' > "$WORK/chosei.json"
expect_exit 0 "report the closure to the meeting" -- H meeting new --file "$WORK/chosei.json"
expect_exit 0 "the months after the closure" -- H eval b-san --monthly --from 2016-03-01 --as-of 2016-06-30
expect_in out '^2016-03-31  closed      general/part_time$' "nothing owed after the report"
expect_in out '^2016-05-31  closed      general/part_time  !retention_visit_due$' "the 6-month retention visit falls due after the closure"
expect_exit 0 "why, explained" -- H eval b-san --as-of 2016-05-31 --explain
expect_in out 'FU-01 .*6 months since the hire \(2015-11-02\): visit the person and the workplace \(record it as a follow-up: the case is closed\)' "FU-01 says to record a follow-up"

# A closed case takes a follow-up, not a contact.
expect_exit 3 "a contact after the closure" -- sh -c "printf '{\"type\": \"contact\", \"date\": \"2016-05-10\", \"kind\": \"phone\"}' | \"$HASHIGO\" --db \"$DB\" --lang en event add b-san"
expect_in err 'event\.type: the case is closed \(employed\); only a `reopened` event can follow, or a `follow_up`' "names the type and what may follow"
expect_exit 0 "the visit, as a follow-up" -- ev b-san '{"type": "follow_up", "date": "2016-05-12", "kind": "retention_visit", "placement_id": "p4", "minutes": 30}'
expect_exit 0 "after the visit" -- H eval b-san --monthly --from 2016-05-01 --as-of 2016-06-30
expect_in out '^2016-05-31  closed      general/part_time$' "the visit answers FU-01"
expect_exit 0 "case show" -- H case show b-san
expect_in out '^follow-ups: 1 \(last 2016-05-12, 1 after the closure\)$' "the follow-up is counted, after the closure"
expect_in out '^  2016-02-25  closed \(employed\), the person agreed$' "the closure, with his agreement"

# The monthly report counts the closure as agreed.
expect_exit 0 "report monthly" -- H report monthly --month 2016-02 --format csv --no-progress
expect_in out 'caseload\.closed_agreed,[^,]*,1,count' "one closure with his agreement"
expect_in out 'caseload\.closed_against_wish,[^,]*,0,count' "none against his wish"

# The same journey closed without his agreement recorded, and once against his wish.
python3 - "$SRC/examples/cases/b-san.json" "$WORK" <<'PY'
import json, sys
c = json.load(open(sys.argv[1], encoding="utf-8"))
for name, agreed in (("x-san", None), ("y-san", False), ("z-san", "yes")):
    d = json.loads(json.dumps(c))
    d["id"] = name
    for e in d["events"]:
        if e["type"] == "closed":
            e.pop("agreed", None)
            if agreed is not None:
                e["agreed"] = agreed
    json.dump(d, open(f"{sys.argv[2]}/{name}.json", "w", encoding="utf-8"), ensure_ascii=False)
PY
expect_exit 3 "agreed must be true or false" -- H case new --file "$WORK/z-san.json"
expect_in err 'z-san.json: events\[[0-9]+\]\.agreed' "names the field"
expect_exit 0 "store x-san (no agreement recorded)" -- H case new --file "$WORK/x-san.json"
expect_exit 0 "x-san on the closure's month end" -- H eval x-san --region national --monthly --as-of 2016-02-29 --commit
expect_in out '^2016-02-29  closed      general/part_time  !closure_agreement_missing  !closure_to_report$' "CL-01 asks for his agreement"
expect_exit 0 "x-san past the next meeting" -- H eval x-san --as-of 2016-03-31
if grep -q 'closure_agreement_missing' "$WORK/out"; then echo "FAIL: CL-01 past its window"; failures=$((failures + 1)); else passes=$((passes + 1)); fi
expect_exit 0 "store y-san (he did not agree)" -- H case new --file "$WORK/y-san.json"
expect_exit 0 "y-san on the closure's month end" -- H eval y-san --as-of 2016-02-29 --json
expect_in out '"code":"closure_against_wish"' "CL-01: against his wish"
expect_in out '"severity":"urgent"' "urgent"

# Reopened: a new episode at intake; the closure and the follow-up stay in the history.
expect_exit 0 "reopen" -- ev b-san '{"type": "reopened", "date": "2016-09-05", "reason": "離職して再び相談"}'
expect_exit 0 "history" -- H history b-san
expect_in out '2016-02-25  closed +\{"agreed":true' "the closure, with his agreement"
expect_in out '2016-05-12  follow_up' "the follow-up"
expect_in out '2016-09-05  reopened' "the reopening"
expect_exit 0 "after the reopening" -- H eval b-san --as-of 2016-09-30 --json
expect_in out '"process_status":"intake"' "back at intake"
if grep -qE 'closure_to_report|closure_agreement' "$WORK/out"; then echo "FAIL: the old closure still asked about"; failures=$((failures + 1)); else passes=$((passes + 1)); fi
finish
