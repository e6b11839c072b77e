# Hostile and impossible input (issue: hardening): every case ends in a clear error with the place
# named and a distinct exit code; none crashes, none reaches "internal error", nothing is stored.
source "$(dirname "$0")/lib.bash"
DB="$WORK/t.db"
H() { "$HASHIGO" --db "$DB" --lang en "$@"; }
B="$SRC/examples/cases/b-san.json"

# expect_no_crash DESCRIPTION: the last command neither crashed (exit >= 128) nor hit "internal error".
expect_clean() {
  if grep -q "internal error" "$WORK/err"; then
    echo "FAIL: $1: internal error: $(head -c 300 "$WORK/err")"
    failures=$((failures + 1))
  else
    passes=$((passes + 1))
  fi
}

expect_exit 0 "init" -- H init
expect_exit 0 "b-san stored" -- H case new --file "$B"

python3 - "$B" "$WORK" <<'PY'
import json, sys
src, work = sys.argv[1], sys.argv[2]
doc = json.load(open(src))
text = json.dumps(doc, ensure_ascii=False)
def write(name, s):
    open(f"{work}/{name}", "w").write(s)
def variant(name, mutate):
    d = json.loads(text); d["id"] = name; mutate(d)
    write(f"{name}.json", json.dumps(d, ensure_ascii=False, indent=1))
# 1. Deep nesting inside a field: 60,000 arrays and 100,000 objects.
write("deep-arrays.json", text[:-1] + ', "x": ' + "[" * 60000 + "]" * 60000 + "}")
write("deep-objects.json", text[:-1] + ', "x": ' + '{"a":' * 100000 + "1" + "}" * 100000 + "}")
write("deep-event.json", '{"type":"contact","date":"2016-02-01","kind":"phone","note":' + "[" * 60000 + "]" * 60000 + "}")
# Nesting 64 deep is within the limit (it fails later, as an unknown field, not as too deep).
write("deep-64.json", text[:-1] + ', "x": ' + "[" * 63 + "]" * 63 + "}")
# Brackets inside strings are text, not nesting.
variant("brackets-in-notes", lambda d: d["events"][1].__setitem__("note", "[" * 70000))
# 3. A number beyond a double, in the case and in an event.
variant("overflow", lambda d: d["household"].__setitem__("rent_yen", "OVERFLOW"))
p = f"{work}/overflow.json"; t = open(p).read(); open(p, "w").write(t.replace('"OVERFLOW"', "1e999"))
write("overflow-event.json", '{"type": "contact", "date": "2016-02-01", "kind": "phone",\n "minutes": -1e999}')
# A string that looks like a huge number is just text.
variant("overflow-text", lambda d: d["events"][1].__setitem__("note", "1e999"))
# 4. Regions that are paths.
variant("region-path", lambda d: d.__setitem__("region", "../rules/national"))
variant("region-upper", lambda d: d.__setitem__("region", "Chiba"))
variant("region-unknown", lambda d: d.__setitem__("region", "nosuch"))
# 5. Impossible facts: born after the case opened.
variant("born-late", lambda d: d["person"].__setitem__("birth_date", "2030-01-01"))
# A case opened before the law's rules were in force (every date a year earlier).
def earlier(d):
    for e in d["events"]:
        for k, v in list(e.items()):
            if isinstance(v, str) and len(v) == 10 and v[4] == "-" and v[:4].isdigit():
                e[k] = str(int(v[:4]) - 1) + v[4:]
variant("year-earlier", earlier)
# 6. A file over the size limit (default 8 MiB): notes of 9 MiB.
variant("huge", lambda d: d["events"][1].__setitem__("note", "あ" * (3 * 1024 * 1024)))
PY

# 1. Deep nesting: exit 3 naming file:line:column, no crash.
expect_exit 3 "eval of 60,000 nested arrays" -- H eval "$WORK/deep-arrays.json" --as-of 2015-06-30
expect_in err "deep-arrays.json:1:[0-9]+: JSON nested deeper than 64 levels" "deep arrays named with line:column"
expect_exit 3 "case new of 100,000 nested objects" -- H case new --file "$WORK/deep-objects.json"
expect_in err "deep-objects.json:1:[0-9]+: JSON nested deeper than 64 levels" "deep objects named"
expect_exit 3 "event add of a deeply nested event" -- H event add b-san --file "$WORK/deep-event.json"
expect_in err "deep-event.json:1:[0-9]+: JSON nested deeper than 64 levels" "deep event named"
expect_exit 3 "stdin is held to the same limit" -- sh -c "\"$HASHIGO\" --db \"$DB\" eval - --as-of 2015-06-30 < \"$WORK/deep-arrays.json\""
expect_in err "<stdin>:1:[0-9]+: JSON nested deeper" "stdin named"
expect_exit 3 "64 levels parse (and fail as an unknown field)" -- H eval "$WORK/deep-64.json" --as-of 2015-06-30
expect_in err "deep-64.json: x: unknown field" "64 levels reach the reader"
expect_exit 0 "brackets inside strings are not nesting" -- H eval "$WORK/brackets-in-notes.json" --as-of 2015-06-30

# 3. Number overflow: exit 3 at the number's place.
expect_exit 3 "1e999 in a case file" -- H eval "$WORK/overflow.json" --as-of 2015-06-30
expect_in err "overflow.json:[0-9]+:[0-9]+: number too large" "overflow named with line:column"
expect_clean "overflow in a case"
expect_exit 3 "-1e999 in an event" -- H event add b-san --file "$WORK/overflow-event.json"
expect_in err "overflow-event.json:2:13: number too large" "overflow in an event at its line and column"
expect_exit 0 "1e999 as text is fine" -- H eval "$WORK/overflow-text.json" --as-of 2015-06-30

# 3. A symbolic-link loop as --rules, as a case file and as a pack folder.
ln -s "$WORK/loop-b" "$WORK/loop-a"
ln -s "$WORK/loop-a" "$WORK/loop-b"
expect_exit 2 "--rules is a link loop" -- "$HASHIGO" --rules "$WORK/loop-a" eval "$B" --as-of 2015-06-30
expect_in err "^E_USAGE: --rules .*loop-a: Too many levels of symbolic links" "--rules loop named"
expect_exit 3 "the case file is a link loop" -- H eval "$WORK/loop-a" --as-of 2015-06-30
expect_in err "loop-a: cannot read the file \(Too many levels" "case file loop named"
expect_exit 3 "check of a link loop" -- H check "$WORK/loop-a"
expect_clean "check of a loop"
RULES="$WORK/rules"
mkdir -p "$RULES"
copy_national "$RULES"
ln -s "$RULES/national/loop" "$RULES/national/loop"
expect_exit 4 "a link loop inside a pack is a pack error" -- H --rules "$RULES" eval "$B" --as-of 2015-06-30
expect_in err "RULE001 rules/national/loop: cannot read the file \(Too many levels" "pack loop named"
rm "$RULES/national/loop"

# 4. Region names are names under the rules root, never paths.
for region in ../rules/national national/../national /etc "$SRC/rules/national" Chiba; do
  expect_exit 3 "--region $region" -- H eval "$B" --as-of 2015-06-30 --region "$region"
  expect_in err "is not a region name" "--region $region refused as a path"
done
expect_exit 3 "a case file whose region is a path" -- H case new --file "$WORK/region-path.json"
expect_in err "region-path.json: region: '../rules/national' is not a region name" "case-file region path named"
expect_exit 3 "a region in capitals" -- H case new --file "$WORK/region-upper.json"
expect_exit 3 "an unknown region is refused when the case is created" -- H case new --file "$WORK/region-unknown.json"
expect_in err "no rule pack 'nosuch' under .* \(available: chiba, kanagawa, kushiro, national, osaka, saga, zama\)" "unknown region named with the choices"
expect_exit 3 "case new --region nosuch" -- H case new --id empty-case --region nosuch
expect_in err "^E_INPUT: --region: no rule pack 'nosuch'" "--region named"
mkdir -p "$RULES/bad"
printf 'return { name = "bad", version = "0", extends = "../national" }\n' > "$RULES/bad/pack.lua"
expect_exit 4 "extends a path" -- H --rules "$RULES" eval "$B" --as-of 2015-06-30 --region bad
expect_in err "RULE001 rules/bad/pack.lua: extends '../national', which is not a region name" "extends path named"

# 5. Impossible facts and days no rule can decide.
expect_exit 3 "born after the case opened" -- H case new --file "$WORK/born-late.json"
expect_in err "born-late.json: person.birth_date: 2030-01-01 is after the case opened \(2015-05-11\)" "birth date named"
expect_exit 3 "evaluating before the intake" -- H eval b-san --as-of 2015-05-01
expect_in err "^E_INPUT: --as-of: no case yet on 2015-05-01: case 'b-san' opened on 2015-05-11" "no case yet"
expect_exit 3 "evaluating before the pack's rules are in force" -- H eval "$WORK/year-earlier.json" --as-of 2015-03-31
expect_in err "^E_INPUT: --as-of: the national pack has no rules in force before 2015-04-01 \(asked for 2015-03-31\)" "in force named"
expect_clean "before the pack"
expect_exit 0 "the first day in force decides" -- H eval "$WORK/year-earlier.json" --as-of 2015-04-01

# 6. Size: the default limit, a smaller configured one, and stdin; each refused before parsing.
expect_exit 3 "a 9 MiB case file" -- H eval "$WORK/huge.json" --as-of 2015-06-30
expect_in err "huge.json: is larger than the limit of 8388608 bytes" "size limit named"
expect_exit 3 "--max-input-size 4KiB" -- H --max-input-size 4KiB eval "$B" --as-of 2015-06-30
expect_in err "b-san.json: is larger than the limit of 4096 bytes" "configured limit"
expect_exit 3 "HASHIGO_MAX_INPUT_SIZE" -- env HASHIGO_MAX_INPUT_SIZE=4KiB "$HASHIGO" --db "$DB" eval "$B" --as-of 2015-06-30
expect_exit 0 "--max-input-size 16MiB admits it" -- H --max-input-size 16MiB eval "$WORK/huge.json" --as-of 2015-06-30
expect_exit 3 "stdin over the limit" -- sh -c "\"$HASHIGO\" --db \"$DB\" --max-input-size 4KiB event add b-san < \"$B\""
expect_in err "<stdin>: is larger than the limit of 4096 bytes" "stdin limit"

# JSON read back from the store is held to the same limits: a row written by another program
# (nested deeper than hashigo reads) is a storage error naming it, never a crash.
expect_exit 0 "a second case" -- H case new --file "$B" --id tampered
python3 - "$DB" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("INSERT INTO events (case_id, type, date, payload) VALUES ('tampered', 'contact', '2016-03-01', ?)",
           ('{"type":"contact","date":"2016-03-01","kind":"phone","note":' + "[" * 500 + "]" * 500 + "}",))
db.commit()
PY
expect_exit 5 "a stored event nested 500 deep (SQLite accepts up to 1000)" -- H case show tampered
expect_in err "the stored event #[0-9]+ of case 'tampered' is not valid: event #[0-9]+ of case 'tampered':1:[0-9]+: JSON nested deeper than 64 levels" "tampered row named"
expect_exit 5 "history of the tampered case" -- H history tampered
expect_clean "tampered history"

# Nothing refused was stored: the store holds b-san alone, with its 39 events.
expect_exit 0 "case list" -- H case list
if [ "$(cat "$WORK/out")" = "$(printf 'b-san\ntampered')" ]; then passes=$((passes + 1)); else echo "FAIL: case list: $(cat "$WORK/out")"; failures=$((failures + 1)); fi
expect_exit 0 "history" -- H history b-san
if [ "$(grep -cE '^  #[0-9]+ ' "$WORK/out")" = 39 ]; then passes=$((passes + 1)); else echo "FAIL: b-san has $(grep -cE '^  #[0-9]+ ' "$WORK/out") events"; failures=$((failures + 1)); fi

finish
