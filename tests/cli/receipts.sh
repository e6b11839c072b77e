# hashigo receipt verify: stored decisions made again from the events they were made from; the
# events digest covers what the view digest leaves out (an interview's minutes).
source "$(dirname "$0")/lib.bash"
DB="$WORK/r.db"
H() { "$HASHIGO" --db "$DB" --lang en --rules "$SRC/rules" "$@"; }
H init >/dev/null
H case new --file "$SRC/examples/cases/b-san.json" >/dev/null
H eval b-san --monthly --as-of 2016-02-29 --commit >/dev/null

expect_exit 0 "every receipt of a case verifies" -- H receipt verify --case b-san
check_count() { if [ "$1" = "$2" ]; then passes=$((passes + 1)); else echo "FAIL: $3: $1, expected $2"; failures=$((failures + 1)); fi; }
check_count "$(grep -c ' identical$' "$WORK/out")" 10 "ten receipts identical, committed steps included"
expect_in err "^10 receipt\(s\): 10 identical, 0 not" "summary"
expect_exit 0 "--all" -- H receipt verify --all
expect_exit 0 "one receipt as JSON" -- H receipt verify 3 --json
expect_in out '^\{"as_of":"2015-07-31","case":"b-san","events_digest":"[0-9a-f]{64}","receipt":3,"result":"identical","view_digest":"[0-9a-f]{64}"\}$' \
  "JSON names both digests"
expect_exit 0 "in Japanese" -- "$HASHIGO" --db "$DB" --lang ja --rules "$SRC/rules" receipt verify 1
expect_in out "同一" "the verdict in Japanese"

# A changed pack cannot make the old decisions again: said, with both digests, exit 1.
cp -r "$SRC/rules" "$WORK/rules"
sed -i 's/^      value = 0.8,$/      value = 0.7,/' "$WORK/rules/national/pack.lua"
expect_exit 1 "a changed pack" -- "$HASHIGO" --db "$DB" --lang en --rules "$WORK/rules" receipt verify --case b-san
check_count "$(grep -c 'pack changed  recorded [0-9a-f]\{12\}… / now [0-9a-f]\{12\}…' "$WORK/out")" 10 "every receipt says the pack changed"

# The minutes of an interview are read by no rule: the view digest stays, the events digest moves.
# The same case in a second database, one interview 95 minutes instead of 60.
sed 's/"kind": "interview", "minutes": 60/"kind": "interview", "minutes": 95/' \
  "$SRC/examples/cases/b-san.json" > "$WORK/b-two.json"
H2() { "$HASHIGO" --db "$WORK/two.db" --lang en --rules "$SRC/rules" "$@"; }
H2 init >/dev/null
H2 case new --file "$WORK/b-two.json" >/dev/null
H2 eval b-san --monthly --as-of 2016-02-29 --commit >/dev/null
H history b-san --json | tr -d ' \n' > "$WORK/a.json"
H2 history b-san --json | tr -d ' \n' > "$WORK/b.json"
digest() { grep -o "\"as_of\":\"2015-06-30\",\"events_digest\":\"[0-9a-f]*\",\"events_through\":[0-9]*,\"id\":[0-9]*,\"inputs_digest\":\"[0-9a-f]*\"" "$1"; }
a_view=$(digest "$WORK/a.json" | grep -o '"inputs_digest":"[0-9a-f]*"')
b_view=$(digest "$WORK/b.json" | grep -o '"inputs_digest":"[0-9a-f]*"')
a_events=$(digest "$WORK/a.json" | grep -o '"events_digest":"[0-9a-f]*"')
b_events=$(digest "$WORK/b.json" | grep -o '"events_digest":"[0-9a-f]*"')
if [ -n "$a_view" ] && [ "$a_view" = "$b_view" ]; then passes=$((passes + 1)); else echo "FAIL: the view digest should not see the minutes ($a_view / $b_view)"; failures=$((failures + 1)); fi
if [ -n "$a_events" ] && [ -n "$b_events" ] && [ "$a_events" != "$b_events" ]; then passes=$((passes + 1)); else echo "FAIL: the events digest should see the minutes ($a_events / $b_events)"; failures=$((failures + 1)); fi
expect_exit 0 "the second database's receipts verify" -- H2 receipt verify --case b-san

# --replay works on a stored case too, and writes nothing.
H3() { "$HASHIGO" --db "$WORK/three.db" --lang en --rules "$SRC/rules" "$@"; }
H3 init >/dev/null
H3 case new --file "$SRC/examples/cases/b-san.json" >/dev/null
expect_exit 0 "eval --replay of a stored case" -- H3 eval b-san --as-of 2016-02-29 --replay --json
expect_in out '"replayed_steps":2,"source":"replayed".*"from":\{"rung":"part_time","stage":"general"\}' "the stored case is replayed"
expect_exit 0 "nothing was written" -- H3 history b-san
check_count "$(sed -n '/^decision receipts:/,$p' "$WORK/out" | grep -c '^  #')" 0 "no receipt stored by a replay"
check_count "$(H3 history b-san --json | grep -c stage_changed)" 0 "no step stored by a replay"

expect_exit 2 "no receipt named" -- H receipt verify
expect_exit 2 "ids and --all" -- H receipt verify 1 --all
expect_exit 3 "an unknown receipt" -- H receipt verify 999
expect_in err "#999: no such receipt" "the unknown receipt is named"
expect_exit 3 "an unknown case" -- H receipt verify --case nobody

finish
