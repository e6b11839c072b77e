# SU-05 compares pay with the minimum wage of the household's prefecture and says which one: the
# national weighted average is only a labelled fallback when the prefecture is not recorded.
source "$(dirname "$0")/lib.bash"
H() { "$HASHIGO" --rules "$SRC/rules" "$@"; }

# A paid commuter who signed an employment contract on 2023-12-04 at $2 yen an hour; $1 is the
# household's prefecture line (empty: not recorded).
write_case() {
  cat >"$WORK/case.json" <<JSON
{ "id": "mw", "person": { "birth_date": "1985-06-01" }, "household": { $1 "size": 1, "housing": "rented", "rent_yen": 40000 },
  "events": [
    { "type": "intake", "date": "2023-10-02", "stage": "intermediate", "rung": "commuter_paid" },
    { "type": "assessment", "date": "2023-10-04", "fdp": { "interpersonal": 3, "mental": 3, "stress": 3, "thinking": 3, "environment": 3 } },
    { "type": "plan", "date": "2023-10-04", "start_on": "2023-10-04", "end_on": "2099-12-31" },
    { "type": "plan_approved", "date": "2023-10-04" },
    { "type": "placement_started", "date": "2023-12-04", "placement_id": "p", "employer": "社会福祉法人", "kind": "minwage_staff",
      "contract": "employment", "hours_per_week": 12, "wage_per_hour_yen": $2 } ] }
JSON
}

write_case "" 1010
expect_exit 0 "no prefecture: the national average, labelled" -- H --lang ja eval "$WORK/case.json" --region national --as-of 2023-12-31
expect_in out "SU-05" "SU-05 decides"
expect_in out "全国加重平均（都道府県不明）1004円" "the reason says the national weighted average stands in for an unknown prefecture"
expect_exit 0 "the same in English" -- H --lang en eval "$WORK/case.json" --region national --as-of 2023-12-31
expect_in out "national weighted average \(prefecture not recorded\) 1004" "and in English"

write_case '"prefecture": "14",' 1200
expect_exit 0 "Kanagawa: the prefecture's minimum wage" -- H --lang ja eval "$WORK/case.json" --region national --as-of 2023-12-31
expect_in out "神奈川県最低賃金1112円" "the reason names Kanagawa's minimum wage"

write_case '"prefecture": "13",' 1200
expect_exit 0 "Tokyo: no table here, the average stands in and says so" -- H --lang ja eval "$WORK/case.json" --region national --as-of 2023-12-31
expect_in out "全国加重平均（東京都の表なし）1004円" "the reason says the prefecture has no table"

# A regional pack names its home prefecture: that prefecture's minimum wage stands in, and the
# reason says it is the pack's, not the case's.
write_case "" 1030
expect_exit 0 "Chiba, no prefecture: Chiba's minimum wage, labelled" -- H --lang ja eval "$WORK/case.json" --region chiba --as-of 2023-12-31
expect_in out "千葉県最低賃金（都道府県不明）1026円" "the reason says Chiba's minimum wage stands in for an unknown prefecture"
expect_exit 0 "the same in English" -- H --lang en eval "$WORK/case.json" --region chiba --as-of 2023-12-31
expect_in out "Chiba minimum wage \(prefecture not recorded\) 1026" "and in English"

write_case '"prefecture": "13",' 1030
expect_exit 0 "Tokyo under Chiba: no table here, Chiba's stands in and says so" -- H --lang ja eval "$WORK/case.json" --region chiba --as-of 2023-12-31
expect_in out "千葉県最低賃金（東京都の表なし）1026円" "the reason names Chiba's wage and the missing table"
finish
