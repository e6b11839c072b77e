# hashigo check has a time budget for the whole check (--time-budget SECONDS, default 60): a legal
# but slow rule stops it with a finding at the slowest rule naming its id, file:line and share of
# the time, and exit 4 (RULE010). `watch` runs its checks under the same budget.
source "$(dirname "$0")/lib.bash"
RULES="$WORK/rules"
mkdir -p "$RULES/slow"
copy_national "$RULES"
cat >"$RULES/slow/pack.lua" <<'EOF'
return { name = { ja = "遅いパック", en = "slow pack" }, version = "1", extends = "national" }
EOF
# About 750,000 instructions per evaluation: under the 1,000,000 budget, so every evaluation
# succeeds, but the checker's ~1,000 evaluations take seconds.
cat >"$RULES/slow/stepup.lua" <<'EOF'
return {
  {
    id = "SLOW-1",
    title = { ja = "遅いルール", en = "slow rule" },
    note = "tests/cli/check_budget.sh",
    decide = function(case, ctx)
      local x = 0
      for i = 1, 250000 do x = x + i end
      if x < 0 then return { step = "hold", reason = "never" } end
    end,
  },
}
EOF

expect_exit 0 "one evaluation of the slow pack is legal" -- \
  "$HASHIGO" --lang en --rules "$RULES" eval "$SRC/examples/cases/b-san.json" --as-of 2015-06-30 --region slow
expect_exit 4 "the slow pack overruns a half-second budget" -- "$HASHIGO" --lang en check "$RULES/slow" --time-budget 0.5
expect_in out "^rules/slow/stepup.lua:6: time-budget: check stopped after [0-9.]+ s, over its time budget of 0.5 s, having evaluated [0-9]+ of [0-9]+ synthetic cases; the rules' time went to SLOW-1 at rules/slow/stepup.lua:6: ([5-9][0-9]|100)% \([0-9]+ calls, [0-9.]+ ms each\)" \
  "the finding names the slowest rule, its file:line and share"
expect_in out "make the slow rule cheaper, or allow more time with --time-budget SECONDS" "the finding says what to do"
expect_in out "rules/slow: 1 error\(s\), [0-9]+ warning\(s\)$" "the summary counts it as an error"
expect_in err "rules/slow: check stopped after .* SLOW-1 at rules/slow/stepup.lua:6" "stderr names the rule too"
if [ "$(wc -l <"$WORK/err")" = 1 ]; then passes=$((passes + 1)); else echo "FAIL: stderr is not one line"; cat "$WORK/err"; failures=$((failures + 1)); fi

# A budget the check fits in, and no budget at all, let it finish.
expect_exit 0 "national checks within the default budget" -- "$HASHIGO" --lang en check "$RULES/national"
expect_exit 0 "national checks without a budget" -- "$HASHIGO" --lang en check "$RULES/national" --time-budget 0
expect_exit 2 "a negative budget is a usage error" -- "$HASHIGO" --lang en check "$RULES/national" --time-budget -1

# watch: its check stops the same way, and the slow pack is not loaded.
expect_exit 0 "watch runs once" -- "$HASHIGO" --lang en watch "$RULES/slow" --runs 1 --time-budget 0.5
expect_in out "^rules/slow/stepup.lua:6: time-budget: check stopped after" "watch reports the overrun"
expect_in out "^check: errors$" "watch's check fails"
finish
