# Bさん (J1) through the CLI: the stages J1 describes are reached because rules fire, receipts
# are stored for every month, and the decision JSON is byte-identical across processes.
source "$(dirname "$0")/lib.bash"
DB="$WORK/demo.db"
H() { "$HASHIGO" --db "$DB" --lang en "$@"; }
H init >/dev/null
H case new --file "$SRC/examples/cases/b-san.json" >/dev/null

expect_exit 0 "month-end evaluations with commit" -- H eval b-san --region national --monthly --as-of 2016-02-29 --commit
expect_in out "^2015-05-31  intake +social$" "M0: social, no move"
expect_in out "^2015-06-30  in_support  social ↑ employment  \[SU-02\] committed" "M1: SU-02 moves social → employment"
expect_in out "^2015-09-30  in_support  employment$" "M4: still employment"
expect_in out "^2015-11-30  in_support  employment ↑ general/part_time  \[EX-01\] committed" "M6: EX-01 hire → general/part_time"
expect_in out "^2016-02-29  closed +general/part_time  !closure_to_report$" "M9: closed, the closure waits to be reported to the meeting (MT-03)"

expect_exit 0 "timeline" -- H case show b-san
expect_in out "status: closed \(employed\)" "closed with reason"
expect_in out "↑ SU-02 social → employment" "timeline has SU-02"
expect_in out "100% of short-term goals achieved" "timeline has the English reason"
expect_in out "↑ EX-01 employment → general/part_time" "timeline has EX-01"
expect_exit 0 "timeline in Japanese" -- "$HASHIGO" --db "$DB" --lang ja case show b-san
expect_in out "社会自立 → 就労自立" "Japanese stage names"
expect_in out "短期目標の100%を達成" "Japanese reason"

expect_exit 0 "history" -- H history b-san
receipts=$(grep -c "^  #.* ok " "$WORK/out")
if [ "$receipts" = 10 ]; then passes=$((passes + 1)); else echo "FAIL: expected 10 receipts, got $receipts"; failures=$((failures + 1)); fi

# The same case, day and pack give the same bytes in separate processes.
a=$(H eval b-san --as-of 2015-09-30 --json | sha256sum)
b=$(H eval b-san --as-of 2015-09-30 --json | sha256sum)
if [ "$a" = "$b" ]; then passes=$((passes + 1)); else echo "FAIL: decision JSON differs across processes"; failures=$((failures + 1)); fi

# Snapshots can be dropped and rebuilt from events.
expect_exit 0 "rebuild snapshots" -- H db rebuild-snapshots
expect_in out "rebuilt the snapshots of 1 case" "one snapshot rebuilt"
expect_exit 0 "integrity check" -- H db check
expect_in out "^ok$" "integrity ok"

finish
