# One trainer scenario (scripts/*.lua), as a class would use it: it states its learning goal in
# both languages, names at least two regions and runs to its end under every one of them, takes
# every option of every decision point, varies with the seed only within its own story, and asks
# at least one quiz question.  usage: run.sh HASHIGO SOURCE SCRIPT
HASHIGO="$1"
SRC="$2"
S="$3"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export LANG=C.UTF-8
fail() {
  echo "FAIL: $S: $*"
  exit 1
}
H=("$HASHIGO" --lang en --rules "$SRC/rules")

"${H[@]}" sim compare "$S" --json > "$WORK/compare.json" 2> "$WORK/err" || fail "sim compare under its regions: $(cat "$WORK/err")"
python3 - "$WORK/compare.json" > "$WORK/choices" <<'PY' || fail "$(cat "$WORK/choices")"
import json, sys
c = json.load(open(sys.argv[1]))
runs = c["runs"]
first = runs[0]
goal = first["scenario"].get("goal", {})
assert goal.get("ja") and goal.get("en") and goal["ja"] != goal["en"], "a learning goal in ja and en"
assert len(runs) >= 2, "at least two regions"
for r in runs:
    assert r["months"], "%s ran no month" % r["region"]
    bad = [m["month"] for m in r["months"] if m["decision"]["status"] != "ok"]
    assert not bad, "%s: a rule failed in month %s" % (r["region"], bad)
# every option of every decision point the default journey meets, as id=key
for m in first["months"]:
    for ch in m["choices"]:
        for key in ch["options"]:
            print("%s=%s" % (ch["id"], key))
PY
[ -s "$WORK/choices" ] || fail "no decision point"
while read -r choice; do
  "${H[@]}" sim run "$S" --choose "$choice" --json --lean > /dev/null 2> "$WORK/err" || fail "--choose $choice: $(cat "$WORK/err")"
done < "$WORK/choices"
"${H[@]}" sim run "$S" --seed 7 --json --lean > /dev/null 2> "$WORK/err" || fail "--seed 7: $(cat "$WORK/err")"
"${H[@]}" sim quiz "$S" < /dev/null > "$WORK/quiz" 2> "$WORK/err" || fail "sim quiz: $(cat "$WORK/err")"
grep -qE '^Q1 \(month [0-9]+\) ' "$WORK/quiz" || fail "sim quiz asks nothing"
grep -qE '^[0-9]+ questions with an answer, 0 right$' "$WORK/quiz" || fail "sim quiz without answers scores none: $(tail -1 "$WORK/quiz")"
echo "ok: $(wc -l < "$WORK/choices") options, $(grep -c '^Q[0-9]' "$WORK/quiz") questions"
