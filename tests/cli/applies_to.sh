# A rule's applies_to from the CLI: eval --explain shows the rules it skipped; check runs every
# rule outside its scope and fails, naming the rule, the case and the day, when one fires or fails
# there; a malformed declaration is RULE005; the repository's packs keep their promises.
source "$(dirname "$0")/lib.bash"
RULES="$WORK/rules"
mkdir -p "$RULES/scoped"
copy_national "$RULES"
H() { "$HASHIGO" --lang en --rules "$RULES" "$@"; }

printf 'return { name = { ja = "範囲", en = "scoped" }, version = "1", extends = "national" }\n' >"$RULES/scoped/pack.lua"
# Declared for the general stage, but its condition (debt) holds at any stage.
cat >"$RULES/scoped/alerts.lua" <<'LUA'
return {
  {
    id = "SC-1",
    title = { ja = "借金の確認", en = "Check on debt" },
    references = { { id = "jiritsu_ho" } },
    applies_to = { stages = { "general" } },
    decide = function(case, ctx)
      if case.household.debt_total_yen ~= nil and case.household.debt_total_yen > 0 then
        return { code = "sc_debt", severity = "info", reason = { ja = "借金がある", en = "has debt" } }
      end
    end,
  },
}
LUA
expect_exit 4 "check: a rule firing outside its applies_to is an error" -- H check "$RULES/scoped"
expect_in out "^rules/scoped/alerts.lua:[0-9]+: applies-to: rule SC-1 fired on a case at [a-z]+(/[a-z_]+)? \([a-z_]+\) on [0-9-]{10}( and [0-9]+ more time\(s\))?, but its applies_to \(stages general\) leaves that case out" "names the rule, the case and the scope"
expect_in err "rules/scoped: the pack has [0-9]+ error\(s\)" "the check fails"

# Its condition says what the declaration says: clean.
sed -i 's/      if case.household.debt_total_yen ~= nil/      if case.stage == "general" and case.household.debt_total_yen ~= nil/' "$RULES/scoped/alerts.lua"
expect_exit 0 "check: a rule keeping its promise passes" -- H check "$RULES/scoped"
if grep -q "applies-to" "$WORK/out"; then echo "FAIL: no applies-to once SC-1 checks the stage"; failures=$((failures + 1)); else passes=$((passes + 1)); fi

# A rule that fails only outside its scope: skipped in real evaluations, but its conditions do
# not say so.
sed -i 's/    decide = function(case, ctx)/    decide = function(case, ctx)\n      if case.stage == "life" then error("not for life") end/' "$RULES/scoped/alerts.lua"
expect_exit 4 "check: a rule failing outside its applies_to is an error" -- H check "$RULES/scoped"
expect_in out "^rules/scoped/alerts.lua:[0-9]+: applies-to: a rule run outside its applies_to fails on a synthetic case at life \([a-z_]+\) on [0-9-]{10}: .*not for life" "at the failure"

# eval shows the skipped rule in its trace; --json marks it.
sed -i '/not for life/d' "$RULES/scoped/alerts.lua"
expect_exit 0 "eval --explain at social" -- H eval "$SRC/examples/cases/b-san.json" --region scoped --as-of 2015-07-31 --explain
expect_in out "– SC-1 \(alerts\) rules/scoped/alerts.lua:[0-9]+ — does not apply at this stage or status \(applies_to\)" "the trace shows it skipped"
expect_exit 0 "eval --explain --json" -- H eval "$SRC/examples/cases/b-san.json" --region scoped --as-of 2015-07-31 --explain --json
expect_in out '"rule":"SC-1","skipped":true' "the JSON trace marks it"
expect_exit 0 "rules show lists the scope" -- H rules show scoped
expect_in out "applies to: general" "in the stage's name"

# A misspelt stage is refused when the pack loads.
sed -i 's/stages = { "general" }/stages = { "generl" }/' "$RULES/scoped/alerts.lua"
expect_exit 4 "a misspelt stage" -- H check "$RULES/scoped"
expect_in out "^rules/scoped/alerts.lua:[0-9]+: RULE005: rule SC-1: applies_to.stages: 'generl' is not one of life, social, employment, intermediate, general" "names the rule and the word"

# The repository's packs keep every applies_to they declare.
for region in national chiba kanagawa kushiro osaka saga zama; do
  expect_exit 0 "check $region" -- "$HASHIGO" --lang en --rules "$SRC/rules" check "$SRC/rules/$region"
  if grep -q "applies-to" "$WORK/out"; then echo "FAIL: $region has an applies-to finding"; failures=$((failures + 1)); else passes=$((passes + 1)); fi
done
finish
