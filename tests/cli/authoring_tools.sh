# The rule author's tools on real packs: check (lint codes, file:line), test (readable diffs,
# coverage), rules show and rules diff.
source "$(dirname "$0")/lib.bash"
RULES="$WORK/rules"
mkdir -p "$RULES"
copy_national "$RULES"
cp -r "$SRC/examples" "$WORK/examples"
H() { "$HASHIGO" --lang en --rules "$RULES" "$@"; }

expect_exit 0 "national checks clean" -- H check "$RULES/national"
expect_in out "0 error\(s\)" "check summary"

mkdir -p "$RULES/lint"
cat > "$RULES/lint/pack.lua" <<'LUA'
return { name = { ja = "検査", en = "lint" }, version = "1", extends = "national",
         parameters = { my_floor = 0.5 } }
LUA
cat > "$RULES/lint/stepup.lua" <<'LUA'
return {
  { id = "L-1", title = { ja = "未定義", en = "undeclared" }, note = "test",
    decide = function(case, ctx)
      if ctx.at_least("attendance_30d", case.attendance_30d, "no_such_param") then return nil end
    end },
  { id = "L-2", title = { en = "english only" }, note = "test",
    decide = function(case, ctx) return nil end },
  { id = "L-3", title = { ja = "段", en = "rung" },
    decide = function(case, ctx)
      return { step = "up", to = { stage = "intermediate", rung = "astronaut" }, reason = { ja = "x", en = "x" } }
    end },
}
LUA
expect_exit 4 "a pack with lint errors" -- H check "$RULES/lint"
expect_in out "^rules/lint/stepup.lua:4: unknown-parameter: parameter 'no_such_param' is not declared" "unknown parameter at file:line"
expect_in out "^rules/lint/stepup.lua:7: missing-title: rule L-2" "missing ja title (at its decide line)"
expect_in out "^rules/lint/stepup.lua:9: missing-reference: warning: rule L-3 cites no document" "missing reference"
expect_in out "^rules/lint/pack.lua:2: missing-basis: warning: parameter my_floor has no basis" "plain parameter: no basis"
expect_in out "^rules/lint/stepup.lua:10: undeclared-rung: rung 'astronaut'" "undeclared rung"
expect_in err "rules/lint: the pack has 3 error\(s\)" "check fails naming the pack"

printf 'return { { id = "X", decide = function(case, ctx)\n return (\n end } }\n' > "$RULES/lint/stepup.lua"
expect_exit 4 "a pack that does not load" -- H check "$RULES/lint"
expect_in out "^rules/lint/stepup.lua:3: RULE001: " "load error as file:line: code"

cat > "$RULES/lint/stepup.lua" <<'LUA'
return {
  { id = "L-NEVER", title = { ja = "発火しない", en = "never" }, note = "test",
    decide = function(case, ctx)
      if ctx.above("age", case.age, 200) then return { step = "hold", reason = { ja = "x", en = "x" } } end
    end },
}
LUA
expect_exit 0 "warnings alone do not fail the check" -- H check "$RULES/lint"
expect_in out "rules/lint/stepup.lua:3: never-fires: warning: rule L-NEVER fired on none of the synthetic cases" "never-fires warning"

# pack tests: a readable difference, and coverage
mkdir -p "$RULES/lint/tests"
cat > "$RULES/lint/tests/wrong.lua" <<'LUA'
return {
  { name = "Bさん moves up at the end of May (wrongly expected)",
    case = "../../../examples/cases/b-san.json", as_of = "2015-05-31",
    expect = { step = "up", to = "employment", rules = { "SU-02" } } },
}
LUA
expect_exit 4 "a failing pack test" -- H test "$RULES/lint"
expect_in out "^FAIL rules/lint/tests/wrong.lua: Bさん moves up at the end of May" "failing test named"
expect_in out "2015-05-31 step: expected up, got stay" "readable step difference"
expect_in out "2015-05-31 rules: expected SU-02, got \(none\)" "readable rules difference"
expect_in out "^ok   rules/national/tests/j1_b_san.lua: J1 Bさん month by month \[national\]" "the base's tests run under the region"
rm "$RULES/lint/tests/wrong.lua"
expect_exit 4 "coverage lists unreached rules" -- H test "$RULES/lint" --coverage
expect_in out "rules/lint/stepup.lua:3: unreached: no test makes L-NEVER fire" "unreached rule named"

# a region overriding a parameter a base test reads still runs that test: it holds here
cat > "$RULES/lint/pack.lua" <<'LUA'
return { name = { ja = "検査", en = "lint" }, version = "1", extends = "national",
         parameters = { goal_attainment_min = 0.95 } }
LUA
expect_exit 0 "tests of a region that overrides a base parameter" -- H test "$RULES/lint"
expect_in out "^ok   rules/national/tests/j1_b_san.lua: J1 Bさん month by month \[national\]$" "the base test runs, not skipped"

expect_exit 0 "rules show" -- H rules show lint
expect_in out "^extends: national$" "show names the base chain"
expect_in out "L-NEVER .* rules/lint/stepup.lua:3" "show lists the region's rule with file:line"
expect_in out "goal_attainment_min +0.95 +\[lint\]" "show says where a value comes from"
expect_exit 0 "rules diff" -- H rules diff national lint
expect_in out "parameter +goal_attainment_min +national: 0.8" "diff shows the base value"
expect_in out "lint: 0.95" "diff shows the region value"
expect_exit 0 "rules diff as a table" -- H rules diff national lint --markdown
expect_in out "^\| parameter \| goal_attainment_min \| 0.8 \| 0.95 \|$" "markdown row"
expect_in out "^\| rule \| L-NEVER \| — \| lint \|$" "rule only in the region"
finish
