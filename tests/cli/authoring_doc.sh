# docs/rules-authoring.md, followed literally: every `-- file: PATH` block is written to PATH and
# every `$ ` command of a ```console block is run in order, in a copy of the repository's national
# pack and examples, and its output must be the one the document shows (`…` elides). Then the
# finished tutorial pack must check clean, pass its tests and fire its new rule; and
# rules/hashigo.d.lua must still hold the generated case view and describe every ctx function and
# every outcome and test-expectation key the engine knows, so the annotations cannot drift.
source "$(dirname "$0")/lib.bash"
case "$HASHIGO" in /*) ;; *) HASHIGO="$PWD/$HASHIGO" ;; esac  # the commands run in another directory
DOC="$SRC/docs/rules-authoring.md"
REPO="$WORK/repo"
mkdir -p "$REPO/rules"
copy_national "$REPO/rules"
cp -r "$SRC/examples" "$REPO/examples"

# ── 1. replay the document ──────────────────────────────────────────────────────────────────
python3 - "$DOC" "$REPO" "$HASHIGO" >"$WORK/replay" 2>&1 <<'PY'
import os, re, subprocess, sys

doc, repo, hashigo = sys.argv[1], sys.argv[2], sys.argv[3]
text = open(doc, encoding="utf-8").read()
env = {k: v for k, v in os.environ.items() if not k.startswith("HASHIGO_") and k not in ("LC_ALL", "LC_MESSAGES")}
env.update(LANG="C.UTF-8", HASHIGO_BIN=hashigo)
prelude = 'hashigo() { "$HASHIGO_BIN" "$@"; }\n'

def pattern(lines):
    """Expected output lines → tokens: None for an elision line, else a compiled regex."""
    out = []
    for line in lines:
        line = line.rstrip()
        if line == "…":
            out.append(None)
        else:
            out.append(re.compile("^" + ".*".join(re.escape(p) for p in line.split("…")) + "$"))
    return out

def matches(tokens, lines):
    memo = {}
    def go(i, j):
        if (i, j) in memo:
            return memo[(i, j)]
        if i == len(tokens):
            r = j == len(lines)
        elif tokens[i] is None:
            r = any(go(i + 1, k) for k in range(j, len(lines) + 1))
        else:
            r = j < len(lines) and tokens[i].match(lines[j]) is not None and go(i + 1, j + 1)
        memo[(i, j)] = r
        return r
    return go(0, 0)

files = commands = 0
for lang, body in re.findall(r"^```(\w*)\n(.*?)^```", text, re.S | re.M):
    lines = body.split("\n")[:-1]
    if lang == "lua" and lines and lines[0].startswith("-- file: "):
        path = lines[0][len("-- file: "):].strip()
        if not path.startswith("rules/myregion/") or ".." in path:
            print(f"FAIL file block outside rules/myregion/: {path}")
            continue
        full = os.path.join(repo, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as f:
            f.write(body)
        files += 1
        print(f"PASS wrote {path}")
    elif lang == "console":
        steps = []
        for line in lines:
            if line.startswith("$ "):
                steps.append((line[2:], []))
            elif steps:
                steps[-1][1].append(line)
            else:
                print(f"FAIL console block starts without a command: {line}")
        for command, expected in steps:
            commands += 1
            run = subprocess.run(["bash", "-c", prelude + command], cwd=repo, env=env,
                                 stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
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
                print("  got:\n" + "\n".join("    " + l for l in got[:80]))
            else:
                print(f"PASS $ {command}")
if files < 6 or commands < 15:
    print(f"FAIL only {files} file block(s) and {commands} command(s) found: did the markers change?")
print(f"DONE {files} file block(s), {commands} command(s)")
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

# ── 2. the finished tutorial pack ───────────────────────────────────────────────────────────
cd "$REPO" || exit 1
H() { "$HASHIGO" --lang en "$@"; }
expect_in_file() {  # expect_in_file FILE PATTERN DESCRIPTION
  if grep -qE -- "$2" "$1"; then passes=$((passes + 1)); else echo "FAIL: $3: /$2/ not in $1"; failures=$((failures + 1)); fi
}
expect_in_file rules/myregion/pack.lua '^  extends = "national",$' "the tutorial pack extends national"
expect_in_file rules/myregion/pack.lua '^  disable = \{ "SD-02" \},$' "the tutorial pack disables SD-02"
expect_exit 0 "the tutorial pack checks clean" -- H check rules/myregion
expect_in out "^rules/myregion: 0 error\(s\)" "check summary"
"$HASHIGO" --lang en test rules/myregion --coverage >"$WORK/out" 2>"$WORK/err"
code=$?
if [ "$code" = 0 ] || { [ "$code" = 4 ] && grep -q "not reached by any test" "$WORK/err"; }; then
  passes=$((passes + 1))
else
  echo "FAIL: test --coverage: exit $code"; cat "$WORK/out" "$WORK/err"; failures=$((failures + 1))
fi
expect_in out " 0 failed, " "no pack test fails under myregion"
expect_in out "^ok   rules/myregion/tests/myregion.lua: Kさん: 2 of 3 goals in July 2015" "the effective-dated threshold test passes"
if grep -q "unreached: no test makes MY-01 fire" "$WORK/out"; then
  echo "FAIL: the tutorial's tests do not reach MY-01"; failures=$((failures + 1))
else
  passes=$((passes + 1))
fi
expect_exit 0 "eval under the tutorial pack" -- H eval examples/cases/b-san.json --as-of 2015-07-31 --region myregion --explain
expect_in out "^eligibility Farm work programme \(farm\): eligible$" "the new rule decides the farm programme"
expect_in out "^  ● MY-01 \(eligibility\) rules/myregion/eligibility.lua:[0-9]+$" "the new rule fires"
expect_in out "goal_attainment 67% \(>= 60%\)" "the regional threshold is in force on 2015-07-31"
expect_exit 0 "plain wording for the person" -- H eval examples/cases/b-san.json --as-of 2015-07-31 --region myregion --audience person
expect_in out "^  - You can try working on a farm\.$" "MY-01's plain wording"
expect_exit 0 "the national pack is untouched" -- H eval examples/cases/b-san.json --as-of 2015-07-31 --region national
if grep -q "farm" "$WORK/out"; then echo "FAIL: national sees the regional programme"; failures=$((failures + 1)); else passes=$((passes + 1)); fi

# ── 3. the editor annotations cannot drift ──────────────────────────────────────────────────
python3 - "$SRC" >"$WORK/annotations" 2>&1 <<'PY'
import json, os, re, sys
src = sys.argv[1]
read = lambda p: open(os.path.join(src, p), encoding="utf-8").read()
dlua = read("rules/hashigo.d.lua")
fields = set(re.findall(r"^---@field\s+([A-Za-z0-9_]+)\??\s", dlua, re.M))
ok = True
def need(what, names, where, minimum):
    global ok
    names = sorted(set(names))
    if len(names) < minimum:
        print(f"FAIL found only {len(names)} {what} in {where}: has its form changed? {names}")
        ok = False
        return
    missing = [n for n in names if n not in fields]
    if missing:
        print(f"FAIL rules/hashigo.d.lua lacks {what} from {where}: {', '.join(missing)}")
        ok = False
    else:
        print(f"PASS all {len(names)} {what} of {where} are annotated")

# The case view's part of the file is generated from its field table (tests/cli/schema_doc.sh).
if "BEGIN generated: hashigo schema view --format lua" not in dlua or "---@class hashigo.Case" not in dlua:
    print("FAIL rules/hashigo.d.lua lacks the generated case view"); ok = False

# ctx: the functions registered and the fields set on it (pack/ctx.cpp), and the ladder view the
# runtime adds per position (pack/runtime.cpp).
pack = read("core/src/pack/ctx.cpp")
reg = re.search(r"luaL_Reg\s+\w+\[\]\s*=\s*\{(.*?)\{\s*(?:nullptr|NULL)", pack, re.S)
funcs = re.findall(r'\{\s*"([a-z_]+)"\s*,', reg.group(1)) if reg else []
missing = [f for f in funcs if not re.search(r"^function ctx\." + f + r"\(", dlua, re.M)]
if len(funcs) < 8 or missing:
    print(f"FAIL ctx functions of core/src/pack/ctx.cpp not annotated: {missing or funcs}"); ok = False
else:
    print(f"PASS all {len(funcs)} ctx functions are annotated")
runtime = read("core/src/pack/runtime.cpp")
ctx_fields = [f for f in re.findall(r'lua_setfield\(L,\s*-2,\s*"([a-z_]+)"\)', pack + runtime) if not f.startswith("__")]
ctx_fields += re.findall(r'fields\.emplace_back\(\s*"([a-z_]+)"\s*\)', runtime)
need("ctx fields", ctx_fields, "core/src/pack/ctx.cpp and core/src/pack/runtime.cpp", 5)

# Outcome fields per module, and the pack-test expectation keys.
outcome = read("core/src/pack/outcome_reader.cpp")
table = re.search(r"allowed_fields = \{\{(.*?)\}\};", outcome, re.S)
keys = re.findall(r'"([a-z_]+)"', table.group(1)) if table else []
need("outcome fields", keys, "core/src/pack/outcome_reader.cpp", 12)
tests = read("core/src/authoring/pack_tests.cpp")
need("test expectation keys", re.findall(r'key == "([a-z_]+)"', tests), "core/src/authoring/pack_tests.cpp", 12)

# .luarc.json points at the definitions and switches off what the sandbox lacks.
luarc = json.loads(read("rules/.luarc.json"))
lib = luarc.get("workspace", {}).get("library", [])
builtin = luarc.get("runtime", {}).get("builtin", {})
off = [b for b in ("basic", "os", "io", "debug", "coroutine", "package") if builtin.get(b) != "disable"]
if "hashigo.d.lua" not in lib or off or luarc.get("runtime", {}).get("version") != "Lua 5.4":
    print(f"FAIL rules/.luarc.json: library {lib}, libraries not disabled {off}"); ok = False
else:
    print("PASS rules/.luarc.json loads hashigo.d.lua for Lua 5.4 without basic/os/io/debug/coroutine/package")
# The sandbox's base functions are declared again (the basic library is off), and nothing else.
env = read("core/src/lua/environment.cpp")
allowed = re.findall(r'"([a-z]+)"', re.search(r"base_allowed\[\]\s*=\s*\{([^}]*)\}", env).group(1)) + ["setmetatable", "xpcall"]
# require is the pack's (core/src/pack/require.cpp), installed beside the sandbox's base functions.
if re.search(r'set_sandbox_global\(L,\s*"require"\)', read("core/src/pack/require.cpp")):
    allowed.append("require")
declared = re.findall(r"^function ([a-z]+)\(", dlua, re.M)
if sorted(set(allowed)) != sorted(set(declared)):
    print(f"FAIL base functions: sandbox {sorted(set(allowed))}, hashigo.d.lua {sorted(set(declared))}"); ok = False
else:
    print(f"PASS the {len(set(allowed))} base functions of the sandbox are exactly those declared")
PY
while IFS= read -r line; do
  case "$line" in
    PASS*) passes=$((passes + 1)) ;;
    *) failures=$((failures + 1)); echo "$line" ;;
  esac
done <"$WORK/annotations"
if command -v luac5.4 >/dev/null; then
  expect_exit 0 "hashigo.d.lua is valid Lua" -- luac5.4 -p "$SRC/rules/hashigo.d.lua"
fi
finish
