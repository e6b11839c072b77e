# hashigo check finds pairs of step rules that would end a decision in RULE005 (different targets
# for the same step) by probing, names both rules with a case that shows it, accepts the pair once
# one supersedes the other, and finds none in the packs of the repository.
source "$(dirname "$0")/lib.bash"
RULES="$WORK/rules"
mkdir -p "$RULES/clash"
copy_national "$RULES"
H() { "$HASHIGO" --lang en --rules "$RULES" "$@"; }

printf 'return { name = { ja = "衝突", en = "clash" }, version = "1", extends = "national" }\n' >"$RULES/clash/pack.lua"
# Goals met at 社会自立: national SU-02 proposes the next position (就労自立), CL-1 general work.
cat >"$RULES/clash/stepup.lua" <<'LUA'
return {
  {
    id = "CL-1",
    title = { ja = "目標で一般就労へ", en = "Goals straight to general work" },
    references = { { id = "jiritsu_ho" } },
    allows_skip = true,
    decide = function(case, ctx)
      if case.stage == "social" and ctx.at_least("goal_attainment", case.goal_attainment, 0.8) then
        return { step = "up", to = { stage = "general", rung = "part_time" }, reason = { ja = "一般就労へ", en = "general work" } }
      end
    end,
  },
}
LUA
expect_exit 4 "check: a conflicting pair is an error" -- H check "$RULES/clash"
expect_in out "^rules/clash/stepup.lua:[0-9]+: step-conflict: rules SU-02 \(rules/national/stepup.lua:[0-9]+\) and CL-1 \(rules/clash/stepup.lua:[0-9]+\) propose different targets for the same step \(employment vs general/part_time\)" "both rules of the pair are named, at the region's rule"
expect_in out "e\.g\. at social on 2016-06-30 with goals met at a fresh review: a decision there ends in RULE005" "with a case that shows it"
expect_in out "rules UW-01 .* and CL-1 .*intermediate/commuter_unpaid vs general/part_time" "each pair once: UW-01 too"
expect_in err "rules/clash: the pack has [0-9]+ error\(s\)" "the check fails"
# The same pair at run time: the decision is the RULE005 the probe predicted.
cat >"$WORK/case.json" <<'JSON'
{ "id": "clash", "person": { "birth_date": "1985-06-01" }, "household": { "size": 1 },
  "events": [
    { "type": "intake", "date": "2016-04-04", "stage": "social" },
    { "type": "assessment", "date": "2016-04-04", "fdp": { "interpersonal": 3, "mental": 3, "stress": 3, "thinking": 3, "environment": 3 } },
    { "type": "plan", "date": "2016-04-05", "start_on": "2016-04-05", "end_on": "2017-03-31" },
    { "type": "plan_approved", "date": "2016-04-06" },
    { "type": "review", "date": "2016-06-27", "goals_total": 3, "goals_achieved": 3 } ] }
JSON
expect_exit 4 "the conflicting pair ends a real decision in RULE005" -- H eval "$WORK/case.json" --region clash --as-of 2016-06-30
expect_in err "RULE005 .*rules SU-02 .* and CL-1 .* propose different targets for the same step" "as the probe said"

# Declaring the precedence settles it: no finding.
sed -i 's/    allows_skip = true,/    allows_skip = true,\n    supersedes = { "SU-02", "UW-01", "JK-03", "EX-01" },/' "$RULES/clash/stepup.lua"
expect_exit 0 "check: the pair is settled by supersedes" -- H check "$RULES/clash"
if grep -q "step-conflict" "$WORK/out"; then echo "FAIL: no step-conflict once CL-1 supersedes SU-02"; failures=$((failures + 1)); else passes=$((passes + 1)); fi

# The repository's packs contain no conflicting pair.
for region in national chiba kanagawa kushiro osaka saga zama; do
  expect_exit 0 "check $region: no step conflict" -- "$HASHIGO" --lang en --rules "$SRC/rules" check "$SRC/rules/$region"
  if grep -q "step-conflict" "$WORK/out"; then echo "FAIL: $region has a step-conflict"; failures=$((failures + 1)); else passes=$((passes + 1)); fi
done
finish
