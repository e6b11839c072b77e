# Provenance on real packs: explanations cite documents by title and mark default values,
# `rules show` (text and --json) says each parameter's unit and basis, check reports what the
# region declares without a reference, a basis or a note, and nothing names a seed file.
source "$(dirname "$0")/lib.bash"
RULES="$WORK/rules"
mkdir -p "$RULES"
copy_national "$RULES"
H() { "$HASHIGO" --rules "$RULES" "$@"; }
CASE="$SRC/examples/cases/b-san.json"

expect_exit 0 "eval --explain" -- H --lang en eval "$CASE" --as-of 2015-06-30 --region national --explain
expect_in out "^      rules/national/stepup.lua:[0-9]+ · references: Support according to the person's condition \(Universal Employment Network Chiba\) 個別支援計画" "SU-02 cites the UWN Chiba report by title"
expect_in out "^      default \(no source\): goal_attainment_min = 0.8 \[ratio\]$" "the default threshold is marked"
expect_in out "references: Ordinance for Enforcement of the Act on Self-Reliance Support for Needy Persons 第4条第2号" "a law article by title and section"
expect_exit 0 "eval in Japanese" -- H --lang ja eval "$CASE" --as-of 2015-06-30 --region national
expect_in out "出典: 本人の状態像に応じた支援のあり方（ユニバーサル就労ネットワークちば） 個別支援計画" "the Japanese title"
expect_in out "^      既定値（出典なし）: goal_attainment_min = 0.8 \[ratio\]$" "the default marker in Japanese"
expect_exit 0 "eval for the person" -- H --lang en eval "$CASE" --as-of 2015-06-30 --region national --audience person
if grep -q "references:\|default (no source)" "$WORK/out"; then
  echo "FAIL: --audience person shows provenance"; failures=$((failures + 1)); else passes=$((passes + 1)); fi
expect_exit 0 "eval --json" -- H eval "$CASE" --as-of 2015-06-30 --region national --json
expect_in out '"references":\[\{"id":"uwn_chiba_report"' "decision JSON cites by id"
expect_in out '"defaults_used":\[' "decision JSON lists the defaults used"
if sed 's/"position":{[^}]*}//' "$WORK/out" | grep -q '"source"'; then echo "FAIL: decision JSON still has source"; failures=$((failures + 1)); else passes=$((passes + 1)); fi

expect_exit 0 "rules show" -- H --lang en rules show national
expect_in out "^    goal_attainment_min +0.8  \[national\] \(ratio\)  ◆DEFAULT \(no source\)" "a default parameter is marked"
expect_in out "^    jyunbi_period_months +12  \[national\] \(months\)  law: Ordinance for Enforcement of the Act on Self-Reliance Support for Needy Persons 第5条" "a parameter from the law"
expect_in out "^             references: " "rules list their references"
expect_exit 0 "rules show --json" -- H rules show national --json
expect_in out '"basis": "default"' "JSON names the basis"
expect_in out '"url": "https://laws.e-gov.go.jp/law/425AC0000000105"' "the bibliography with its URLs"
if grep -qE '_[0-9a-f]{16}\.txt' "$WORK/out"; then echo "FAIL: a seed file name in rules show"; failures=$((failures + 1)); else passes=$((passes + 1)); fi

mkdir -p "$RULES/prov"
cat > "$RULES/prov/pack.lua" <<'LUA'
return { name = { ja = "出典", en = "provenance" }, version = "1", extends = "national",
  parameters = {
    goal_attainment_min = 0.7,
    review_fresh_days = { value = 40, basis = "default" },
    attendance_step_min = { value = 0.85, unit = "ratio", basis = "default", note = "our choice" },
  } }
LUA
cat > "$RULES/prov/stepup.lua" <<'LUA'
return {
  { id = "SU-04", decide = function(case, ctx, base) return base(case, ctx) end },
  { id = "PV-1", title = { ja = "出典なし", en = "no reference" },
    decide = function(case, ctx) return nil end },
}
LUA
expect_exit 0 "warnings only" -- H --lang en check "$RULES/prov"
expect_in out "^rules/prov/pack.lua:3: missing-basis: warning: parameter goal_attainment_min has no basis" "a plain override has no basis"
expect_in out "^rules/prov/pack.lua:4: default-value: warning: parameter review_fresh_days = 40 \(days\) is a default chosen by the pack, not by a source; read by SU-02" "a default, its unit kept from the base, and its readers"
expect_in out "^rules/prov/pack.lua:4: default-without-note: warning: parameter review_fresh_days is a default without a note" "a default needs a note"
expect_in out "^rules/prov/pack.lua:5: default-value: warning: parameter attendance_step_min = 0.85 \(ratio\)" "a noted default is still reported"
expect_in out "^rules/prov/stepup.lua:4: missing-reference: warning: rule PV-1 cites no document" "a rule without references"
if grep -q "SU-04 cites no document\|default-without-note: warning: parameter attendance_step_min" "$WORK/out"; then
  echo "FAIL: an inherited reference or a noted default was reported"; failures=$((failures + 1)); else passes=$((passes + 1)); fi

cat > "$RULES/prov/stepup.lua" <<'LUA'
return {
  { id = "PV-2", title = { ja = "古い", en = "old" }, source = "a working file.txt",
    decide = function(case, ctx) return nil end },
}
LUA
expect_exit 4 "the old source key" -- H --lang en check "$RULES/prov"
expect_in out "^rules/prov/stepup.lua:3: RULE005: rule PV-2: 'source' is no longer read; cite documents of the bibliography with references" "source is refused, pointing to references"
finish
