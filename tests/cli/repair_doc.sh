# docs/architecture.md, "Repairing an unreadable case", followed literally: on a database holding
# the case an old writer race left (Bさん with a contact recorded after her closure), every `$ `
# command of the block between the repair markers is run in order, and its output (stdout and
# stderr) must be the one the document shows (`…` elides lines).
source "$(dirname "$0")/lib.bash"
case "$HASHIGO" in /*) ;; *) HASHIGO="$PWD/$HASHIGO" ;; esac
mkdir -p "$WORK/site/var"
cd "$WORK/site" || exit 1
"$HASHIGO" init >/dev/null && "$HASHIGO" case new --file "$SRC/examples/cases/b-san.json" >/dev/null || { echo "FAIL: setup"; exit 1; }
# The broken case, as the race left it: written past validation, as only raw SQL can now.
python3 - var/hashigo.db <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.execute("""INSERT INTO events (case_id, type, date, payload) VALUES ('b-san', 'contact', '2016-02-25',
             '{"type":"contact","date":"2016-02-25","kind":"phone","minutes":10,"successful":true}')""")
c.commit()
PY

python3 - "$SRC/docs/architecture.md" "$HASHIGO" >"$WORK/replay" 2>&1 <<'PY'
import os, re, subprocess, sys
doc, hashigo = sys.argv[1], sys.argv[2]
text = open(doc, encoding="utf-8").read()
block = re.search(r"<!-- BEGIN repair -->\n```console\n(.*?)```\n<!-- END repair -->", text, re.S)
if not block:
    print("FAIL no repair block between the markers")
    sys.exit(0)
env = {k: v for k, v in os.environ.items() if not k.startswith("HASHIGO_") and k not in ("LC_ALL", "LC_MESSAGES")}
env.update(LANG="C.UTF-8", HASHIGO_BIN=hashigo)
prelude = 'hashigo() { "$HASHIGO_BIN" --lang en "$@"; }\n'

def pattern(lines):
    return [None if l == "…" else re.compile("^" + ".*".join(re.escape(p) for p in l.split("…")) + "$") for l in lines]

def matches(tokens, lines, i=0, j=0):
    if i == len(tokens):
        return j == len(lines)
    if tokens[i] is None:
        return any(matches(tokens, lines, i + 1, k) for k in range(j, len(lines) + 1))
    return j < len(lines) and tokens[i].match(lines[j]) is not None and matches(tokens, lines, i + 1, j + 1)

steps = []
for line in block.group(1).split("\n")[:-1]:
    if line.startswith("$ "):
        steps.append((line[2:], []))
    elif steps:
        steps[-1][1].append(line.rstrip())
for command, expected in steps:
    run = subprocess.run(["bash", "-c", prelude + command], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    got = [l.rstrip() for l in run.stdout.decode("utf-8", "replace").split("\n")]
    if got and got[-1] == "":
        got.pop()
    problems = []
    if run.returncode != 0:
        problems.append(f"exit {run.returncode} (a command shown without `; echo \"exit $?\"` must exit 0)")
    if not matches(pattern(expected), got):
        problems.append("output differs")
    if problems:
        print(f"FAIL $ {command}: {'; '.join(problems)}")
        print("  expected:\n" + "\n".join("    " + l for l in expected))
        print("  got:\n" + "\n".join("    " + l for l in got[:60]))
    else:
        print(f"PASS $ {command}")
if len(steps) < 6:
    print(f"FAIL only {len(steps)} command(s) found: did the markers change?")
print(f"DONE {len(steps)} command(s)")
PY
while IFS= read -r line; do
  case "$line" in
    PASS*) passes=$((passes + 1)) ;;
    FAIL*) failures=$((failures + 1)); echo "$line" ;;
    DONE*) echo "$line" ;;
    *) [ "$failures" -gt 0 ] && echo "$line" ;;
  esac
done <"$WORK/replay"
grep -q '^DONE' "$WORK/replay" || { echo "FAIL: the replay did not finish"; cat "$WORK/replay"; failures=$((failures + 1)); }
finish
