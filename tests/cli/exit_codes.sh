# Every exit code of the CLI, on a temporary database, with the message naming the place.
source "$(dirname "$0")/lib.bash"
DB="$WORK/t.db"
H() { "$HASHIGO" --db "$DB" --lang en "$@"; }

expect_exit 0 "init" -- H init
expect_in out "schema 6" "init reports the schema"
expect_exit 0 "case new from the example" -- H case new --file "$SRC/examples/cases/b-san.json"
expect_in out "created case b-san with 39 event" "case new counts events"

# 2: usage
expect_exit 2 "no subcommand" -- "$HASHIGO"
expect_exit 2 "unknown option" -- H eval b-san --as-of 2015-06-30 --bogus
expect_exit 2 "missing --as-of" -- H eval b-san
expect_exit 2 "--commit on a case file" -- H eval "$SRC/examples/cases/b-san.json" --as-of 2015-06-30 --commit

# 3: invalid input, naming the file and field; nothing stored
python3 - "$SRC/examples/cases/b-san.json" "$WORK" <<'PY'
import json, sys
src, work = sys.argv[1], sys.argv[2]
doc = json.load(open(src))
def variant(name, mutate):
    d = json.loads(json.dumps(doc)); d["id"] = name; mutate(d)
    json.dump(d, open(f"{work}/{name}.json", "w"), ensure_ascii=False)
variant("neg-hours", lambda d: d["events"][9].__setitem__("hours_per_week", -3))
variant("fdp", lambda d: d["events"][3]["fdp"].__setitem__("stress", 7))
variant("attended", lambda d: d["events"][10].__setitem__("attended_hours", 99))
variant("early", lambda d: d["events"][2].__setitem__("date", "2015-04-01"))
variant("unknown-type", lambda d: d["events"].append({"type": "teleported", "date": "2015-12-01"}))
variant("ends-early", lambda d: d["events"][12].__setitem__("date", "2015-07-01"))
PY
expect_exit 3 "negative hours" -- H case new --file "$WORK/neg-hours.json"
expect_in err "neg-hours.json: events\[9\]\.hours_per_week: must be >= 0" "negative hours named"
expect_exit 3 "FDP axis outside 1-5" -- H case new --file "$WORK/fdp.json"
expect_in err "events\[3\]\.fdp\.stress: must be between 1 and 5" "FDP field named"
expect_exit 3 "attended above scheduled" -- H case new --file "$WORK/attended.json"
expect_in err "events\[10\]\.attended_hours" "attended hours named"
expect_exit 3 "date before the case opened" -- H case new --file "$WORK/early.json"
expect_in err "events\[2\]\.date: 2015-04-01 is before the case opened \(2015-05-11\)" "early date named"
expect_exit 3 "unknown event type" -- H case new --file "$WORK/unknown-type.json"
expect_in err "events\[39\]\.type: unknown event type 'teleported'" "unknown type named"
expect_exit 3 "placement ends before it starts" -- H case new --file "$WORK/ends-early.json"
expect_in err "placement 'p1' ends on 2015-07-01 before it starts on 2015-07-06" "placement order named"
printf '{ "id": "x", "events": [ \n  { "type": "intake", }\n] }' > "$WORK/broken.json"
expect_exit 3 "malformed JSON" -- H case new --file "$WORK/broken.json"
expect_in err "broken.json:2:[0-9]+: invalid JSON" "JSON syntax error has line:column"
expect_exit 3 "duplicate case" -- H case new --file "$SRC/examples/cases/b-san.json"
expect_in err "already exists" "duplicate case named"
expect_exit 3 "unknown case" -- H eval nobody --as-of 2015-06-30
expect_in err "no case 'nobody'" "unknown case named"
expect_exit 3 "impossible date" -- H eval b-san --as-of 2015-02-30
expect_in err "--as-of: '2015-02-30' is not a date" "bad date named"
expect_exit 3 "unknown region" -- H eval b-san --as-of 2015-06-30 --region atlantis
expect_in err "no rule pack 'atlantis'" "unknown region named"
echo '{"type":"attendance","date":"2015-07-10","placement_id":"p1","period_start":"2015-07-06","scheduled_hours":-1,"attended_hours":0}' > "$WORK/ev.json"
expect_exit 3 "event add with negative hours" -- H event add b-san --file "$WORK/ev.json"
expect_in err "ev.json: scheduled_hours: must be >= 0" "event field named"
expect_exit 0 "nothing of the refused cases was stored" -- H case list
if [ "$(cat "$WORK/out")" = "b-san" ]; then passes=$((passes + 1)); else echo "FAIL: case list: $(cat "$WORK/out")"; failures=$((failures + 1)); fi

# 0: event add appends and fold sees it
echo '{"type":"contact","date":"2016-02-20","kind":"phone","minutes":10}' | H event add b-san >/dev/null
expect_exit 0 "history lists the added event" -- H history b-san
expect_in out "2016-02-20  contact" "history shows the appended event"

# 4: a rule error, with CODE file:line and a traceback
RULES="$WORK/rules"
mkdir -p "$RULES/broken"
copy_national "$RULES"
cat > "$RULES/broken/pack.lua" <<'LUA'
return { name = { ja = "壊れた", en = "broken" }, version = "0", extends = "national" }
LUA
cat > "$RULES/broken/stepup.lua" <<'LUA'
return {
  { id = "BAD-1", title = { ja = "壊れた", en = "broken" }, note = "test",
    decide = function(case, ctx)
      return case.no_such_table.field
    end },
}
LUA
expect_exit 4 "runtime error in a rule" -- H --rules "$RULES" eval b-san --as-of 2015-06-30 --region broken
expect_in err "^RULE002 rules/broken/stepup.lua:4: .*attempt to index a nil value" "rule error has code file:line"
expect_in err "stack traceback" "rule error has a traceback"
printf 'return {\n  { id = "X", decide = function(case, ctx)\n    return (\n  end },\n}\n' > "$RULES/broken/stepup.lua"
expect_exit 4 "syntax error in a rule file" -- H --rules "$RULES" eval b-san --as-of 2015-06-30 --region broken
expect_in err "RULE001 rules/broken/stepup.lua:4" "syntax error has file:line"
expect_exit 0 "the national pack still evaluates" -- H --rules "$RULES" eval b-san --as-of 2015-06-30

# 5: storage errors
expect_exit 5 "no database" -- "$HASHIGO" --db "$WORK/none/x.db" case list
expect_in err "no database at" "missing database named"
echo "not a database at all, just text" > "$WORK/text.db"
expect_exit 5 "not a database" -- "$HASHIGO" --db "$WORK/text.db" case list
expect_in err "text.db" "bad database file named"

finish
