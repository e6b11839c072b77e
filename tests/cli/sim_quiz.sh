# hashigo sim quiz: a scenario as questions for a class. Answers come from standard input (a class
# typing, or a file); each is revealed with the trainer's explanation, the decision and its
# reasons, and for a decision point where every option leads; the score counts the questions that
# have an answer. Marks the script makes wrongly are rule errors naming the line.
source "$(dirname "$0")/lib.bash"
S="$SRC/scripts/b-san.lua"

printf 'up\nb\n' > "$WORK/answers"
expect_exit 0 "a quiz answered from a file" -- "$HASHIGO" --lang en sim quiz "$S" < "$WORK/answers"
cp "$WORK/out" "$WORK/quiz.txt"
expect_in quiz.txt '^Q1 \(month 2\) At the month-end review he met both short-term goals. What will the rules decide\?$' "the script's m.quiz mark is asked in its month"
expect_in quiz.txt '^  ✓ right — up\) a step up$' "a right answer is said so"
expect_in quiz.txt '^  SU-02: 80% or more of the short-term goals met' "with the trainer's explanation"
expect_in quiz.txt '^step: ↑ up employment \[accepted\]$' "and the decision it asked about"
expect_in quiz.txt '^Q2 \(month 3\) The first trial is done: what next\?$' "the decision point is asked"
expect_in quiz.txt '^  ✗ the answer is a\) more trials' "a wrong answer gets the trainer's answer"
expect_in quiz.txt '^    b\) start job search at Hello Work now → first difference: month 4 \(2015-08-31\) · referrals — RF-SAPO$' "and where the road not taken leads"
expect_in quiz.txt '^    a\) more trials .* → taken in this scenario$' "the road taken is marked"
expect_in quiz.txt '^Q3 \(month [0-9]+\) At the end of month [0-9]+, what will the rules decide\?$' "a month the case moves is asked without a mark"
expect_in quiz.txt '^  → the answer is up\) a step up$' "a question left unanswered (input ended) is revealed"
expect_in quiz.txt '^3 questions with an answer, 1 right$' "the score"
expect_in err 'your answer \[up/stay/down\]' "the prompt goes to stderr, with the keys"

printf 'x\nup\n\n' | "$HASHIGO" --lang ja sim quiz "$S" > "$WORK/retry.txt" 2> "$WORK/retry.err"
expect_in retry.txt '^  ✓ 正解 — up\) 段階が上がる$' "an answer that is not a key is asked again (Japanese)"
[ "$(grep -o '答え \[up/stay/down\]' "$WORK/retry.err" | wc -l)" -ge 2 ] && passes=$((passes + 1)) || { echo "FAIL: x was not asked again"; failures=$((failures + 1)); }
expect_in retry.txt '^3 問中 1 問正解（答えのある問い）$' "an empty line shows the answer without scoring it"

# The quiz as HTML: one reveal per question (the browser test renders it: sim_html.sh).
expect_exit 0 "the quiz as HTML" -- "$HASHIGO" --lang en sim quiz "$S" --html "$WORK/quiz.html"
expect_in quiz.html '<b>Q2\.</b> .*The first trial is done' "the question is on the page"
expect_in quiz.html '<p class="answer">.*answer.*: a\) .*more trials' "its answer behind the reveal"
expect_in quiz.html 'In J1, B-san built steady attendance' "with the explanation"

# A script with nothing to ask says so.
cat > "$WORK/quiet.lua" <<'LUA'
return { id = "quiet", start = "2020-01-06", months = 2, intake = { stage = "life" }, month = function(m) end }
LUA
expect_exit 0 "nothing to ask" -- "$HASHIGO" --lang en sim quiz "$WORK/quiet.lua"
expect_in out '^this scenario asks nothing' "it says so"

# Wrong marks are rule errors with the script's line.
cat > "$WORK/badmark.lua" <<'LUA'
return { id = "x", start = "2020-01-06", months = 1, month = function(m)
  m.choose("c", "which?", { a = "one", b = "two" }, { answer = "z" }) end }
LUA
expect_exit 4 "an answer that is not an option" -- "$HASHIGO" --lang en sim quiz "$WORK/badmark.lua"
expect_in err "RULE005 .*badmark.lua:2: m.choose c: the answer 'z' is not one of its options" "names the choice and the line"
cat > "$WORK/badquiz.lua" <<'LUA'
return { id = "x", start = "2020-01-06", months = 1, month = function(m)
  m.quiz(42) end }
LUA
expect_exit 4 "a question that is not text" -- "$HASHIGO" --lang en sim run "$WORK/badquiz.lua"
expect_in err "RULE005 .*badquiz.lua:2: m.quiz must be a string" "names the line"

# The regions a scenario names are checked.
cat > "$WORK/badregions.lua" <<'LUA'
return { id = "x", start = "2020-01-06", months = 1, regions = "chiba", month = function(m) end }
LUA
expect_exit 3 "regions that are not a list" -- "$HASHIGO" --lang en sim compare "$WORK/badregions.lua"
expect_in err 'badregions.lua: regions: must be a list of region names' "names the file and the field"
finish
