# Trainer scenarios with the records around the case (scripts/README.md "Records"): a match from a
# しごと情報 sheet leading to the placement (chiba-commuter), the 基幹型 network's rules on the
# scenario's agencies (J4), an 8050 household of two scenario cases (J5); record files beside a
# script and replay; and one bad input per new part, each stopping with its place.
source "$(dirname "$0")/lib.bash"

# json FILE EXPR: python's value of EXPR over the JSON in $WORK/FILE (as `r`)
json() { python3 -c "import json, sys; r = json.load(open(sys.argv[1])); print($2)" "$WORK/$1"; }
# check WHAT ACTUAL EXPECTED
check() {
  if [ "$2" = "$3" ]; then passes=$((passes + 1)); else echo "FAIL: $1: got '$2', expected '$3'"; failures=$((failures + 1)); fi
}

# --- a match leads to the placement (chiba-commuter, month 3) ---
C="$SRC/scripts/chiba-commuter.lua"
expect_exit 0 "chiba-commuter runs" -- "$HASHIGO" --lang en sim run "$C"
expect_in out '^  ⚖ match on 2015-09-12: 2 of 3 tasks fit$' "month 3 shows the match and how many tasks fit"
expect_in out '^     1\. \+[0-9]+  Changing sheets and cleaning rooms / 特別養護老人ホーム（千葉市中央区） \(tokuyo-chuo/linen\)$' "the best fit first"
expect_in out 'placement_started .*employer_id tokuyo-chuo .*task_id linen' "the placement names the task matched"
expect_exit 0 "chiba-commuter as JSON" -- "$HASHIGO" sim run "$C" --json
cp "$WORK/out" "$WORK/chiba.json"
check "the match's first task" "$(json chiba.json 'r["months"][2]["matches"][0]["match"]["tasks"][0]["task"]')" "linen"
check "it was ranked by the Chiba pack" "$(json chiba.json 'r["months"][2]["matches"][0]["match"]["region"]')" "chiba"
check "the task with ★ rows does not fit her" \
  "$(json chiba.json '[t["fits"] for t in r["months"][2]["matches"][0]["match"]["tasks"] if t["task"] == "meal-assist"][0]')" "False"
check "CHB-MA-01 says why" \
  "$(json chiba.json '"CHB-MA-01" in [w["criterion"] for t in r["months"][2]["matches"][0]["match"]["tasks"] if t["task"] == "meal-assist" for w in t["reasons"] if w.get("exclude")]')" "True"
check "the paid step names the same task" \
  "$(json chiba.json '[e.get("task_id") for m in r["months"] for e in m["events"] if e["type"] == "placement_started" and e["kind"] == "commuter_paid"]')" "['linen']"
expect_exit 0 "the person's words" -- "$HASHIGO" --lang en sim run "$C" --audience person --html "$WORK/person.html"
expect_in person.html 'class="why"><li>\+ <span class="ja" lang="ja">[^<]*</span><span class="en" lang="en">[^<]*</span></li>' "plain reasons, no criterion ids, on the person's page"

# --- the 基幹型 network on the scenario's agencies (J4) ---
J4="$SRC/scripts/national-j4-handover.lua"
for region in national osaka; do
  expect_exit 0 "J4 under $region" -- "$HASHIGO" sim run "$J4" --region "$region" --json
  cp "$WORK/out" "$WORK/j4.json"
  check "$region: the partner centre's difficult case asks for the core centre (NK-01) in month 3" \
    "$(json j4.json '"kikan_advice" in [a["code"] for a in r["months"][2]["decision"]["alerts"]]')" "True"
  check "$region: and is answered when the core centre joins in month 4" \
    "$(json j4.json '"kikan_advice" in [a["code"] for a in r["months"][3]["decision"]["alerts"]]')" "False"
done
# the same journey with a partner that answers to no core centre: nothing to ask
sed 's/partners = { "naka-sakai" }, //' "$J4" > "$WORK/j4-alone.lua"
expect_exit 0 "J4 without the supervision link" -- "$HASHIGO" sim run "$WORK/j4-alone.lua" --json
cp "$WORK/out" "$WORK/j4-alone.json"
check "no core centre supervises the partner: NK-01 stays silent" \
  "$(json j4-alone.json '"kikan_advice" in [a["code"] for a in r["months"][2]["decision"]["alerts"]]')" "False"

# --- an 8050 household of two scenario cases (J5) ---
J5="$SRC/scripts/national-j5-8050.lua"
expect_exit 0 "J5 runs" -- "$HASHIGO" --lang en sim run "$J5"
expect_in out '^  \[Eさんの母\] 2024-04-08  intake ' "the mother's case opens in month 1, marked as hers"
expect_in out '^  \[Eさんの母\] 2024-09-03  household_finance .*financial_assets_yen 4000000' "her worker records the household's savings in month 6"
expect_exit 0 "J5 as JSON" -- "$HASHIGO" sim run "$J5" --json
cp "$WORK/out" "$WORK/j5.json"
jyunbi() { json j5.json "[(e['eligible'], [c['value'] for x in e['reasons'] for c in x.get('checks', []) if c['label'] == 'household_assets_yen'][0]) for e in r['months'][$1]['decision']['eligibility'] if e['program'] == 'jyunbi'][0]"; }
check "month 5: readiness support fits on what the son's case records" "$(jyunbi 4)" "(True, 300000)"
check "month 6: the household's savings, recorded on the mother's case, rule it out" "$(jyunbi 5)" "(False, 4000000)"
check "the run names the other case" "$(json j5.json 'r["scenario"]["cases"]')" "[{'id': 'national-j5-mother', 'name': 'Eさんの母'}]"
check "HH-03 asks for a joint conference while none has met" \
  "$(json j5.json '["household_joint_review" in [a["code"] for a in m["decision"]["alerts"]] for m in r["months"][:5]]')" "[True, True, True, True, False]"
check "the joint conference is on both cases" \
  "$(json j5.json '[e["case"] for e in r["months"][4]["member_events"] if e["event"]["type"] == "meeting"]')" "['national-j5-mother']"
# the same son without the household record: his case alone never sees the savings
python3 - "$J5" "$WORK/j5-alone.lua" <<'PY'
import sys
s = open(sys.argv[1]).read()
a = s.index("  households = {")
b = s.index("\n  },\n", a) + 5
open(sys.argv[2], "w").write(s[:a] + s[b:])
PY
expect_exit 0 "J5 without its household record" -- "$HASHIGO" sim run "$WORK/j5-alone.lua" --json
cp "$WORK/out" "$WORK/j5.json"
check "unlinked, month 6 still reads the son's own record" "$(jyunbi 5)" "(True, 300000)"

# --- record files beside the script; replay sees them change ---
mkdir -p "$WORK/course/sheets"
cp "$SRC"/examples/employers/*.json "$WORK/course/sheets/"
cat > "$WORK/course/farm-trial.lua" <<'EOF'
return {
  id = "farm-trial", title = { ja = "畑の体験", en = "A farm trial" }, region = "national", start = "2023-09-04", months = 2,
  person = { pseudonym = "Tさん", birth_date = "1990-01-01", gender = "male", disability_cert = "none" },
  household = { size = 1, kind = "single", housing = "rented", prefecture = "12", municipality = "122033" },
  intake = { channel = "visit", source = "self", concerns = { "job_search" }, stage = "life" },
  employers = { "sheets" },
  month = function(m)
    if m.month == 2 then
      local best = m.match(5)
      m.say("best: " .. best[1].employer .. "/" .. best[1].task .. " of " .. #best)
    end
  end,
}
EOF
expect_exit 0 "a scenario reading a folder of sheets" -- "$HASHIGO" --lang en sim run "$WORK/course/farm-trial.lua" --json
cp "$WORK/out" "$WORK/farm.json"
check "every sheet of the folder was offered" "$(json farm.json 'sorted({t["employer"] for t in r["months"][1]["matches"][0]["match"]["tasks"]})')" "['tokuyo', 'yasai-farm']"
check "m.match(5) is the 5th of the month" "$(json farm.json 'r["months"][1]["matches"][0]["date"]')" "2023-10-05"
check "the run keeps the digest of the record files" "$(json farm.json 'len(r["scenario"]["records_digest"])')" "64"
expect_exit 0 "replay with the same sheets" -- "$HASHIGO" sim replay "$WORK/farm.json" --json
python3 - "$WORK/course/sheets/farm.json" <<'PY'
import json, sys
sheet = json.load(open(sys.argv[1]))
sheet["tasks"][0]["openings"] = sheet["tasks"][0].get("openings", 1) + 2  # the farm takes more people
json.dump(sheet, open(sys.argv[1], "w"), ensure_ascii=False, indent=2)
PY
expect_exit 3 "replay after a sheet changed" -- "$HASHIGO" --lang en sim replay "$WORK/farm.json"
expect_in err 'the record files the scenario reads changed after .*farm.json was saved' "it says the records changed"

# --- bad input, each with its place ---
# scenario NAME HEADER-LINES MONTH-BODY: a two-month national scenario with extra header lines
scenario() {
  cat > "$WORK/$1.lua" <<EOF
return {
  id = "t-case", title = { ja = "t", en = "t" }, region = "national", start = "2024-04-08", months = 2,
  person = { pseudonym = "Tさん", birth_date = "1990-01-01", gender = "male", disability_cert = "none" },
  household = { size = 2, kind = "single_parent", housing = "rented", prefecture = "12", municipality = "122033" },
  intake = { channel = "visit", source = "self", concerns = { "job_search" }, stage = "life" },
  $2
  month = function(m) $3 end,
}
EOF
}
SHEET='employers = { { id = "e1", name = "E1", since = "2024-01-01", tasks = { { id = "t1", title = { ja = "作業", en = "task" }, days_per_week = 2, hours_per_day = 3, wage_forms = { "taiken" } } } } },'
scenario bad-task "$SHEET" 'if m.month == 2 then m.event("placement_started", { placement_id = "p1", employer = "E1", employer_id = "e1", task_id = "t2", kind = "taiken", contract = "none", hours_per_week = 6 }) end'
expect_exit 3 "a placement naming a task the sheet lacks" -- "$HASHIGO" --lang en sim run "$WORK/bad-task.lua"
expect_in err "bad-task.lua: month 2 event 1.task_id: employer 'e1' \(version of 2024-01-01\) has no task 't2' \(it has t1\)" "names the month's event, the field and the tasks it has"
scenario bad-form "$SHEET" 'if m.month == 2 then m.event("placement_started", { placement_id = "p1", employer = "E1", employer_id = "e1", task_id = "t1", kind = "commuter_paid", contract = "none", hours_per_week = 6 }) end'
expect_exit 3 "a wage form the task does not take" -- "$HASHIGO" --lang en sim run "$WORK/bad-form.lua"
expect_in err "month 2 event 1.kind: " "names the kind"
scenario bad-sheet 'employers = { { id = "e1", name = "E1", since = "2024-01-01", tasks = { { id = "t1", title = { ja = "作業", en = "task" }, days_per_week = 2, hours_per_day = "x", wage_forms = { "taiken" } } } } },' ''
expect_exit 3 "a sheet that does not read" -- "$HASHIGO" --lang en sim run "$WORK/bad-sheet.lua"
expect_in err "bad-sheet.lua: employers\[1\]\.tasks\[0\]\.hours_per_day: must be a number" "names the record and its field"
scenario twice 'agencies = { { id = "centre", name = "C", since = "2015-04-01", role = "centre" }, { id = "centre", name = "C2", since = "2015-04-01", role = "centre" } },' ''
expect_exit 3 "one agency version listed twice" -- "$HASHIGO" --lang en sim run "$WORK/twice.lua"
expect_in err "twice.lua: agencies: 'centre \(2015-04-01\)' is listed twice" "names the list and the version"
scenario no-file 'agencies = { "nowhere/centre.json" },' ''
expect_exit 3 "a record file that is not there" -- "$HASHIGO" --lang en sim run "$WORK/no-file.lua"
expect_in err "nowhere/centre.json: cannot read the file" "names the file"
scenario bad-agency 'agencies = { { id = "centre", name = "C", since = "2015-04-01", role = "centre" } },' 'm.event("agency_joined", { agency_id = "centr", lead = true })'
expect_exit 3 "joining an agency the scenario lacks" -- "$HASHIGO" --lang en sim run "$WORK/bad-agency.lua"
expect_in err "month 1 event 1.agency_id: no agency 'centr' among the scenario's agencies" "names the agency"
scenario bad-partner 'agencies = { { id = "kikan", name = "K", since = "2021-06-01", role = "nakapotsu", kikan = true, partners = { "east" } } },' ''
expect_exit 3 "a core centre's partner the scenario lacks" -- "$HASHIGO" --lang en sim run "$WORK/bad-partner.lua"
expect_in err "agencies: kikan: partners\[0\]: partner centre 'east' is not on record on 2021-06-01" "names the partner"
MOTHER='cases = { { id = "t-mother", start = "2024-04-20", person = { pseudonym = "母", birth_date = "1950-01-01", gender = "female", disability_cert = "none" }, household = { size = 2, kind = "single_parent", housing = "rented", prefecture = "12", municipality = "122033" }, intake = { channel = "visit", source = "self", concerns = { "care" }, stage = "life" } } },'
scenario bad-member "$MOTHER"' households = { { id = "h", kind = "multi_gen", since = "2024-04-08", members = { { case = "t-case", relation = "child" }, { case = "t-mom", relation = "head" } } } },' ''
expect_exit 3 "a household naming a case the scenario lacks" -- "$HASHIGO" --lang en sim run "$WORK/bad-member.lua"
expect_in err "households: h: members\[1\]\.case: the scenario has no case 't-mom' \(it has t-case, t-mother\)" "names the member and the cases there are"
scenario before-intake "$MOTHER" 'm.event("contact", { date = m.day(10), kind = "phone" }, "t-mother")'
expect_exit 3 "an event on another case before it opened" -- "$HASHIGO" --lang en sim run "$WORK/before-intake.lua"
expect_in err "before-intake.lua: month 1 event 1" "names the month's event"
scenario unknown-case "$MOTHER" 'm.event("contact", { kind = "phone" }, "t-mom")'
expect_exit 4 "m.event on a case the scenario lacks" -- "$HASHIGO" --lang en sim run "$WORK/unknown-case.lua"
expect_in err "RULE005 .*unknown-case.lua:[0-9]+: m.event: no case 't-mom' in this scenario \(its other cases: t-mother\)" "names the case and the line"
scenario no-sheets '' 'm.match()'
expect_exit 4 "m.match without employers" -- "$HASHIGO" --lang en sim run "$WORK/no-sheets.lua"
expect_in err "RULE005 .*no-sheets.lua:[0-9]+: m.match: this scenario has no employers" "says what is missing"
scenario match-unread "$SHEET" 'm.event("contact", { kind = "telepathy" }) m.match()'
expect_exit 3 "a month's event that does not read, met by m.match" -- "$HASHIGO" --lang en sim run "$WORK/match-unread.lua"
expect_in err "match-unread.lua: month 1 event 1.kind: 'telepathy' is not one of" "named as the month end names it"
scenario match-outside "$SHEET" 'm.match("2024-06-01")'
expect_exit 4 "m.match on a day outside the month" -- "$HASHIGO" --lang en sim run "$WORK/match-outside.lua"
expect_in err "m.match is dated \"2024-06-01\", outside month 1" "names the day and the month"
finish
