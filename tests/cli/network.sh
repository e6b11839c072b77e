# A joint case with なかぽつ 基幹型 (J4, Dさん): the area's agencies are stored (the centre, a core
# Nakapotsu centre and its partner centre, Hello Work); the centre takes the case and leads; with
# the certificate applied for and an FDP axis at level 2, RF-KIKAN proposes the core centre; the
# referral names it, it joins with his agreement, RF-KIKAN falls silent and `agency show` lists the
# case; a second person held by the partner centre raises NK-01 until the core centre joins; at
# the hire the lead passes to the core centre. Bad records and events are refused with the place
# and nothing stored; the monthly report counts the network.
source "$(dirname "$0")/lib.bash"
DB="$WORK/n.db"
H() { "$HASHIGO" --db "$DB" --rules "$SRC/rules" --lang en "$@"; }
ev() { printf '%s' "$2" | H event add "$1"; }
A="$SRC/examples/agencies"
H init >/dev/null

expect_exit 0 "store the area's agencies (partner after its core centre in one add)" -- \
  H agency add --file "$A/jiritsu-ichikawa.json" --file "$A/naka-kikan.json" --file "$A/naka-east.json" --file "$A/hw-ichikawa.json"
expect_in out '^recorded agency naka-kikan \(from 2021-06-01, employment and life support centre \(なかぽつ\)\)$' "the core centre recorded"
expect_exit 0 "agency list" -- H agency list
expect_in out '^2021-06-01 naka-kikan employment and life support centre \(なかぽつ\) \(core centre\) 障害者就業' "the core centre is marked"

# Dさん until the end of July 2025 (certificate applied for on 07-15), living in Ichikawa, the centre leading.
python3 - "$SRC/examples/cases/d-san.json" "$WORK/d.json" "$WORK/p.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d["events"] = [e for e in d["events"] if e["date"] <= "2025-07-31"]
d["events"].insert(2, {"type": "household_moved", "date": "2025-05-12", "municipality": "122033"})
d["events"].insert(3, {"type": "agency_joined", "date": "2025-05-12", "agency_id": "jiritsu-ichikawa", "lead": True})
d["id"] = "d-net"
json.dump(d, open(sys.argv[2], "w"), ensure_ascii=False)
d["id"] = "d-partner"  # the same situation, held by the partner centre with the centre
d["events"].append({"type": "agency_joined", "date": "2025-07-20", "agency_id": "naka-east", "agreed": True})
json.dump(d, open(sys.argv[3], "w"), ensure_ascii=False)
PY
expect_exit 0 "store Dさん" -- H case new --file "$WORK/d.json"
expect_exit 0 "store the partner centre's case" -- H case new --file "$WORK/p.json"

expect_exit 0 "end of July: a difficult case the centre holds alone" -- H eval d-net --as-of 2025-07-31 --json
expect_in out '"rule": ?"RF-KIKAN"' "RF-KIKAN proposes the core centre"
expect_exit 0 "the partner centre's case" -- H eval d-partner --as-of 2025-07-31 --json
expect_in out '"code": ?"kikan_advice"' "NK-01: ask the core centre for advice"
expect_in out 'ask the core centre \(naka-kikan\) for supervision' "names the core centre"

# The referral names the core centre; it answers and joins with his agreement.
expect_exit 0 "referral to the core centre" -- ev d-net '{"type":"referral_made","date":"2025-08-01","referral_id":"r-kikan","target":"nakapotsu","agency_id":"naka-kikan","warm_handoff":true}'
expect_exit 0 "accepted" -- ev d-net '{"type":"referral_answered","date":"2025-08-04","referral_id":"r-kikan","outcome":"accepted"}'
expect_exit 0 "the core centre joins" -- ev d-net '{"type":"agency_joined","date":"2025-08-05","agency_id":"naka-kikan","agreed":true,"referral_id":"r-kikan"}'
expect_exit 0 "after it joined" -- H eval d-net --as-of 2025-08-10 --json
if grep -qE '"rule": ?"RF-KIKAN"' "$WORK/out" || grep -qE '"code": ?"lead_agency_missing"' "$WORK/out" || grep -qE '"code": ?"joint_agreement_missing"' "$WORK/out"; then
  echo "FAIL: RF-KIKAN, NK-02 or NK-03 after the core centre joined with his agreement"; failures=$((failures + 1)); else passes=$((passes + 1)); fi
expect_exit 0 "case show --json" -- H case show d-net --as-of 2025-08-10 --json
expect_in out '"agency_id": "naka-kikan"' "the referral names the agency"
expect_exit 0 "the core centre's cases" -- H agency show naka-kikan --as-of 2025-08-10
expect_in out '^  partner centre: naka-east ' "its partner centre"
expect_in out '^  cases held on 2025-08-10: 1 of 30 cases$' "one case of thirty"
expect_in out '^    d-net$' "Dさん's case"
expect_exit 0 "the partner centre" -- H agency show naka-east --as-of 2025-08-10
expect_in out '^  supervised by the core centre: naka-kikan ' "supervised by the core centre"
expect_exit 0 "agency list on a day" -- H agency list --as-of 2025-08-10
expect_in out '^2015-04-01 jiritsu-ichikawa .*\(2 of 120 cases\)$' "the centre holds both cases"

# A new version of the core centre (more places from September); a version not later is refused.
sed 's/"since": "2021-06-01"/"since": "2025-09-01"/; s/"capacity": 30/"capacity": 40/' "$A/naka-kikan.json" > "$WORK/kikan-2025.json"
expect_exit 0 "agency change" -- H agency change --file "$WORK/kikan-2025.json"
expect_exit 0 "the core centre in September" -- H agency show naka-kikan --as-of 2025-09-10
expect_in out '^  cases held on 2025-09-10: 1 of 40 cases$' "the new capacity from the new version"
expect_exit 0 "the core centre in August" -- H agency show naka-kikan --as-of 2025-08-10
expect_in out '^  cases held on 2025-08-10: 1 of 30 cases$' "the old version on an August day"
expect_exit 3 "a change not later than the stored version" -- H agency change --file "$A/naka-kikan.json"
expect_in err "since" "names since"

# The core centre joins the partner centre's case too: NK-01 is answered.
expect_exit 0 "the core centre joins the partner's case" -- ev d-partner '{"type":"agency_joined","date":"2025-08-06","agency_id":"naka-kikan","agreed":true}'
expect_exit 0 "the partner's case after" -- H eval d-partner --as-of 2025-08-10 --json
if grep -qE '"code": ?"kikan_advice"' "$WORK/out"; then echo "FAIL: NK-01 after the core centre joined"; failures=$((failures + 1)); else passes=$((passes + 1)); fi

# Without his agreement recorded, NK-03 asks for it (a third case, the same situation).
python3 - "$WORK/d.json" "$WORK/q.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d["id"] = "d-unasked"
d["events"].append({"type": "agency_joined", "date": "2025-07-25", "agency_id": "naka-kikan"})
json.dump(d, open(sys.argv[2], "w"), ensure_ascii=False)
PY
expect_exit 0 "a core centre joined without asking" -- H case new --file "$WORK/q.json"
expect_exit 0 "eval" -- H eval d-unasked --as-of 2025-07-31 --json
expect_in out '"code": ?"joint_agreement_missing"' "NK-03: confirm his own will"

# At the hire the lead passes to the core centre (J4: なかぽつ's retention support).
expect_exit 0 "the lead passes" -- ev d-net '{"type":"lead_changed","date":"2026-01-13","agency_id":"naka-kikan"}'
expect_exit 0 "case show" -- H case show d-net --as-of 2026-01-13 --json
expect_in out '"lead_agency": "naka-kikan"' "the core centre leads"
expect_exit 0 "the core centre's cases in January" -- H agency show naka-kikan --as-of 2026-01-13
expect_in out '^    d-net \(lead\)$' "marked as the lead"

# Refused events: the place, and nothing stored.
expect_exit 3 "a referral to an unknown agency" -- ev d-net '{"type":"referral_made","date":"2026-01-14","referral_id":"r9","target":"hellowork","agency_id":"hw-nowhere"}'
expect_in err "event\.agency_id: no agency 'hw-nowhere' is stored" "names the agency"
expect_exit 3 "a referral the agency does not take" -- ev d-net '{"type":"referral_made","date":"2026-01-14","referral_id":"r9","target":"nakapotsu","agency_id":"hw-ichikawa"}'
expect_in err "event\.agency_id: agency 'hw-ichikawa' does not take referrals to 'nakapotsu' \(it takes hellowork\)" "names what it takes"
expect_exit 3 "an unknown agency joins" -- ev d-net '{"type":"agency_joined","date":"2026-01-14","agency_id":"naka-west"}'
expect_in err "event\.agency_id: no agency 'naka-west' is stored" "names the agency"
expect_exit 3 "leaving a case it does not hold" -- ev d-net '{"type":"agency_left","date":"2026-01-14","agency_id":"naka-east"}'
expect_in err "agency_id: agency 'naka-east' does not hold the case \(agencies holding it: jiritsu-ichikawa, naka-kikan\)" "names who holds it"
expect_exit 3 "joining twice" -- ev d-net '{"type":"agency_joined","date":"2026-01-14","agency_id":"naka-kikan"}'
expect_in err "agency_id: agency 'naka-kikan' already holds the case" "already on it"
expect_exit 0 "history" -- H history d-net
if grep -q '2026-01-14' "$WORK/out"; then echo "FAIL: a refused event was stored"; failures=$((failures + 1)); else passes=$((passes + 1)); fi

# Bad agency records: the file and the field, nothing stored.
sed 's/"role": "hellowork"/"role": "hellowork", "kikan": true/; s/hw-ichikawa/hw-bad/' "$A/hw-ichikawa.json" > "$WORK/hw-bad.json"
expect_exit 3 "基幹型 on Hello Work" -- H agency add --file "$WORK/hw-bad.json"
expect_in err "hw-bad\.json: kikan: only a nakapotsu centre \(role: nakapotsu\) takes the core role \(this agency is hellowork\)" "names the file and field"
sed 's/"naka-east"\]/"naka-west"]/; s/"id": "naka-kikan"/"id": "naka-kikan2"/' "$A/naka-kikan.json" > "$WORK/k2.json"
expect_exit 3 "an unknown partner" -- H agency add --file "$WORK/k2.json"
expect_in err "partners\[0\]: partner centre 'naka-west' is not on record on 2021-06-01" "names the partner"
sed 's/"122033"/"122034"/' "$A/naka-east.json" | sed 's/"naka-east"/"naka-x"/' > "$WORK/x.json"
expect_exit 3 "a wrong municipality code" -- H agency add --file "$WORK/x.json"
expect_in err "x\.json: areas\[0\]" "names the area"
expect_exit 3 "an agency stored twice" -- H agency add --file "$A/naka-east.json"
expect_in err "id: agency 'naka-east' is already stored" "names the id"
expect_exit 0 "agency list" -- H agency list
if grep -qE 'hw-bad|naka-kikan2|naka-x' "$WORK/out"; then echo "FAIL: a refused agency was stored"; failures=$((failures + 1)); else passes=$((passes + 1)); fi
expect_exit 3 "show an unknown agency" -- H agency show nobody
expect_in err "no agency 'nobody' is stored" "names it"

# The monthly report counts the network.
expect_exit 0 "report monthly August" -- H report monthly --month 2025-08 --format csv --no-progress
expect_in out 'network\.agencies,[^,]*,4,count' "four agencies"
expect_in out 'network\.kikan,[^,]*,1,count' "one core centre"
expect_in out 'network\.joined,[^,]*,2,count' "two joinings in August"
expect_in out 'network\.joint_cases,[^,]*,3,count' "three joint cases"
expect_in out 'network\.kikan_cases,[^,]*,3,count' "the core centre holds three"
expect_in out 'network\.referrals_to_agency,[^,]*,1,count' "one referral named the agency"
expect_exit 0 "report monthly January" -- H report monthly --month 2026-01 --format csv --no-progress
expect_in out 'network\.lead_changes,[^,]*,1,count' "the lead passed"

# A record written into the store by something else, which no longer reads: the store's fault (exit 5), named.
python3 - "$DB" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("INSERT INTO agencies (id, since, payload) VALUES ('alien', '2020-01-01', '{\"format\":\"hashigo.agency/1\",\"id\":\"alien\",\"name\":\"x\",\"since\":\"2020-01-01\",\"role\":\"police\"}')")
db.commit()
PY
expect_exit 5 "agency list over a foreign record" -- H agency list
expect_in err "E_CORRUPT.*agency 'alien' since 2020-01-01.*role" "names the record and the field"

expect_exit 0 "schema agency" -- H schema agency
expect_in out '"kikan"' "the schema has kikan"
finish
