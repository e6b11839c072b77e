# The timeline report in a real browser: Debian's chromium, headless, renders each page (a run,
# a fork, a comparison and a quiz); html_check.py then checks what it rendered — no console
# messages, one mark per month and branch, Japanese text, nothing fetched, a screenshot that is
# not blank — and the report's own content.
source "$(dirname "$0")/lib.bash"
source "$(dirname "$0")/browser.bash"

S="$SRC/scripts/chiba-commuter.lua"
expect_exit 0 "sim run --html" -- "$HASHIGO" --lang ja sim run "$S" --html "$WORK/run.html"
expect_in err "run.html に書き出しました" "it says where it wrote"
expect_in out '^── 2016-04 \(10か月目\) ──$' "the terminal run is printed as well"
render run --branches 1 --months 10 --text "Cさん：無償コミューターから有償コミューターへ" --text "C-san: from unpaid to paid commuter" --text "生活自立" \
  --text "シーツ交換と居室の清掃"
expect_in run.html '<html lang="ja">' "the page opens in the output language"
expect_in run.html '<body class="show-ja">' "Japanese shown first"
expect_in run.html 'SU-02' "a rule behind a step is named"
expect_in run.html 'class="not-taken">b\)' "the option not taken is shown"
expect_in run.html '選ばなかった道.*6か月目.*2015-12-31' "and where it would have led: month 6"
expect_in run.html 'rules/national/stepup.lua:[0-9]+' "a reason says where its rule is"
expect_in run.html '@media print' "print styles for handouts"
expect_in run.html '@page \{ size: A4' "on A4"
expect_in run.html '<div class="match"><b>⚖ .*2015-09-12.*3 件の作業のうち 2 件が合う' "the month-3 match is on the page, with how many tasks fit"
expect_in run.html '<span class="rule">MA-03</span>' "its reasons name the matching criteria"
expect_in run.html '<ul class="excluded"><li>× <span class="ja" lang="ja">食事の配膳と介助</span>.*CHB-MA-01' "the task that does not fit, and the criterion that excluded it"

expect_exit 0 "sim fork --html" -- "$HASHIGO" --lang en sim fork "$S" --choose 4=a --vs 4=b --html "$WORK/fork.html"
render fork --branches 2 --months 10 --diverge --text "A 4=a" --text "B 4=b"
expect_in fork.html '<body class="show-en">' "English shown first with --lang en"
expect_in fork.html 'first difference:.*month 6.*2015-12-31.*SU-02' "the first difference and its rule"

expect_exit 0 "sim compare --html (the scenario's own regions)" -- "$HASHIGO" --lang en sim compare "$S" --html "$WORK/compare.html"
expect_in out '^first difference between chiba and national: ' "the regions come from the scenario's header"
render compare --branches 2 --months 10 --diverge --text "universal_work"

expect_exit 0 "sim quiz --html" -- "$HASHIGO" --lang ja sim quiz "$SRC/scripts/b-san.lua" --html "$WORK/quiz.html"
questions=$(grep -o '<div class="question"' "$WORK/quiz.html" | wc -l)
[ "$questions" -ge 2 ] && passes=$((passes + 1)) || { echo "FAIL: the quiz has $questions questions"; failures=$((failures + 1)); }
months=$("$HASHIGO" sim run "$SRC/scripts/b-san.lua" --json --lean | python3 -c 'import json, sys; print(len(json.load(sys.stdin)["months"]))')
render quiz --branches 1 --months "$months" --questions "$questions" --text "答えを見る"

# A page that cannot be written is an error naming the file, and nothing half-written is left.
expect_exit 3 "an unwritable --html" -- "$HASHIGO" --lang en sim run "$S" --html "$WORK/no/such/dir/x.html"
expect_in err 'no/such/dir/x.html' "the error names the file"
finish
