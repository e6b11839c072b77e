#!/usr/bin/env bash
# The attack corpus: hostile rule packs run through the real CLI (lua-host.md §2).
#
#   bash tests/attacks/run.sh /path/to/hashigo /path/to/source [attack ...]
#
# Each folder tests/attacks/<name>/ is a region pack: the hostile module (stepup.lua, or any
# module file), a pack.lua when the attack is in it (otherwise one extending national is
# written), and an `expect` file:
#
#   # what the attack does and why it must fail      (comments)
#   code RULE002                                      expected error code (RULE001..RULE005)
#   where stepup.lua:7                                expected location, after rules/attack_<name>/
#                                                     (the line of the attack; errors without a line
#                                                     of their own, such as memory or a malformed
#                                                     outcome, point at the rule's `decide` line)
#   message unknown global 'os'                       a substring of stderr (one or more lines)
#   as_of 2015-07-15                                  evaluation day (default 2015-06-30)
#   max_seconds 5                                     wall-clock bound of the run (default 5)
#   slow yes                                          skip the second (--json) run
#
# Every attack is copied into one temporary rules root (next to a copy of rules/national) as
# region attack_<name> and evaluated on examples/cases/b-san.json with a hard timeout. It passes
# when the CLI exits 4 (rule error; load-time errors too), stderr starts with
# `CODE rules/attack_<name>/<where>` and holds every message, nothing hung, crashed or took too
# long, no marker file was created, and afterwards, in the same root, the national pack still
# evaluates (exit 0). Unless `slow`, the attack is run again with --json, which must also end in
# exit 4 (a decision that cannot be printed as JSON would be an internal error, exit 1).
#
# Prints one line per attack and a final `N passed, N failed`; exits non-zero on any failure.
set -u

if [ $# -lt 2 ]; then
  echo "usage: $0 HASHIGO SOURCE_DIR [attack ...]" >&2
  exit 2
fi
HASHIGO="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"   # absolute: the runs happen in $WORK
SRC="$(cd "$2" && pwd)"
shift 2
ONLY=("$@")
if [ ! -x "$HASHIGO" ]; then
  echo "$0: $HASHIGO is not an executable" >&2
  exit 2
fi

HARD_TIMEOUT=20                      # seconds; a run still going then has hung
CASE_FILE="$SRC/examples/cases/b-san.json"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/hashigo-attacks.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
export LANG=C.UTF-8 LC_ALL= LC_MESSAGES=
ulimit -c 0                          # a crash shows as a signal exit, not a core file

RULES="$WORK/rules"
mkdir -p "$RULES"
cp -R "$SRC/rules/national" "$RULES/national"
cp -R "$SRC/rules/lib" "$RULES/lib"  # the shared modules national requires
cp "$SRC/rules/references.lua" "$RULES/references.lua"  # the bibliography national cites
cd "$WORK" || exit 2                 # hostile code that escaped would write its marker here

passed=0
failed=0
now_ms() { date +%s%3N; }

# describe_exit RC: "exit N", "hung (killed after 20 s)" or "killed by signal N".
describe_exit() {
  case "$1" in
    124 | 137) echo "hung (killed after ${HARD_TIMEOUT} s)" ;;
    *) if [ "$1" -gt 128 ]; then echo "killed by signal $(($1 - 128))"; else echo "exit $1"; fi ;;
  esac
}

run_attack() {
  local dir="$1" name region
  name="$(basename "$dir")"
  region="attack_$name"
  local code="" where="" as_of="2015-06-30" max_seconds=5 slow=""
  local -a messages=()
  local key value
  while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in '' | '#'*) continue ;; esac
    key="${line%% *}"
    value="${line#* }"
    case "$key" in
      code) code="$value" ;;
      where) where="$value" ;;
      message) messages+=("$value") ;;
      as_of) as_of="$value" ;;
      max_seconds) max_seconds="$value" ;;
      slow) slow="$value" ;;
      *) echo "FAIL $name: unknown key '$key' in expect"; failed=$((failed + 1)); return ;;
    esac
  done <"$dir/expect"
  if [ -z "$code" ] || [ ${#messages[@]} -eq 0 ]; then
    echo "FAIL $name: expect needs a code and at least one message"
    failed=$((failed + 1))
    return
  fi

  mkdir -p "$RULES/$region"
  cp -R "$dir". "$RULES/$region/"
  rm -f "$RULES/$region/expect"
  if [ ! -f "$RULES/$region/pack.lua" ]; then
    printf 'return { name = { ja = "攻撃 %s", en = "attack %s" }, version = "0", extends = "national" }\n' \
      "$name" "$name" >"$RULES/$region/pack.lua"
  fi

  local problems=() start elapsed rc
  start="$(now_ms)"
  timeout -k 5 "$HARD_TIMEOUT" "$HASHIGO" --lang en --rules "$RULES" \
    eval "$CASE_FILE" --as-of "$as_of" --region "$region" >"$WORK/out" 2>"$WORK/err"
  rc=$?
  elapsed=$(($(now_ms) - start))

  [ "$rc" = 4 ] || problems+=("$(describe_exit "$rc"), expected exit 4 (rule error)")
  local head="$code rules/$region/$where"
  [ -n "$where" ] || head="$code "
  if [ "$(head -c ${#head} "$WORK/err")" != "$head" ]; then
    problems+=("stderr does not start with '$head'")
  fi
  local m
  for m in "${messages[@]}"; do
    grep -qF -- "$m" "$WORK/err" || problems+=("stderr lacks: $m")
  done
  if grep -qiE 'internal error|lua panic|host bug' "$WORK/err"; then
    problems+=("stderr reports a host failure")
  fi
  [ "$elapsed" -le $((max_seconds * 1000)) ] || problems+=("took ${elapsed} ms (limit ${max_seconds} s)")
  if [ -e "$WORK/hashigo-attack-pwned" ]; then
    problems+=("the attack created its marker file")
    rm -f "$WORK/hashigo-attack-pwned"
  fi

  if [ -z "$slow" ]; then
    timeout -k 5 "$HARD_TIMEOUT" "$HASHIGO" --lang en --rules "$RULES" \
      eval "$CASE_FILE" --as-of "$as_of" --region "$region" --json >"$WORK/json.out" 2>"$WORK/json.err"
    local jrc=$?
    [ "$jrc" = 4 ] || problems+=("with --json: $(describe_exit "$jrc"), expected exit 4: $(head -c 300 "$WORK/json.err")")
  fi

  # The next evaluation in the same rules root (every attack pack still in it) succeeds.
  timeout -k 5 "$HARD_TIMEOUT" "$HASHIGO" --lang en --rules "$RULES" \
    eval "$CASE_FILE" --as-of "$as_of" --region national >"$WORK/next.out" 2>"$WORK/next.err"
  local nrc=$?
  [ "$nrc" = 0 ] || problems+=("national afterwards: $(describe_exit "$nrc"): $(head -c 300 "$WORK/next.err")")

  if [ ${#problems[@]} -eq 0 ]; then
    printf 'ok   %-28s %5d ms  %s\n' "$name" "$elapsed" "$(head -n 1 "$WORK/err" | cut -c 1-150)"
    passed=$((passed + 1))
  else
    printf 'FAIL %-28s %5d ms\n' "$name" "$elapsed"
    local p
    for p in "${problems[@]}"; do echo "       $p"; done
    echo "       stderr: $(head -c 600 "$WORK/err" | tr '\n' ' ')"
    failed=$((failed + 1))
  fi
}

total_start="$(now_ms)"
for dir in "$SRC"/tests/attacks/*/; do
  name="$(basename "$dir")"
  if [ ${#ONLY[@]} -gt 0 ] && [[ ! " ${ONLY[*]} " == *" $name "* ]]; then continue; fi
  run_attack "$dir"
done
echo "attack corpus: $(($(now_ms) - total_start)) ms"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
