# hashigo batch: one output line per input line, in input order, the same at every -j and over
# shards; bad lines are error objects with their line number; CSV for spreadsheets; --replay.
source "$(dirname "$0")/lib.bash"
H() { "$HASHIGO" --lang en "$@"; }
AS_OF=2026-11-30
N=1500
check() {  # check CONDITION-AS-EXIT-STATUS DESCRIPTION
  if [ "$1" = 0 ]; then passes=$((passes + 1)); else echo "FAIL: $2"; failures=$((failures + 1)); fi
}
line_numbers() { grep -o '"line":[0-9]*' "$1" | cut -d: -f2; }
by_line() { awk '{ match($0, /"line":[0-9]+/); print substr($0, RSTART + 7, RLENGTH - 7) "\t" $0 }' "$@" | sort -n | cut -f2-; }

"$HASHIGO_SYNTH" "$N" > "$WORK/cases.jsonl"
check $? "synthetic cases written"

# Every line answered, in input order, and the same bytes on one worker and on two.
expect_exit 0 "batch -j1" -- H batch --as-of "$AS_OF" -j 1 "$WORK/cases.jsonl"
cp "$WORK/out" "$WORK/j1.jsonl"
expect_in err "^batch: $N lines — $N decided, 0 failed" "summary on stderr"
check $(( $(wc -l < "$WORK/j1.jsonl") != N )) "one output line per input line"
seq 1 "$N" > "$WORK/want_lines"
line_numbers "$WORK/j1.jsonl" | cmp -s - "$WORK/want_lines"; check $? "line numbers 1..N in order"
expect_exit 0 "batch -j2 from stdin" -- sh -c "'$HASHIGO' --lang en batch --as-of $AS_OF -j 2 < '$WORK/cases.jsonl'"
cmp -s "$WORK/out" "$WORK/j1.jsonl"; check $? "-j2 output is byte-identical to -j1"
expect_exit 0 "batch -j3 into a file" -- H batch --as-of "$AS_OF" -j 3 "$WORK/cases.jsonl" -o "$WORK/j3.jsonl"
cmp -s "$WORK/j3.jsonl" "$WORK/j1.jsonl"; check $? "-j3 -o output is byte-identical to -j1"
check $( [ ! -e "$WORK/j3.jsonl.partial" ]; echo $?) "no .partial file left behind"

# A batch line is what `eval --json` says of the same case file, plus its line number.
for n in 1 700 "$N"; do
  sed -n "${n}p" "$WORK/cases.jsonl" > "$WORK/one.json"
  H eval "$WORK/one.json" --as-of "$AS_OF" --json > "$WORK/eval.json" 2>/dev/null
  sed -n "${n}p" "$WORK/j1.jsonl" | sed "s/,\"line\":$n//" | cmp -s - "$WORK/eval.json"
  check $? "line $n equals eval --json of that case"
done

# Lean decisions: outcomes and rule ids, the same on every -j, and what eval --lean says.
expect_exit 0 "batch --lean" -- H batch --as-of "$AS_OF" --lean -j 2 "$WORK/cases.jsonl"
cp "$WORK/out" "$WORK/lean.jsonl"
check $(( $(grep -c '"detail":"lean"' "$WORK/lean.jsonl") != N )) "every lean line says so"
if grep -q '"would_flip"\|"references"\|"checks"' "$WORK/lean.jsonl"; then check 1 "lean lines carry no explanations"; else check 0 ""; fi
grep -q '"rules":\["[A-Z]' "$WORK/lean.jsonl"; check $? "lean lines name the rules behind outcomes"
check $(( $(wc -c < "$WORK/lean.jsonl") * 4 > $(wc -c < "$WORK/j1.jsonl") )) "lean output is under a quarter of full output"
H batch --as-of "$AS_OF" --lean -j 1 "$WORK/cases.jsonl" 2>/dev/null | cmp -s - "$WORK/lean.jsonl"; check $? "lean -j1 equals lean -j2"
sed -n "9p" "$WORK/cases.jsonl" > "$WORK/one.json"
H eval "$WORK/one.json" --as-of "$AS_OF" --json --lean > "$WORK/eval.json" 2>/dev/null
sed -n "9p" "$WORK/lean.jsonl" | sed 's/,"line":9//' | cmp -s - "$WORK/eval.json"; check $? "eval --json --lean equals the batch line"
expect_exit 2 "--lean needs --json in eval" -- H eval "$WORK/one.json" --as-of "$AS_OF" --lean

# Shards: every K-th line from K; the shards together are the whole run.
: > "$WORK/shards.jsonl"
for k in 0 1 2; do
  H batch --as-of "$AS_OF" -j 2 --shard "$k/3" "$WORK/cases.jsonl" >> "$WORK/shards.jsonl" 2>"$WORK/err"
  check $? "shard $k/3 exits 0"
done
expect_in err "^batch: 500 lines" "a shard takes a third of the lines"
sed -n '2p' "$WORK/shards.jsonl" | grep -q '"line":4,'; check $? "shard 0/3 takes lines 1, 4, 7 …"
by_line "$WORK/shards.jsonl" | cmp -s - "$WORK/j1.jsonl"; check $? "3 shards concatenated and ordered by line equal one run"

# Bad lines are answered with an error naming their line; the run goes on and exits 1.
{
  sed -n '1p' "$WORK/cases.jsonl"
  echo '{"format": "hashigo.case/1", "id": "broken", "events": [{"type": "intake", "date": "2015-13-01"}]}'
  echo 'not json'
  echo ''
  sed -n '2p' "$WORK/cases.jsonl"
  echo '{"format": "hashigo.case/1", "id": "early", "events": [{"type": "intake", "date": "2027-01-05"}]}'
  head -c 20000 /dev/zero | tr '\0' ' '; echo '{}'
  sed -n '3p' "$WORK/cases.jsonl"
} > "$WORK/mixed.jsonl"
expect_exit 1 "some lines fail: exit 1" -- H --max-input-size 16KiB batch --as-of "$AS_OF" -j 2 "$WORK/mixed.jsonl"
check $(( $(wc -l < "$WORK/out") != 8 )) "eight lines in, eight out"
expect_in err "^batch: 8 lines — 3 decided, 5 failed \(input 5, rule 0\)" "summary counts the failures"
sed -n '2p' "$WORK/out" > "$WORK/l2"; sed -n '3p' "$WORK/out" > "$WORK/l3"; sed -n '6p' "$WORK/out" > "$WORK/l6"; sed -n '7p' "$WORK/out" > "$WORK/l7"
grep -q '"case_id":"broken".*"where":"events\[0\].date".*"line":2' "$WORK/l2"; check $? "a bad date names its field and line"
grep -q '"code":"E_INPUT".*"where":"line 3:' "$WORK/l3"; check $? "bad JSON names its line"
grep -q '"status":"error"' "$WORK/l3"; check $? "an error line has status error"
grep -q '"where":"as_of".*"line":6' "$WORK/l6"; check $? "a case opened after as_of is an error for its line"
grep -q 'over the limit.*"line":7' "$WORK/l7"; check $? "a line over --max-input-size is an error for that line only"
sed -n '8p' "$WORK/out" | sed 's/,"line":8//' > "$WORK/l8"
sed -n '3p' "$WORK/j1.jsonl" | sed 's/,"line":3//' | cmp -s - "$WORK/l8"; check $? "the line after the bad ones is decided as usual"

# CSV for spreadsheets: UTF-8 with a byte-order mark, a header, one row per line.
expect_exit 1 "csv" -- H batch --as-of "$AS_OF" --format csv "$WORK/mixed.jsonl"
check $( [ "$(head -c 3 "$WORK/out" | od -An -tx1 | tr -d ' ')" = efbbbf ]; echo $?) "CSV starts with the UTF-8 BOM"
expect_in out "line,case_id,status,region,as_of,position,stage_from" "CSV header"
check $(( $(wc -l < "$WORK/out") != 9 )) "CSV: header and eight rows"
expect_in out $'^2,broken,error,.*E_INPUT,events\\[0\\]\\.date,' "CSV error row"
grep -q $'\r$' "$WORK/out"; check $? "CSV rows end in CRLF"
expect_exit 1 "csv in Japanese" -- "$HASHIGO" --lang ja batch --as-of "$AS_OF" --format csv "$WORK/mixed.jsonl"
expect_in out "^3,,error,.*JSON の書き方に誤り" "CSV messages follow --lang"

# --replay: a case file that records no step is replayed month by month.
B="$SRC/examples/cases/b-san.json"
tr -d '\n' < "$B" > "$WORK/b.jsonl"; echo >> "$WORK/b.jsonl"
expect_exit 0 "eval without replay" -- H eval "$B" --as-of 2016-02-29 --json
expect_in out '"position":\{"recorded_steps":0,"replayed_steps":0,"source":"recorded"\}' "plain eval says the position is recorded"
expect_in err "records no step .*--replay" "plain eval of a file without steps warns"
expect_exit 0 "eval --replay" -- H eval "$B" --as-of 2016-02-29 --replay --json
expect_in out '"from":\{"rung":"part_time","stage":"general"\}' "replay reaches general/part_time as the monthly run does"
expect_in out '"replayed_steps":2,"source":"replayed"' "replay says so and counts its steps"
check $( [ ! -s "$WORK/err" ]; echo $?) "no warning with --replay"
expect_exit 0 "eval --replay text" -- H eval "$B" --as-of 2016-02-29 --replay
expect_in out "position replayed from intake month by month \(2 accepted step" "text output says the position was replayed"
expect_exit 0 "batch --replay" -- H batch --as-of 2016-02-29 --replay "$WORK/b.jsonl"
expect_in out '"replayed_steps":2,"source":"replayed".*"from":\{"rung":"part_time","stage":"general"\}' "batch --replay replays"
expect_exit 0 "batch without replay" -- H batch --as-of 2016-02-29 "$WORK/b.jsonl"
expect_in err "1 case\(s\) record no step" "batch counts cases decided from intake"
expect_exit 2 "--replay with --monthly" -- H eval "$B" --as-of 2016-02-29 --replay --monthly

# What stops every line stops the run, with the usual exit codes.
expect_exit 3 "unknown region" -- H batch --as-of "$AS_OF" --region atlantis "$WORK/b.jsonl"
expect_in err "atlantis" "the unknown region is named"
expect_exit 2 "bad shard" -- H batch --as-of "$AS_OF" --shard 3/3 "$WORK/b.jsonl"
expect_in err "K/N" "the shard form is explained"
expect_exit 2 "bad format" -- H batch --as-of "$AS_OF" --format xml "$WORK/b.jsonl"
expect_exit 3 "missing input" -- H batch --as-of "$AS_OF" "$WORK/nowhere.jsonl"
expect_in err "nowhere.jsonl" "the missing input is named"
expect_exit 3 "bad as-of" -- H batch --as-of 2026-02-30 "$WORK/b.jsonl"

# On a terminal, a progress bar with rate and ETA goes to stderr (never into the output).
if command -v script >/dev/null; then
  script -qec "'$HASHIGO' --lang en batch --as-of $AS_OF -j 2 '$WORK/cases.jsonl' > '$WORK/tty.jsonl'" "$WORK/typescript" >/dev/null 2>&1
  grep -q "ETA" "$WORK/typescript"; check $? "progress bar with ETA on a terminal"
  cmp -s "$WORK/tty.jsonl" "$WORK/j1.jsonl"; check $? "the progress bar stays out of the output"
else
  echo "FAIL: script (util-linux) is needed to give batch a terminal"; failures=$((failures + 1))
fi

finish
