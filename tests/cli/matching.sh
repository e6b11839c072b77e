# A match from a しごと情報 sheet leading to a placement and up the commuter ladder (J3, Cさん): the
# care home's carved tasks and a farm's are stored; her assessment records what she is drawn to,
# good at and needs; `hashigo match` ranks the bath cleaning first and says why; the placement
# names that task, UW-01 takes her onto the commuter ladder, and the paid commuter place on the
# same task steps her up. A placement naming an unknown task, or a way of working the task does
# not offer, is refused with the place; bad employer records store nothing.
source "$(dirname "$0")/lib.bash"
DB="$WORK/m.db"
H() { "$HASHIGO" --db "$DB" --rules "$SRC/rules" --lang en "$@"; }
ev() { printf '%s' "$2" | H event add "$1"; }
H init >/dev/null

expect_exit 0 "store the employers' sheets" -- H employer add --file "$SRC/examples/employers/tokuyo.json" --file "$SRC/examples/employers/farm.json"
expect_in out '^recorded employer tokuyo \(from 2023-06-01\): 3 tasks$' "the care home and its three tasks"
expect_exit 0 "employer list" -- H employer list
expect_in out '^2023-05-01 yasai-farm ' "the farm is listed"

# Cさん up to the week before her first commuter day, her assessment recording her profile.
python3 - "$SRC/examples/cases/c-san.json" "$WORK/c.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d["id"] = "c-match"
d["events"] = [e for e in d["events"] if e["date"] < "2023-07-18"]
for e in d["events"]:
    if e["type"] == "assessment":
        e.update({"interests": ["cleaning", "care"], "strengths": ["cleaning"], "constraints": ["daytime_only", "no_phone"],
                  "supports_needed": ["written_steps"], "hours_per_week_max": 8, "wishes": "子どもが学校にいる時間に働きたい"})
json.dump(d, open(sys.argv[2], "w"), ensure_ascii=False)
PY
expect_exit 0 "store Cさん" -- H case new --file "$WORK/c.json"

expect_exit 0 "match" -- H match c-match --as-of 2023-07-10
expect_in out '^  1   \+14  Cleaning the baths / 社会福祉法人（特養） \(tokuyo/bath-cleaning\)  6 h a week, 1 open$' "the bath cleaning first"
expect_in out '\+6 matches interests: care, cleaning \[MA-03\]' "both of her interests"
expect_in out '\+1 6 hours a week fits within 8 \[MA-02\]' "within her hours"
expect_in out '^  2    \+4  Cleaning the residents' "the rooms second"
expect_in out '−? ?-2 needs support the workplace does not give: written steps' "the rooms lack the written steps she needs"
expect_in out '^2 tasks that do not fit: shown with --all$' "two do not fit"
expect_exit 0 "match --limit 1" -- H match c-match --as-of 2023-07-10 --limit 1
expect_in out '^1 more tasks fit \(raise --limit\)$' "the second fitting task is counted, not called excluded"
expect_in out '^2 tasks that do not fit: shown with --all$' "still two that do not fit"
expect_exit 0 "match --all" -- H match c-match --as-of 2023-07-10 --all
expect_in out '× 12 hours a week is more than the 8 the person can work now \[MA-02\]' "the farm is too many hours"
expect_in out '× needs a qualification \(care_initial\) \[MA-06\]' "meal assistance needs a qualification (★)"
expect_exit 0 "match for the person" -- H match c-match --as-of 2023-07-10 --audience person
expect_in out 'It is close to what you like\.' "plain words"
expect_exit 0 "match --json" -- H match c-match --as-of 2023-07-10 --json
expect_in out '"criteria": \[' "criteria listed"
expect_in out '"task": "bath-cleaning"' "tasks by id"
expect_exit 0 "match in Japanese" -- "$HASHIGO" --db "$DB" --rules "$SRC/rules" --lang ja match c-match --as-of 2023-07-10
expect_in out '興味・関心と合う：care・cleaning' "reasons in Japanese"

# Refused placements: the place and nothing stored.
P='{"type":"placement_started","date":"2023-07-18","placement_id":"p1","employer":"社会福祉法人（特養）","employer_id":"tokuyo","task_id":"TASK","kind":"KIND","contract":"commuter_confirmation","hours_per_week":6}'
expect_exit 3 "an unknown task" -- ev c-match "$(echo "$P" | sed 's/TASK/bath-kleaning/; s/KIND/commuter_unpaid/')"
expect_in err "event\.task_id: employer 'tokuyo' \(version of 2023-06-01\) has no task 'bath-kleaning' \(it has bath-cleaning, room-cleaning, meal-assist\)" "names the task and the ones there are"
expect_exit 3 "a way of working the task does not offer" -- ev c-match "$(echo "$P" | sed 's/TASK/meal-assist/; s/KIND/commuter_unpaid/')"
expect_in err "event\.kind: task 'meal-assist' is not worked as 'commuter_unpaid' \(it offers minwage_staff, regular_staff\)" "names the kind"
expect_exit 3 "an unknown employer" -- ev c-match "$(echo "$P" | sed 's/"tokuyo"/"nobody"/; s/TASK/bath-cleaning/; s/KIND/commuter_unpaid/')"
expect_in err "event\.employer_id: no employer 'nobody' is stored" "names the employer"
expect_exit 3 "a task without its employer" -- ev c-match '{"type":"placement_started","date":"2023-07-18","placement_id":"p1","task_id":"bath-cleaning","kind":"commuter_unpaid","hours_per_week":6}'
expect_in err 'task_id|employer_id' "names the missing employer id"
expect_exit 0 "history unchanged" -- H history c-match
if grep -q placement_started "$WORK/out" && grep -q '2023-07-18' "$WORK/out"; then echo "FAIL: a refused placement was stored"; failures=$((failures + 1)); else passes=$((passes + 1)); fi

# The placement from the match, and up the commuter ladder on the same task.
expect_exit 0 "the placement names the task" -- ev c-match "$(echo "$P" | sed 's/TASK/bath-cleaning/; s/KIND/commuter_unpaid/')"
expect_exit 0 "her months, steps committed" -- H eval c-match --monthly --as-of 2023-07-31 --commit
expect_in out '^2023-07-31  in_support  social ↑ intermediate/commuter_unpaid  \[UW-01\] committed' "UW-01: onto the commuter ladder"
expect_exit 0 "the employer's places" -- H employer show tokuyo --as-of 2023-07-31
expect_in out 'bath-cleaning Cleaning the baths — 1/1 places filled' "her place is counted"
expect_exit 0 "her own place stays open to her" -- H match c-match --as-of 2023-07-31 --all
expect_in out 'tokuyo/bath-cleaning\)  6 h a week, 1 open' "not taken from her"

for ev_json in \
  '{"type":"attendance","date":"2023-08-31","placement_id":"p1","period_start":"2023-08-01","scheduled_hours":26,"attended_hours":25,"unannounced_absences":0}' \
  '{"type":"review","date":"2023-09-15","kind":"monthly","goals_total":3,"goals_achieved":3}' \
  '{"type":"attendance","date":"2023-09-25","placement_id":"p1","period_start":"2023-09-01","scheduled_hours":20,"attended_hours":20,"unannounced_absences":0}'; do
  expect_exit 0 "an event of her months" -- ev c-match "$ev_json"
done
expect_exit 0 "goals met: the step up" -- H eval c-match --monthly --from 2023-08-01 --as-of 2023-09-30 --commit
expect_in out '^2023-09-30  in_support  intermediate/commuter_unpaid ↑ intermediate/commuter_paid  \[SU-02\] committed' "SU-02: up to the paid commuter rung"
expect_exit 0 "the paid commuter place on the same task" -- ev c-match '{"type":"placement_ended","date":"2023-09-25","placement_id":"p1","reason":"step_up"}'
expect_exit 0 "p2" -- ev c-match '{"type":"placement_started","date":"2023-09-26","placement_id":"p2","employer":"社会福祉法人（特養）","employer_id":"tokuyo","task_id":"bath-cleaning","kind":"commuter_paid","contract":"commuter_confirmation","hours_per_week":6,"stipend_per_shift_yen":500}'
expect_exit 0 "the month of the paid place" -- H eval c-match --monthly --from 2023-09-01 --as-of 2023-10-31 --commit
expect_exit 0 "where she stands" -- H case show c-match
expect_in out '^status: in_support · opened: 2023-04-10 · position: intermediate/commuter_paid$' "up the commuter ladder"
expect_exit 0 "the paid place, linked to the sheet" -- H case show c-match --json
expect_in out '"task_id": "bath-cleaning"' "the placement keeps the task"
expect_in out '"hours_per_week_max": 8' "her profile"

# The monthly report counts the network: the two employers, the tasks offered and filled.
expect_exit 0 "report monthly" -- H report monthly --month 2023-09 --format csv --no-progress
expect_in out 'employers\.in_network,[^,]*,2,count' "two employers on record"
expect_in out 'employers\.recruited,[^,]*,0,count' "none recruited in September"
expect_in out 'employers\.tasks_offered,[^,]*,4,count' "four tasks offered"
expect_in out 'employers\.places_offered,[^,]*,6,count' "six places"
expect_in out 'employers\.tasks_filled,[^,]*,1,count' "her task is filled"
expect_in out 'employers\.placements_from_sheets,[^,]*,1,count' "the paid place started from the sheet"
expect_exit 0 "report monthly June" -- H report monthly --month 2023-06 --format csv --no-progress
expect_in out 'employers\.recruited,[^,]*,1,count' "the care home joined in June"
expect_in out 'employers\.in_network,[^,]*,2,count' "the farm since May"

# Bad employer records: the field, and nothing stored.
expect_exit 3 "a wage form that is no placement kind" -- sh -c "sed 's/\"commuter_unpaid\", \"commuter_paid\", \"minwage_staff\"/\"volunteer\"/' '$SRC/examples/employers/tokuyo.json' | sed 's/\"tokuyo\"/\"t2\"/' | \"$HASHIGO\" --db \"$DB\" --lang en employer add --file -"
expect_in err '<stdin>: tasks\[0\]\.wage_forms\[0\]: .volunteer. is not one of' "names the wage form"
expect_exit 3 "the same employer again" -- H employer add --file "$SRC/examples/employers/tokuyo.json"
expect_in err "tokuyo.json: id: employer 'tokuyo' is already stored" "names the id"
expect_exit 3 "a change that is not later" -- H employer change --file "$SRC/examples/employers/tokuyo.json"
expect_in err 'since: `since` 2023-06-01 must be after' "names since"
expect_exit 0 "list after the refusals" -- H employer list
if grep -q ' t2 ' "$WORK/out"; then echo "FAIL: a refused employer was stored"; failures=$((failures + 1)); else passes=$((passes + 1)); fi
expect_exit 3 "match an unknown case" -- H match nobody
expect_in err "case: no case 'nobody'|case: .*nobody" "names the case"
expect_exit 3 "match before the case opened" -- H match c-match --as-of 2023-01-31
expect_in err "--as-of: .*2023-04-10" "names the day asked and the opening"
expect_exit 3 "match with a folder that is not one" -- H match c-match --employers "$WORK/none"
expect_in err 'none: cannot be read as a folder' "names the folder"
expect_exit 0 "match with the example folder" -- H match c-match --as-of 2023-07-10 --employers "$SRC/examples/employers"
expect_in out 'tokuyo/bath-cleaning' "the folder's sheets"
finish
