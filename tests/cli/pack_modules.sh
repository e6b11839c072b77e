# Pack modules and precedence as data, end to end: shared modules (require) in the digest, a
# region narrowing a base rule through `base`, `supersedes` in decisions and in check, unknown
# keys refused, and a base's tests inherited by a region with patches and exclusions.
source "$(dirname "$0")/lib.bash"
RULES="$WORK/rules"
mkdir -p "$RULES"
copy_national "$RULES"
cp -r "$SRC/examples" "$WORK/examples"
H() { "$HASHIGO" --lang en --rules "$RULES" "$@"; }
B_SAN="$SRC/examples/cases/b-san.json"

# ── shared modules ──────────────────────────────────────────────────────────────────────────
expect_exit 0 "national loads its shared modules" -- H rules show national
digest() { grep -E '^digest' "$WORK/out" | head -1; }
before="$(digest)"
echo "-- touched" >>"$RULES/lib/lists.lua"
expect_exit 0 "national still loads after a shared module changed" -- H rules show national
after="$(digest)"
if [ -n "$before" ] && [ "$before" != "$after" ]; then passes=$((passes + 1)); else
  echo "FAIL: a change to rules/lib/lists.lua must change national's digest ($before / $after)"; failures=$((failures + 1)); fi

mkdir -p "$RULES/shadow/lib"
printf 'return { name = "shadow", version = "1", extends = "national" }\n' >"$RULES/shadow/pack.lua"
# The region's own lib/ comes first: its `text` module shadows rules/lib/text.lua for every file.
printf 'local text = require("text")\nreturn { pct = text.pct, yen = text.yen, joined = text.joined, employer = text.employer, shadowed = true }\n' >"$RULES/shadow/lib/text.lua"
cat >"$RULES/shadow/alerts.lua" <<'LUA'
local text = require("text")
return {
  { id = "SH-1", title = { ja = "影", en = "shadow" }, note = "test",
    decide = function(case, ctx)
      if text.shadowed then return { code = "shadowed", reason = "the region's module" } end
    end },
}
LUA
expect_exit 4 "a region module requiring its own name is a cycle" -- H eval "$B_SAN" --as-of 2015-06-30 --region shadow
expect_in err "RULE001 rules/shadow/lib/text.lua:1: require cycle: text → text" "the cycle is named at the requiring line"
printf 'return { shadowed = true }\n' >"$RULES/shadow/lib/text.lua"
expect_exit 4 "a national file requiring a module the region shadows gets the region's" -- H eval "$B_SAN" --as-of 2015-06-30 --region shadow
expect_in err "attempt to call a nil value \(field 'yen'\)|field 'yen'|yen" "national's text.yen came from the region's module"

# ── base: narrowing a base rule without copying it ─────────────────────────────────────────
mkdir -p "$RULES/narrow"
printf 'return { name = "narrow", version = "1", extends = "national" }\n' >"$RULES/narrow/pack.lua"
expect_exit 0 "national: readiness support for B-san" -- H eval "$B_SAN" --as-of 2015-07-31 --region national
expect_in out "^eligibility .* \(jyunbi\): eligible" "national says eligible"
# On 2015-07-31 national's JR-02 (the "equivalent" route) says yes; the region vetoes it.
cat >"$RULES/narrow/eligibility.lua" <<'LUA'
return {
  { id = "JR-02", note = "test: a veto in front of national's rule",
    decide = function(case, ctx, base)
      local out = base(case, ctx)
      if out ~= nil and out.eligible then
        return { program = "jyunbi", eligible = false, reason = "not run in this town" }
      end
      return out
    end },
}
LUA
expect_exit 0 "the region vetoes national's yes through base" -- H eval "$B_SAN" --as-of 2015-07-31 --region narrow
expect_in out "^eligibility .* \(jyunbi\): not eligible" "the veto holds"
expect_in out "not run in this town" "with the region's reason"
expect_exit 0 "rules show names the replacement" -- H rules show narrow
expect_in out "JR-02 .*replaces national's" "show says JR-02 replaces national's"
expect_in out "JR-02 +Readiness support: persons equivalent \(at risk\)" "the replacement keeps national's title"

# ── supersedes ─────────────────────────────────────────────────────────────────────────────
mkdir -p "$RULES/prec"
printf 'return { name = "prec", version = "1", extends = "national" }\n' >"$RULES/prec/pack.lua"
cat >"$RULES/prec/stepup.lua" <<'LUA'
return {
  { id = "PR-1", title = { ja = "先", en = "first" }, note = "test", allows_skip = true,
    supersedes = { "SU-02" },
    decide = function(case, ctx)
      if case.stage == "social" then return { step = "up", to = { stage = "intermediate", rung = "commuter_unpaid" }, reason = "PR-1 decides" } end
    end },
}
LUA
# On 2015-06-30 national's SU-02 moves B-san up to employment; PR-1 proposes another target.
expect_exit 0 "a superseding rule decides alone" -- H eval "$B_SAN" --as-of 2015-06-30 --region prec --explain
expect_in out "^step: ↑ up intermediate/commuter_unpaid \[accepted\]" "PR-1's target, no conflict with SU-02's"
expect_in out "^        superseded by PR-1$" "SU-02 is listed as overruled, superseded by PR-1"
expect_in out "● SU-02 \(stepup\) rules/national/stepup.lua:[0-9]+ — superseded by PR-1" "--explain says so"
expect_exit 0 "the decision as JSON" -- H eval "$B_SAN" --as-of 2015-06-30 --region prec --json
expect_in out '"superseded_by": ?"PR-1"' "superseded_by in the decision"
sed -i 's/supersedes = { "SU-02" }/supersedes = { "SU-99", "JR-01" }/' "$RULES/prec/stepup.lua"
expect_exit 4 "check: supersedes names what is not a step rule of the pack" -- H check "$RULES/prec"
expect_in out "supersedes 'SU-99', which no rule of prec or its bases defines" "an unknown rule"
expect_in out "supersedes JR-01, a rule of eligibility.lua" "a rule of another module"
cat >"$RULES/prec/stepup.lua" <<'LUA'
return {
  { id = "SU-02", supersedes = { "SU-04" } },
  { id = "SU-04", supersedes = { "SU-02" } },
}
LUA
expect_exit 4 "check: a supersedes cycle" -- H check "$RULES/prec"
expect_in out "supersedes goes round in a cycle: SU-02 → SU-04 → SU-02" "the cycle is named"

# ── unknown keys ───────────────────────────────────────────────────────────────────────────
cat >"$RULES/prec/stepup.lua" <<'LUA'
return {
  { id = "PR-2", title = { ja = "綴り", en = "spelling" }, note = "test", supercedes = { "SU-02" },
    decide = function(case, ctx) return nil end },
}
LUA
expect_exit 4 "a misspelt rule key is refused" -- H eval "$B_SAN" --as-of 2015-07-31 --region prec
expect_in err "RULE005 rules/prec/stepup.lua:[0-9]+: rule PR-2: unknown key 'supercedes' \(did you mean 'supersedes'\?\)" "file, rule id, key and a suggestion"
printf 'return { name = "prec", version = "1", extends = "national", paramaters = { x = 1 } }\n' >"$RULES/prec/pack.lua"
expect_exit 4 "a misspelt pack.lua key is refused" -- H rules show prec
expect_in err "RULE005 rules/prec/pack.lua: unknown key 'paramaters' \(did you mean 'parameters'\?\)" "pack.lua key and suggestion"

# ── inherited tests ────────────────────────────────────────────────────────────────────────
mkdir -p "$RULES/inherit/tests"
printf 'return { name = "inherit", version = "1", extends = "national", parameters = { minimum_wage_yen = 5000 } }\n' >"$RULES/inherit/pack.lua"
expect_exit 4 "a base test failing under the region is a failure, not a skip" -- H test "$RULES/inherit"
expect_in out "^FAIL .*\[national\]" "national's test fails under the stricter region"
grep -E "^FAIL .*\[national\]" "$WORK/out" | head -1 | sed -E 's/^FAIL [^:]+: (.*) \[national\]$/\1/' >"$WORK/failing"
failing="$(cat "$WORK/failing")"
printf 'return { exclude = { ["%s"] = "the region pays more" } }\n' "no such test" >"$RULES/inherit/tests/patches.lua"
expect_exit 4 "an exclusion naming no base test is refused" -- H test "$RULES/inherit"
expect_in err "rules/inherit/tests/patches.lua: exclude names 'no such test', which is no test of the packs inherit extends" "the misspelt name is named"
printf 'return { exclude = { ["%s"] = "the region pays more" } }\n' "$failing" >"$RULES/inherit/tests/patches.lua"
H test "$RULES/inherit" >"$WORK/out" 2>&1
expect_in out "^SKIP .*$failing \[national\] \(excluded by inherit: the region pays more\)" "the exclusion is reported with its reason"
printf 'return { tests = {}, patchez = {} }\n' >"$RULES/inherit/tests/patches.lua"
expect_exit 4 "an unknown key in a test file is refused" -- H test "$RULES/inherit"
expect_in err "unknown key 'patchez' \(did you mean 'patches'\?\)" "test file key and suggestion"
finish
