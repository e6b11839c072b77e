# --lang ja is Japanese throughout and --lang en English throughout, over the real packs and the
# example cases: eval --explain, case show, rules show, rules diff, check, test and every --help.
# Japanese output must not show a code (rung, programme, referral target, alert, stage, status,
# true/false) where a name exists, nor English words of the CLI; English output must not show
# Japanese. The person's view (--audience person) shows no rule ids, arrows or staff terms.
source "$(dirname "$0")/lib.bash"

DB="$WORK/lang.db"
OUT="$WORK/ja"; mkdir -p "$OUT" "$WORK/en"
"$HASHIGO" --db "$DB" init >/dev/null

# Each example case: evaluated with --explain on its last event's day, stored, and shown.
for f in "$SRC"/examples/cases/*.json; do
  name="$(basename "$f" .json)"
  read -r id day < <(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["id"], max(e["date"] for e in d["events"]))' "$f")
  for lang in ja en; do
    expect_exit 0 "eval --explain $name ($lang)" -- "$HASHIGO" --lang "$lang" --rules "$SRC/rules" eval "$f" --as-of "$day" --explain
    cp "$WORK/out" "$WORK/$lang/eval-$name.txt"
    expect_exit 0 "eval --monthly $name ($lang)" -- "$HASHIGO" --lang "$lang" --rules "$SRC/rules" eval "$f" --as-of "$day" --monthly
    cp "$WORK/out" "$WORK/$lang/monthly-$name.txt"
    expect_exit 0 "eval --audience person $name ($lang)" -- "$HASHIGO" --lang "$lang" --rules "$SRC/rules" eval "$f" --as-of "$day" --audience person
    cp "$WORK/out" "$WORK/$lang/person-$name.txt"
  done
  "$HASHIGO" --db "$DB" --rules "$SRC/rules" case new --file "$f" >/dev/null 2>&1
  for lang in ja en; do
    expect_exit 0 "case show $name ($lang)" -- "$HASHIGO" --lang "$lang" --db "$DB" --rules "$SRC/rules" case show "$id"
    cp "$WORK/out" "$WORK/$lang/show-$name.txt"
  done
done

# Every pack: rules show, check and its tests; the packs side by side against national.
for dir in "$SRC"/rules/*/; do
  region="$(basename "$dir")"
  [ -f "$dir/pack.lua" ] || continue
  for lang in ja en; do
    expect_exit 0 "rules show $region ($lang)" -- "$HASHIGO" --lang "$lang" --rules "$SRC/rules" rules show "$region"
    cp "$WORK/out" "$WORK/$lang/rules-$region.txt"
    # check and test take a while: every pack in Japanese, the base pack in English.
    if [ "$lang" = ja ] || [ "$region" = national ]; then
      expect_exit 0 "check $region ($lang)" -- "$HASHIGO" --lang "$lang" check "$SRC/rules/$region"
      cp "$WORK/out" "$WORK/$lang/check-$region.txt"
      expect_exit 0 "test $region ($lang)" -- "$HASHIGO" --lang "$lang" test "$SRC/rules/$region"
      cp "$WORK/out" "$WORK/$lang/test-$region.txt"
    fi
    if [ "$region" != national ]; then
      expect_exit 0 "rules diff national $region ($lang)" -- "$HASHIGO" --lang "$lang" --rules "$SRC/rules" rules diff national "$region"
      cp "$WORK/out" "$WORK/$lang/diff-$region.txt"
    fi
  done
done

# Every command's --help.
for lang in ja en; do
  i=0
  while read -r cmd; do
    i=$((i + 1))
    # shellcheck disable=SC2086
    expect_exit 0 "--help of '$cmd' ($lang)" -- "$HASHIGO" --lang "$lang" $cmd --help
    cp "$WORK/out" "$WORK/$lang/help-$i.txt"
  done <<'COMMANDS'

init
case
case new
case list
case show
event
event add
eval
history
db
db rebuild-snapshots
db check
test
check
rules
rules show
rules diff
watch
batch
receipt
receipt verify
COMMANDS
done

# The checker: codes that have names, and the CLI's English words, must not be in Japanese output;
# Japanese must not be in English output. Citations (出典 / source lines) quote documents in their
# own language, and a pack's test names and pseudonyms are as their authors wrote them.
python3 - "$WORK" "$SRC" > "$WORK/leaks.txt" <<'PY'
import glob, os, re, sys
work, src = sys.argv[1], sys.argv[2]
codes = {"life", "social", "employment", "intermediate", "general", "intake", "assessment", "planning",
         "in_support", "evaluation", "closed", "suspended", "true", "false", "stepup", "eligibility", "referral",
         "alerts", "routine", "soon", "urgent", "warning", "info", "up", "down", "stay"}
# Every name a pack declares: rung, programme, referral target, alert code, check label.
for pack in glob.glob(os.path.join(src, "rules", "*", "pack.lua")):
    text = open(pack, encoding="utf-8").read()
    for m in re.finditer(r"^  (rungs|programs|referral_targets|rung_names|alert_names|check_labels) = \{(.*?)^  \},", text, re.S | re.M):
        body = m.group(2)
        if m.group(1) == "rungs":
            codes.update(re.findall(r'"([a-z_]+)"', body))
        else:
            codes.update(re.findall(r"^    ([a-z0-9_]+) = \{", body, re.M))
# Words a pack's own Japanese names use (a programme called "byturn") are names, not leaks.
allowed = set()
for pack in glob.glob(os.path.join(src, "rules", "*", "pack.lua")):
    for ja in re.findall(r'ja = "([^"]*)"', open(pack, encoding="utf-8").read()):
        allowed.update(re.findall(r"[A-Za-z][A-Za-z0-9_]*", ja))
codes -= allowed
english = ["status", "position", "step", "accepted", "refused", "eligible", "source", "rules evaluated", "legend",
           "superseded", "would change", "alert", "due", "error(s)", "warning(s)", "passed", "failed", "skipped",
           "Usage", "OPTIONS", "Options", "Subcommands", "SUBCOMMAND", "Positionals", "REQUIRED", "TEXT", "INT",
           "FLOAT", "Print this help", "ladder", "parameters", "extends", "digest", "differences", "from", "replaces",
           "may skip", "supersedes", "disabled", "own", "timeline", "start", "as of", "opened", "lives in", "school",
           "follow-ups", "database", "case id", "default:", "Excludes", "Needs"]
japanese = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]")
leaks = 0
def report(path, n, line, what):
    global leaks
    leaks += 1
    print(f"{os.path.basename(path)}:{n}: {what}: {line.strip()[:160]}")
for path in sorted(glob.glob(os.path.join(work, "ja", "*.txt"))):
    name = os.path.basename(path)
    in_declarations = in_parameter = in_parameters = False
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        if "出典" in line:
            continue
        if name.startswith("diff-"):
            # A parameter's values are the pack's data, as written; a declaration row names its key.
            if re.match(r"^  \S", line):
                in_parameter = line.startswith("  パラメータ")
            if in_parameter:
                continue
            line = re.sub(r"^  宣言\s+\S+", "  宣言", line)
        if name.startswith("rules-"):
            # The declared names are listed code by code, so that an author can write the code.
            if line.rstrip().endswith(":") and line[:1] not in " \n" and not line.startswith("パラメータ"):
                in_declarations = line.startswith(("事業", "つなぎ先", "段の名前", "アラートの名前", "条件の名前"))
                in_parameters = False
            if line.startswith("パラメータ"):
                in_parameters = True
            if in_declarations:
                continue
            # A parameter's values are the pack's data as written (lists of codes included), but a
            # yes or no is said in Japanese.
            if in_parameters:
                if "[" not in line and "{" not in line and re.search(r"(?<![\w\"])(true|false)(?![\w\"])", line):
                    report(path, n, line, "true/false")
                continue
            if line.startswith("    ") and re.match(r"^    [a-z0-9_]+ ", line):  # a parameter's name
                line = re.sub(r"^    [a-z0-9_]+ ", "    ", line)
        if name.startswith("check-"):
            # A parameter's value in a finding is the pack's data as written (codes included).
            line = re.sub(r" = .*?（", " = （", line)
        if name.startswith("test-") and re.match(r"^\S+\s+\S+\.lua: ", line):
            continue  # a test's name is its author's
        if name.startswith("rules-") and n == 4:
            continue  # the pack's description, as its author wrote it
        # file paths and rule ids are not words to name
        cleaned = re.sub(r"\S*/\S*|\S+\.lua(:\d+)?|--[a-z-]+", " ", line)
        for token in re.findall(r"[A-Za-z][A-Za-z0-9_]*(?:\([a-z]\))?", cleaned):
            if token in codes:
                report(path, n, line, f"code '{token}'")
        for word in english:
            if re.search(r"(?<![A-Za-z_])" + re.escape(word) + r"(?![A-Za-z_])", cleaned):
                report(path, n, line, f"English '{word}'")
# In English, what packs and cases write stays as written: a Japanese term glossed in brackets, a
# rule's reason (it may quote an employer's name from the case), parameter values, descriptions.
for path in sorted(glob.glob(os.path.join(work, "en", "*.txt"))):
    name = os.path.basename(path)
    in_parameters = False
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        # A document's title is given in English, its section as the document words it.
        if "source:" in line or "references:" in line or name.startswith("test-"):
            continue
        if name.startswith("show-") and n == 1:
            continue  # the pseudonym, as recorded
        if name.startswith("rules-"):
            if n == 4:
                continue
            if line.startswith("parameters ("):
                in_parameters = True
            elif line[:1] not in " \n":
                in_parameters = False
        if name.startswith("diff-") and re.match(r"^  \S", line):
            in_parameters = line.startswith("  parameter")
        if in_parameters:
            continue
        line = re.sub(r" — .*", "", line)
        line = re.sub(r"\([^()]*\)", "", line)
        if japanese.search(line):
            report(path, n, line, "Japanese")
print(f"{leaks} leak(s)")
PY
if grep -q "^0 leak(s)$" "$WORK/leaks.txt"; then
  passes=$((passes + 1))
else
  echo "FAIL: untranslated text:"
  head -60 "$WORK/leaks.txt"
  failures=$((failures + 1))
fi

# The person's view: no rule ids, no arrows, no staff terms.
for f in "$WORK"/ja/person-*.txt "$WORK"/en/person-*.txt; do
  if grep -nE "[A-Z]{2,4}-[0-9]{2}|[↑↓→●○✓✗]|準ずる者|おそれのある者|eligib|referral" "$f" >"$WORK/staff.txt"; then
    echo "FAIL: staff wording in $(basename "$f"):"
    head -5 "$WORK/staff.txt"
    failures=$((failures + 1))
  else
    passes=$((passes + 1))
  fi
done
# Bさん met every goal at the review before the step up: the person hears "all", not "most".
expect_exit 0 "person view of Bさん's step up" -- "$HASHIGO" --lang ja --rules "$SRC/rules" eval "$SRC/examples/cases/b-san.json" --as-of 2015-06-30 --audience person
expect_in out "ぜんぶ できました" "100% of the goals is said as all of them"
expect_in out "^いまの ところ: ひとと かかわる だんかい$" "the stage in plain words"

# The --explain legend matches the marks: ● a rule that fired, ✓ a condition met.
expect_exit 0 "eval --explain (ja)" -- "$HASHIGO" --lang ja --rules "$SRC/rules" eval "$SRC/examples/cases/b-san.json" --as-of 2015-06-30 --explain
expect_in out "凡例: ● 発火した / ○ 発火しなかった / – 適用外で実行せず / ✓ 条件を満たした / ✗ 満たさなかった" "the legend"
expect_in out "^  ● SU-02 \(梯子\)" "SU-02 fired and is marked ●"
expect_in out "^      ✓ 短期目標の達成率 100%（基準: 80%以上）" "a met condition by its Japanese label"
expect_in out "^利用要件 就労準備支援事業: あり$" "the programme by its name"

# Help and errors in Japanese.
expect_exit 0 "--help (ja)" -- "$HASHIGO" --lang ja --help
expect_in out "^使い方: " "CLI11's usage line"
expect_in out "終了コード" "the footer"
expect_exit 3 "a missing case file (ja)" -- "$HASHIGO" --lang ja --db "$DB" case new --file "$WORK/nosuch.json"
expect_in err "^E_INPUT: .*nosuch.json: ファイルがありません$" "a missing file in Japanese"
expect_exit 3 "an unknown case (ja)" -- "$HASHIGO" --lang ja --db "$DB" case show nosuch
expect_in err "^E_INPUT: case: ケース 'nosuch' はありません" "unknown case, code first"
expect_exit 3 "an unknown region (ja)" -- "$HASHIGO" --lang ja --rules "$SRC/rules" eval "$SRC/examples/cases/b-san.json" --region nosuch --as-of 2016-01-01
expect_in err "^E_INPUT: .*ルールパック 'nosuch' は .* にありません（使えるもの: chiba, " "unknown region in Japanese"
printf '{"id": "x",\n "events": [}' > "$WORK/bad.json"
expect_exit 3 "bad JSON (ja)" -- "$HASHIGO" --lang ja eval "$WORK/bad.json" --as-of 2016-01-01
expect_in err "^E_INPUT: .*bad.json:2:[0-9]+: JSON の書き方に誤りがあります" "bad JSON with its line"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); d["person"]["nmae"]="x"; json.dump(d, open(sys.argv[2], "w"))' "$SRC/examples/cases/b-san.json" "$WORK/typo.json"
expect_exit 3 "an unknown field (ja)" -- "$HASHIGO" --lang ja --rules "$SRC/rules" eval "$WORK/typo.json" --as-of 2016-01-01
expect_in err "^E_INPUT: .*typo.json: person.nmae: 知らない項目です" "unknown field in Japanese, with its place"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); d["household"]["size"]="two"; json.dump(d, open(sys.argv[2], "w"))' "$SRC/examples/cases/b-san.json" "$WORK/type.json"
expect_exit 3 "a field of the wrong type (ja)" -- "$HASHIGO" --lang ja --rules "$SRC/rules" eval "$WORK/type.json" --as-of 2016-01-01
expect_in err "^E_INPUT: .*type.json: household.size: 整数でなければなりません（文字列です）" "a wrong type in Japanese"
# Errors of the store and of events speak the reader's language too, with their place and code.
expect_exit 5 "no database yet (ja)" -- "$HASHIGO" --lang ja --db "$WORK/none.db" case list
expect_in err "^E_STORE: .*none.db にデータベースがありません。\`hashigo init\` を実行してください$" "a missing database in Japanese"
expect_exit 3 "an impossible --as-of (ja)" -- "$HASHIGO" --lang ja --rules "$SRC/rules" eval "$SRC/examples/cases/b-san.json" --as-of 2016-13-01
expect_in err "^E_INPUT: --as-of: '2016-13-01' は日付ではありません" "a bad date in Japanese"
"$HASHIGO" --db "$WORK/ja-events.db" init >/dev/null
expect_exit 0 "a case for events (ja)" -- "$HASHIGO" --lang ja --db "$WORK/ja-events.db" case new --file "$SRC/examples/cases/b-san.json"
expect_exit 3 "the same case twice (ja)" -- "$HASHIGO" --lang ja --db "$WORK/ja-events.db" case new --file "$SRC/examples/cases/b-san.json"
expect_in err "^E_INPUT: .*b-san.json: case.id: ケース 'b-san' はすでにあります" "a duplicate case in Japanese"
printf '{"type":"closure","date":"2016-01-01"}' > "$WORK/ev-type.json"
expect_exit 3 "an unknown event type (ja)" -- "$HASHIGO" --lang ja --db "$WORK/ja-events.db" event add b-san --file "$WORK/ev-type.json"
expect_in err "^E_INPUT: .*ev-type.json: type: 知らないイベントの種類 'closure' です（使えるもの: intake, " "an unknown event type in Japanese"
printf '{"type":"contact","date":"2016-01-01","kind":"phone"}' > "$WORK/ev-ok.json"
chmod 444 "$WORK/ja-events.db"
expect_exit 5 "a read-only database (ja)" -- "$HASHIGO" --lang ja --db "$WORK/ja-events.db" event add b-san --file "$WORK/ev-ok.json"
expect_in err "^E_READ_ONLY: .*ja-events.db: データベースに書き込めません: .*何も書き込んでいません" "a read-only database in Japanese"
chmod 644 "$WORK/ja-events.db"
expect_exit 0 "the event once writable (ja)" -- "$HASHIGO" --lang ja --db "$WORK/ja-events.db" event add b-san --file "$WORK/ev-ok.json"
expect_exit 2 "a usage error (ja)" -- "$HASHIGO" --lang ja eval
expect_in err "使い方は --help で表示します" "CLI11's usage errors end in Japanese"
expect_in err "^E_USAGE: case を指定してください$" "a missing positional in Japanese, its name kept"
expect_exit 2 "an option without its value (ja)" -- "$HASHIGO" --lang ja eval x --as-of
expect_in err "^E_USAGE: --as-of に値がありません$" "a missing value in Japanese"
expect_exit 2 "an unknown option (ja)" -- "$HASHIGO" --lang ja eval x --as-of 2016-01-01 --seed 3
expect_in err "^E_USAGE: 次の引数は使えません: " "an unexpected argument in Japanese"
expect_exit 2 "no subcommand (ja)" -- "$HASHIGO" --lang ja case
expect_in err "^E_USAGE: サブコマンドを指定してください$" "a missing subcommand in Japanese"
expect_exit 2 "a value not allowed (ja)" -- "$HASHIGO" --lang ja eval x --as-of 2016-01-01 --audience boss
expect_in err "^E_USAGE: --audience: boss は使えません（使えるもの: " "a value outside its set in Japanese"
expect_exit 2 "a value not allowed (en)" -- "$HASHIGO" --lang en eval x --as-of 2016-01-01 --audience boss
expect_in err "^E_USAGE: --audience: boss not in \{" "English keeps CLI11's words"
expect_exit 3 "bad JSON (en)" -- "$HASHIGO" --lang en eval "$WORK/bad.json" --as-of 2016-01-01
expect_in err "^E_INPUT: .*bad.json:2:[0-9]+: invalid JSON" "English keeps the English text"

finish
