# The case facts beyond the ladder, end to end on a real database: where the household lives and a
# move, school, legal status, concerns changed after intake, per-kind contacts, the latest
# appraisal and review, and follow-ups after a closure. A rule pack of this test's own reads every
# new fact through the case view; bad input is refused with exit 3 naming the field.
source "$(dirname "$0")/lib.bash"
DB="$WORK/t.db"
H() { "$HASHIGO" --db "$DB" --lang en "$@"; }
ev() { printf '%s' "$2" | H event add "$1"; }

expect_exit 0 "init" -- H init
expect_exit 0 "the Fujisawa byturn case is stored" -- H case new --file "$SRC/examples/cases/kanagawa-byturn.json"
expect_exit 0 "b-san is stored" -- H case new --file "$SRC/examples/cases/b-san.json"

# ── the place, and a move ────────────────────────────────────────────────────────────────────
expect_exit 0 "case show" -- H case show fujisawa-byturn --as-of 2015-12-31
expect_in out "^lives in: Kanagawa \(14\), municipality 142051$" "case show names the place"
expect_in out "^school: high school, enrolled since 2013-04-08, expected to graduate 2016-03-01$" "case show: at school"
expect_exit 0 "case show after graduation" -- H case show fujisawa-byturn --as-of 2016-03-31
expect_in out "^school: high school graduated 2016-03-01$" "case show: graduated"
expect_exit 0 "a move to Kamakura" -- ev fujisawa-byturn '{"type":"household_moved","date":"2016-12-01","municipality":"142042","rent_yen":58000}'
expect_exit 0 "case show after the move" -- H case show fujisawa-byturn --as-of 2017-03-31
expect_in out "^lives in: Kanagawa \(14\), municipality 142042 \(moved 2016-12-01\)$" "the move is shown"
expect_exit 0 "case show --json before the move" -- H case show fujisawa-byturn --as-of 2016-11-30 --json
python3 - "$WORK/out" <<'PY' && passes=$((passes + 1)) || { echo "FAIL: the folded state before the move"; failures=$((failures + 1)); }
import json, sys
s = json.load(open(sys.argv[1]))
assert s["household"]["municipality"] == "142051" and s["moved_on"] is None, s["household"]
assert s["schools"][0]["left_reason"] == "graduated", s["schools"]
PY
ja=$("$HASHIGO" --db "$DB" --lang ja case show fujisawa-byturn --as-of 2017-03-31)
case "$ja" in *"住所地: 神奈川県 (14), 市区町村 142042（2016-12-01 に転居）"*) passes=$((passes + 1)) ;;
  *) echo "FAIL: case show in Japanese names the place: $ja"; failures=$((failures + 1)) ;; esac

# ── a pack of this test's own reads the new facts through the case view ─────────────────────
mkdir -p "$WORK/rules/facts"
copy_national "$WORK/rules"
cat >"$WORK/rules/facts/pack.lua" <<'LUA'
return { name = { ja = "事実", en = "facts" }, version = "0.0.1", extends = "national" }
LUA
cat >"$WORK/rules/facts/alerts.lua" <<'LUA'
local function text(case)
  local h, s, l, f = case.household, case.school, case.legal, case.follow_ups
  local kinds = {}
  for kind, k in pairs(case.contacts) do kinds[#kinds + 1] = kind .. ":" .. k.successful .. "/" .. k.attempted end
  table.sort(kinds)
  local items = {}
  if case.appraisal then
    for name, score in pairs(case.appraisal.items) do items[#items + 1] = name .. "=" .. score end
    table.sort(items)
  end
  return string.format("place=%s/%s/%s moved=%s school=%s/%s/%s legal=%s/%s concerns=%s contacts=%s follow_ups=%d/%d hire=%s/%s review=%s appraisal=%s",
    tostring(h.prefecture), tostring(h.municipality), h.prefecture_name and h.prefecture_name.en or "-",
    tostring(h.moved_on), tostring(case.in_school), s and s.kind or "-", s and tostring(s.graduated) or "-",
    l and l.status or "-", l and tostring(l.supervised) or "-", table.concat(case.concerns, ","),
    table.concat(kinds, ","), f.count, f.after_closure, tostring(case.hired_on), tostring(case.days_since_hire),
    tostring(case.review_kind), table.concat(items, ","))
end
return {
  { id = "FACTS", title = { ja = "事実", en = "facts" }, note = "test",
    decide = function(case, ctx)
      local t = text(case)
      return { code = "facts", severity = "info", reason = { ja = t, en = t } }
    end },
}
LUA
F() { "$HASHIGO" --db "$DB" --lang en --rules "$WORK/rules" "$@"; }
expect_exit 0 "the facts pack reads the byturn case at school" -- F eval fujisawa-byturn --region facts --as-of 2015-12-31 --explain
expect_in out "place=14/142051/Kanagawa moved=nil school=true/high/false legal=-/- concerns=job_search,hikikomori_futoko,income " "the view at school, in Fujisawa"
expect_exit 0 "… and after the move" -- F eval fujisawa-byturn --region facts --as-of 2017-03-31 --explain
expect_in out "place=14/142042/Kanagawa moved=2016-12-01 school=false/high/true " "the view after graduating and moving"
expect_in out "hire=2016-11-01/150 review=evaluation appraisal=ambition=4,horenso=4,responsibility=4,rules=5$" "hire, review kind and appraisal items"

# ── legal status, concerns, follow-ups ───────────────────────────────────────────────────────
expect_exit 0 "a legal status" -- ev b-san '{"type":"legal_status","date":"2015-06-03","status":"probation","since":"2014-04-01","ends_on":"2015-09-30"}'
expect_exit 0 "concerns change" -- ev b-san '{"type":"concerns_changed","date":"2015-08-20","added":["debt","childhood_cancer_survivor"],"removed":["hikikomori_futoko"]}'
expect_exit 0 "the facts pack reads them" -- F eval b-san --region facts --as-of 2015-08-31 --explain
expect_in out "legal=probation/true concerns=job_search,debt,childhood_cancer_survivor contacts=" "legal status and the current concerns"
expect_exit 0 "… probation ended" -- F eval b-san --region facts --as-of 2015-10-31 --explain
expect_in out "legal=probation/false " "supervision ends with the period"
expect_exit 0 "b-san's journey, committed" -- H eval b-san --monthly --as-of 2016-02-29 --commit
expect_exit 0 "the 6-month retention visit after the closure" -- H eval b-san --as-of 2016-05-31
expect_in out "retention_visit_due" "FU-01 raises the visit on a case closed as employed"
expect_exit 3 "a contact after the closure is refused" -- ev b-san '{"type":"contact","date":"2016-05-20","kind":"interview"}'
expect_in err "<stdin>: event\.type: the case is closed \(employed\); only a \`reopened\` event can follow, or a \`follow_up\`" "the refusal says what can follow"
expect_exit 0 "a follow-up after the closure is accepted" -- ev b-san '{"type":"follow_up","date":"2016-05-20","kind":"retention_visit","placement_id":"p4","minutes":40}'
expect_exit 0 "the visit is no longer due" -- H eval b-san --as-of 2016-05-31
if grep -q "retention_visit_due" "$WORK/out"; then echo "FAIL: FU-01 still raised after the follow-up"; failures=$((failures + 1)); else passes=$((passes + 1)); fi
expect_exit 0 "case show lists the follow-up" -- H case show b-san --as-of 2016-05-31
expect_in out "^follow-ups: 1 \(last 2016-05-20, 1 after the closure\)$" "the follow-up after the closure"
expect_in out "^status: closed \(employed\)" "the case stays closed"
expect_exit 0 "the facts pack sees it" -- F eval b-san --region facts --as-of 2016-05-31 --explain
expect_in out "retention_visit:1/1" "follow-ups are contacts of their kind"
expect_in out "follow_ups=1/1 " "follow-ups and those after the closure"

# ── bad input: exit 3 naming the field ───────────────────────────────────────────────────────
expect_exit 3 "a municipality code without its check digit" -- ev b-san '{"type":"household_moved","date":"2016-06-01","municipality":"12100"}'
expect_in err "<stdin>: municipality: '12100' lacks its check digit: a 全国地方公共団体コード has six digits \(121002\)" "the code it makes is named"
python3 - "$SRC/examples/cases/b-san.json" "$WORK" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
def variant(name, mutate):
    d = json.loads(json.dumps(doc)); d["id"] = name; mutate(d)
    json.dump(d, open(f"{sys.argv[2]}/{name}.json", "w"), ensure_ascii=False)
variant("pref-name", lambda d: d["household"].update(prefecture="chiba", municipality=None) or d["household"].pop("municipality"))
variant("wrong-pref", lambda d: d["household"].update(prefecture="13"))
variant("concern", lambda d: d["events"][0].update(concerns=["job_search", "withdrawal"]))
variant("graduation", lambda d: d["events"].insert(3, {"type": "school_enrolled", "date": "2015-06-03", "school": "university", "enrolled_on": "2006-04-01"}) or
        d["events"].insert(4, {"type": "school_left", "date": "2015-06-03", "reason": "graduated", "left_on": "2006-03-31"}))
variant("no-enrolment", lambda d: d["events"].insert(3, {"type": "school_left", "date": "2015-06-03", "reason": "graduated"}))
variant("legal", lambda d: d["events"].insert(3, {"type": "legal_status", "date": "2015-06-03", "status": "wanted"}))
variant("deceased", lambda d: d["events"].__setitem__(-1, dict(d["events"][-1], reason="deceased")) or
        d["events"].append({"type": "follow_up", "date": "2016-03-01", "kind": "phone"}))
PY
expect_exit 3 "a prefecture name instead of its code" -- H case new --file "$WORK/pref-name.json"
expect_in err "pref-name.json: household.prefecture: 'chiba' is not a prefecture code: .*\(Chiba is 12\)" "the code is suggested"
expect_exit 3 "a municipality outside the prefecture" -- H case new --file "$WORK/wrong-pref.json"
expect_in err "household.municipality: '121002' is a municipality of Chiba \(12\), not of prefecture 13 \(Tokyo\)" "the mismatch is named"
expect_exit 3 "an unlisted concern" -- H case new --file "$WORK/concern.json"
expect_in err "events\[0\]\.concerns\[1\]: 'withdrawal' is not one of: health_disability, " "the concern is named"
expect_exit 3 "a graduation before the enrolment" -- H case new --file "$WORK/graduation.json"
expect_in err "events\[4\]\.left_on: 2006-03-31 is before the enrolment \(2006-04-01\)" "the graduation date is named"
expect_exit 3 "a graduation with no school on record" -- H case new --file "$WORK/no-enrolment.json"
expect_in err "events\[3\]\.school: no school enrolment is on record" "the missing school is named"
expect_exit 3 "an unknown legal status" -- H case new --file "$WORK/legal.json"
expect_in err "events\[3\]\.status: 'wanted' is not one of: none, suspect, defendant, " "the status is named"
expect_exit 3 "a follow-up after a death" -- H case new --file "$WORK/deceased.json"
expect_in err "type: the case is closed \(deceased\); only a \`reopened\` event can follow$" "nothing follows a death"
expect_exit 3 "removing a concern that is not there" -- ev b-san '{"type":"concerns_changed","date":"2015-09-01","removed":["care"]}'
expect_in err "<stdin>: event\.removed\[0\]: 'care' is not among the current concerns \(job_search, debt, childhood_cancer_survivor\)" "the concern is named"
H case list >"$WORK/out"
if grep -qE "pref-name|wrong-pref|^concern$|graduation|no-enrolment|^legal$|deceased" "$WORK/out"; then
  echo "FAIL: a refused case was stored: $(cat "$WORK/out")"; failures=$((failures + 1))
else
  passes=$((passes + 1))
fi
finish
