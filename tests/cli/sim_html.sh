# The timeline report in a real browser: Debian's chromium, headless, renders each page (a run,
# a fork, a comparison and a quiz); html_check.py then checks what it rendered — no console
# messages, one mark per month and branch, Japanese text, nothing fetched, a screenshot that is
# not blank — and the report's own content.
source "$(dirname "$0")/lib.bash"
CHROMIUM="$(command -v chromium || true)"
if [ -z "$CHROMIUM" ]; then
  echo "FAIL: chromium is not installed (make test installs it: apt-get install chromium)"
  exit 1
fi

# chromium DOM|PNG PAGE OUT: the page after its script ran, or its screenshot; the log to OUT.log.
browse() {
  local what="$1" page="$2" out="$3"
  local flags=(--headless --no-sandbox --disable-gpu --no-first-run --hide-scrollbars --user-data-dir="$WORK/profile"
               --enable-logging=stderr --v=0 --window-size=1200,1600)
  if [ "$what" = DOM ]; then
    timeout 120 "$CHROMIUM" "${flags[@]}" --dump-dom "file://$page" > "$out" 2> "$out.log"
  else
    timeout 120 "$CHROMIUM" "${flags[@]}" --screenshot="$out" "file://$page" > /dev/null 2> "$out.log"
  fi
}

printf '<!DOCTYPE html><html><body></body></html>' > "$WORK/blank.html"
browse PNG "$WORK/blank.html" "$WORK/blank.png"

# render NAME ARGS...: browses $WORK/NAME.html and runs the checks with ARGS.
render() {
  local name="$1"
  shift
  browse DOM "$WORK/$name.html" "$WORK/$name.dom"
  browse PNG "$WORK/$name.html" "$WORK/$name.png"
  if python3 "$SRC/tests/cli/html_check.py" "$WORK/$name.dom" "$WORK/$name.dom.log" "$WORK/$name.png" "$WORK/blank.png" "$@" > "$WORK/$name.check"; then
    passes=$((passes + 1))
  else
    echo "FAIL: the $name report as rendered"
    cat "$WORK/$name.check"
    failures=$((failures + 1))
  fi
}

S="$SRC/scripts/chiba-commuter.lua"
expect_exit 0 "sim run --html" -- "$HASHIGO" --lang ja sim run "$S" --html "$WORK/run.html"
expect_in err "run.html に書き出しました" "it says where it wrote"
expect_in out '^── 2016-04 \(10か月目\) ──$' "the terminal run is printed as well"
render run --branches 1 --months 10 --text "Cさん：無償コミューターから有償コミューターへ" --text "C-san: from unpaid to paid commuter" --text "生活自立"
expect_in run.html '<html lang="ja">' "the page opens in the output language"
expect_in run.html '<body class="show-ja">' "Japanese shown first"
expect_in run.html 'SU-02' "a rule behind a step is named"
expect_in run.html 'class="not-taken">b\)' "the option not taken is shown"
expect_in run.html '選ばなかった道.*6か月目.*2015-12-31' "and where it would have led: month 6"
expect_in run.html 'rules/national/stepup.lua:[0-9]+' "a reason says where its rule is"
expect_in run.html '@media print' "print styles for handouts"
expect_in run.html '@page \{ size: A4' "on A4"

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
