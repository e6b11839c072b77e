# hashigo sim fork and sim compare: two journeys of one scenario, side by side, and where they
# part — the first month whose decisions differ, what differs, and the rules and checks behind it.
source "$(dirname "$0")/lib.bash"
S="$SRC/scripts/b-san.lua"

expect_exit 0 "fork at month 3" -- "$HASHIGO" --lang en sim fork "$S" --choose 3=a --vs 3=b
cp "$WORK/out" "$WORK/fork.txt"
expect_in fork.txt '^  A 3=a +2015-07-31 ' "branch A's months are listed"
expect_in fork.txt '^  B 3=b +\? The first trial is done: what next\? → b$' "branch B's choice is shown"
expect_in fork.txt '^first difference between A 3=a and B 3=b: 2015-08-31 \(month 4\) — referrals$' "the first difference: month 4, the referrals"
expect_in fork.txt '^  RF-SAPO: A 3=a fired, B 3=b did not fire$' "the rule behind it"

expect_exit 0 "a fork of identical choices" -- "$HASHIGO" --lang en sim fork "$S" --choose 3=a --vs after_first_trial=a
expect_in out '^A 3=a and B after_first_trial=a: the same decisions every month$' "no difference is said so"

"$HASHIGO" sim fork "$S" --choose 3=a --vs 3=b --json > "$WORK/fork.json"
python3 -c '
import json, sys
f = json.load(open(sys.argv[1]))
d = f["first_difference"]
print(f["format"], d["month"], d["as_of"], ",".join(d["parts"]), d["rules"][0]["rule"], d["rules"][0]["fired_a"], d["rules"][0]["fired_b"])
' "$WORK/fork.json" > "$WORK/forkjson.txt"
expect_in forkjson.txt '^hashigo.sim-fork/1 4 2015-08-31 referrals RF-SAPO True False$' "the JSON names the month, the parts and the rule"

expect_exit 0 "compare three regions" -- "$HASHIGO" --lang en sim compare "$S" --regions national,chiba,osaka
cp "$WORK/out" "$WORK/compare.txt"
expect_in compare.txt '^  chiba +2015-05-31 ' "each region's months are listed"
expect_in compare.txt '^first difference between national and chiba: 2015-05-31 \(month 1\) — eligibility$' "national and chiba part at month 1 on eligibility"
expect_in compare.txt '^  UW-02: national did not fire, chiba fired$' "Chiba's own rule is the reason"
expect_in compare.txt '^first difference between chiba and osaka: ' "every pair is explained"
# A second scenario, under Chiba's pack: cutting hours at month 4 keeps the goals, keeping them
# does not, and the step to paid commuter comes apart at month 6 on the goals check.
expect_exit 0 "fork chiba-commuter" -- "$HASHIGO" --lang en sim fork "$SRC/scripts/chiba-commuter.lua" --choose 4=a --vs 4=b
cp "$WORK/out" "$WORK/chiba.txt"
expect_in chiba.txt '^first difference between A 4=a and B 4=b: 2015-12-31 \(month 6\) — step$' "the branches part at month 6 on the step"
expect_in chiba.txt '^    B 4=b: ✗ goal_attainment 33% — needs >= 80%$' "the check that differed, with its threshold"
expect_exit 0 "chiba-commuter under both its regions" -- "$HASHIGO" --lang en sim compare "$SRC/scripts/chiba-commuter.lua" --regions chiba,national

# A step down and the way back: home visits at the relapse bring the step up two months sooner.
expect_exit 0 "fork step-down-recovery" -- "$HASHIGO" --lang en sim fork "$SRC/scripts/step-down-recovery.lua" --choose 3=a --vs 3=b
cp "$WORK/out" "$WORK/down.txt"
expect_in down.txt '^  A 3=a +2016-06-30  in_support  intermediate/commuter_paid ↓ intermediate/commuter_unpaid  \[SD-01\] applied' "the relapse steps her down (SD-01)"
expect_in down.txt '^  A 3=a +2016-08-31 .*↑ intermediate/commuter_paid  \[SU-02\] applied' "with home visits she is back up in month 5"
expect_in down.txt '^first difference between A 3=a and B 3=b: 2016-07-31 \(month 4\) — step$' "the branches part the month after the relapse"
expect_in down.txt '^  SD-01: A 3=a did not fire, B 3=b fired$' "waiting, her attendance still proposes a step down"

expect_exit 2 "compare needs two regions" -- "$HASHIGO" --lang en sim compare "$S" --regions national
expect_exit 2 "fork needs --vs" -- "$HASHIGO" --lang en sim fork "$S" --choose 3=a
finish
