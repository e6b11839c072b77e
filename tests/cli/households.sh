# An 8050 household with two linked cases (J5's son and his mother): the household record links
# them, so the son's evaluation sees his mother's case and the household finances recorded in it;
# both cases are on the agenda for a joint case conference until one is held; the mother's death
# closes her case and the son's household is reviewed at once; a new version of the record says
# who lives there from then on. Bad household records are refused by field, and nothing is stored.
source "$(dirname "$0")/lib.bash"
DB="$WORK/h.db"
H() { "$HASHIGO" --db "$DB" --rules "$SRC/rules" --lang en "$@"; }
H init >/dev/null
expect_exit 0 "store the son's case" -- H case new --file "$SRC/examples/cases/e-household.json"
expect_exit 0 "store the mother's case" -- H case new --file "$SRC/examples/cases/e-mother.json"

# Before the link: the son's case knows only its own (older) finances.
expect_exit 0 "eval before the link" -- H eval e-household --as-of 2022-09-30 --explain
expect_in out 'household_assets_yen 4000000' "the son's own record: 4,000,000 yen"
if grep -q 'HH-03 Several' "$WORK/out"; then echo "FAIL: HH-03 without a household"; failures=$((failures + 1)); else passes=$((passes + 1)); fi

# Bad household records: each refused naming the field, exit 3, nothing stored.
household() {  # household FILE MEMBERS-JSON [SINCE]
  printf '{"format": "hashigo.household/1", "id": "e-household", "kind": "8050", "since": "%s", "members": %s}' "${3:-2022-05-16}" "$2" > "$WORK/$1"
}
household unknown.json '[{"case": "e-mother", "relation": "head"}, {"case": "nobody", "relation": "child"}]'
expect_exit 3 "a case the store does not hold" -- H household new --file "$WORK/unknown.json"
expect_in err 'unknown.json: members\[1\]\.case' "names the member's place in the file"
household cousin.json '[{"case": "e-mother", "relation": "cousin"}]'
expect_exit 3 "a relation not in the list" -- H household new --file "$WORK/cousin.json"
expect_in err 'cousin.json: members\[0\]\.relation' "names the relation"
household twice.json '[{"case": "e-mother", "relation": "head"}, {"case": "e-mother", "relation": "child"}]'
expect_exit 3 "the same case twice" -- H household new --file "$WORK/twice.json"
expect_in err 'twice.json: members\[1\]\.case' "names the second mention"
household nocase.json '[{"relation": "head", "birth_date": "1940-03-01"}]'
expect_exit 3 "no member with a case" -- H household new --file "$WORK/nocase.json"
expect_in err 'nocase.json: members' "names the members"
expect_exit 0 "nothing stored by the refusals" -- H household list
if [ -s "$WORK/out" ]; then echo "FAIL: a refused household was stored: $(cat "$WORK/out")"; failures=$((failures + 1)); else passes=$((passes + 1)); fi

# The household record links the two cases.
expect_exit 0 "record the household" -- H household new --file "$SRC/examples/households/e-household.json"
expect_in out 'recorded household e-household \(from 2022-05-16, 2 members, 2 with a case\)' "says what it stored"
expect_exit 3 "the same household again" -- H household new --file "$SRC/examples/households/e-household.json"
expect_in err 'e-household.json: id: household .e-household. is already stored' "refused by id"
expect_exit 0 "household show" -- H household show e-household --as-of 2022-09-30
expect_in out '^  head of household +e-mother +82  in_support  life  Household-budget improvement support' "the mother: 82, in support, using 家計改善"
expect_in out '^  child +e-household +54  in_support  life' "the son: 54, in support"
expect_in out 'household finances from case e-mother \(2022-07-05' "the household's newest finances are in the mother's case"
expect_exit 0 "household show --json" -- H household show e-household --as-of 2022-09-30 --json
expect_in out '"financial_assets_yen": 3600000' "the JSON carries the finances"

# The son's evaluation sees his mother's case: the household's newest finances (3,600,000 yen,
# a monthly deficit → 家計改善), and a joint case conference owed for two open cases (HH-03).
expect_exit 0 "eval with the household" -- H eval e-household --as-of 2022-09-30 --explain
expect_in out 'household_assets_yen 3600000' "the finances recorded in the mother's case"
expect_in out 'monthly_surplus_yen -15000' "the household's deficit from the mother's record"
expect_in out 'HH-03 .*head of the household \(e-mother\)' "HH-03 names the mother's case"
expect_exit 0 "eval --json with the household" -- H eval e-household --as-of 2022-09-30 --json
expect_in out '"code":"household_joint_review"' "the alert's code"

# The agenda lists both cases for the joint conference.
expect_exit 0 "agenda" -- H meeting agenda --date 2022-10-04 --no-progress
expect_in out '^## e-household$' "the son's case is on the agenda"
expect_in out '^## e-mother$' "the mother's case is on the agenda"
expect_in out 'HH-03' "because of HH-03"
printf '{"format": "hashigo.meeting/1", "id": "joint-2022-10", "kind": "joint_case", "date": "2022-10-04",
 "agencies": [{"name": "地域包括支援センター", "role": "houkatsu"}, {"name": "自立相談支援センター", "role": "centre"}],
 "cases": [{"case": "e-household", "decisions": [{"decision": "info_shared"}]}, {"case": "e-mother", "decisions": [{"decision": "info_shared"}]}]}' > "$WORK/joint.json"
expect_exit 0 "hold the joint case conference" -- H meeting new --file "$WORK/joint.json"
expect_exit 0 "eval after the conference" -- H eval e-household --as-of 2022-10-31 --explain
if grep -q 'HH-03 Several' "$WORK/out"; then echo "FAIL: HH-03 after the joint conference"; failures=$((failures + 1)); else passes=$((passes + 1)); fi

# The monthly report counts the linked household and its two open cases.
expect_exit 0 "report monthly" -- H report monthly --month 2022-10 --format csv --no-progress
expect_in out 'households\.linked,[^,]*,1,count' "one household linked"
expect_in out 'households\.new,[^,]*,0,count' "recorded from May, not new in October"
expect_in out 'households\.several_open,[^,]*,1,count' "with two open cases"

# A committed step keeps its receipt; verifying it re-evaluates with the household as stored.
expect_exit 0 "commit the month end" -- H eval e-household --as-of 2022-10-31 --commit
expect_exit 0 "verify the receipt" -- H receipt verify --case e-household
expect_in out 'e-household  identical' "the re-evaluation with the household gives the same decision"

# The mother dies: her case closes, and the son's household is reviewed at once (HH-01, urgent).
expect_exit 0 "close the mother's case" -- sh -c "printf '{\"type\": \"closed\", \"date\": \"2023-02-20\", \"reason\": \"deceased\"}' | \"$HASHIGO\" --db \"$DB\" event add e-mother"
expect_exit 0 "eval after her death" -- H eval e-household --as-of 2023-02-28 --json
expect_in out '"code":"household_changed"' "the household review"
expect_in out '"severity":"urgent"' "urgent"
expect_exit 0 "eval in Japanese" -- "$HASHIGO" --db "$DB" --rules "$SRC/rules" --lang ja eval e-household --as-of 2023-02-28
expect_in out '同じ世帯の世帯主（e-mother）のケースが2023-02-20に終結（deceased）' "the Japanese reason"

# A new version of the record: from 2023-02-20 the son lives alone. A version not later than the
# stored one is refused.
household earlier.json '[{"case": "e-household", "relation": "head"}]' 2022-05-16
expect_exit 3 "a change dated before the stored version" -- H household change --file "$WORK/earlier.json"
expect_in err 'earlier.json: since' "names since"
printf '{"format": "hashigo.household/1", "id": "e-household", "kind": "single", "since": "2023-02-20", "members": [{"case": "e-household", "relation": "head"}]}' > "$WORK/alone.json"
expect_exit 0 "record the change" -- H household change --file "$WORK/alone.json"
expect_exit 0 "two versions listed" -- H household list
expect_in out '^2022-05-16 e-household 8050 household \(e-mother, e-household\)$' "the first version"
expect_in out '^2023-02-20 e-household single \(e-household\)$' "the second version"
expect_exit 0 "the past is kept" -- H household show e-household --as-of 2023-01-31
expect_in out 'e-mother' "on 2023-01-31 the mother was a member"
expect_exit 0 "eval after the change" -- H eval e-household --as-of 2023-04-30 --explain
if grep -q 'e-mother' "$WORK/out"; then echo "FAIL: the mother still seen after the change"; failures=$((failures + 1)); else passes=$((passes + 1)); fi
expect_exit 3 "an unknown household" -- H household show nobody
expect_in err 'household: no household .nobody.' "names the household"
finish
