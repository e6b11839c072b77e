# hashigo report monthly: a month's statistics from a store built from examples/cases, every
# expected number counted by hand from the case files (the events dated in the month, and where
# each case stands on its last day). Rates per 100,000 use a population file; CSV carries Excel's
# BOM; the store opened read-only gives the same report; bad input names the file and line.
source "$(dirname "$0")/lib.bash"
source "$(dirname "$0")/browser.bash"
DB="$WORK/store.db"
"$HASHIGO" --db "$DB" init > /dev/null
for f in "$SRC"/examples/cases/*.json; do "$HASHIGO" --db "$DB" case new --file "$f" > /dev/null || echo "FAIL: case new $f"; done

# fig MONTH ID...: "id=value" per figure of the month's JSON report (value null → "null").
fig() {
  local month="$1"
  shift
  "$HASHIGO" --db "$DB" report monthly --month "$month" --format json > "$WORK/$month.json" || echo "FAIL: report $month"
  python3 - "$WORK/$month.json" "$@" <<'PY'
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
figs = {f["id"]: f["value"] for s in r["sections"] for f in s["figures"]}
figs["cases_read"] = r["cases_read"]
for id in sys.argv[2:]:
    v = figs.get(id, "absent")
    print("%s=%s" % (id, "null" if v is None else (round(v, 4) if isinstance(v, float) and v != int(v) else int(v) if isinstance(v, (int, float)) else v)))
PY
}

# June 2015: two intakes (Kamakura's byturn student by referral from a school, Kamakura's
# readiness case on a visit with family); first plans for B-san, Fujisawa's byturn, Kamakura
# readiness and Kushiro, all four approved; three of them have a work goal (Kushiro's do not);
# Kamakura's byturn case is still in assessment; contacts: five interviews and one case
# conference, 60+60+60+45+45+30 minutes; enrolments: jyunbi, byturn, hogo_jyunbi.
fig 2015-06 cases_read intake.new intake.channel.referral intake.channel.visit intake.channel.phone intake.source.school \
  intake.source.family intake.screening.continue plans.new plans.replans plans.approved plans.employment_targets \
  caseload.open_at_end caseload.status.assessment caseload.status.in_support caseload.closed ladder.stage.social \
  ladder.stage.life contacts.contact.interview contacts.contact.case_conference contacts.minutes programmes.started.jyunbi \
  programmes.started.byturn programmes.started.hogo_jyunbi employment.employed kpi.plan_rate kpi.new_per_100k > "$WORK/june.txt"
tr '\n' ' ' < "$WORK/june.txt" > "$WORK/june1.txt"
expect_in june1.txt '^cases_read=5 intake.new=2 intake.channel.referral=1 intake.channel.visit=1 intake.channel.phone=0 intake.source.school=1 intake.source.family=1 intake.screening.continue=2 ' "June's intakes by channel, source and screening"
expect_in june1.txt ' plans.new=4 plans.replans=0 plans.approved=4 plans.employment_targets=3 ' "June's plans, approvals and employment-support targets"
expect_in june1.txt ' caseload.open_at_end=5 caseload.status.assessment=1 caseload.status.in_support=4 caseload.closed=0 ladder.stage.social=3 ladder.stage.life=2 ' "where the five cases stand on 30 June"
expect_in june1.txt ' contacts.contact.interview=5 contacts.contact.case_conference=1 contacts.minutes=300 ' "June's contacts and their minutes"
expect_in june1.txt ' programmes.started.jyunbi=1 programmes.started.byturn=1 programmes.started.hogo_jyunbi=1 employment.employed=0 ' "June's enrolments"
expect_in june1.txt ' kpi.plan_rate=2 kpi.new_per_100k=null $' "plans per new consultation (4/2); no population, no rate"

# September 2015: three placements start; the co-op logistics centre and Kushiro's social
# enterprise are new hosts, the Kamakura inn took a byturn student in August already.
fig 2015-09 placements.started placements.new_hosts | tr '\n' ' ' > "$WORK/sept.txt"
expect_in sept.txt '^placements.started=3 placements.new_hosts=2 $' "new host employers are those never used before"

# November 2015: B-san starts part-time work on an employment contract (a target since June)
# and leaves jyunbi; Kushiro refers to two agencies, both accept; contacts 30+30+30+90 minutes.
fig 2015-11 employment.employed employment.placement.part_time programmes.ended.jyunbi placements.new_hosts referrals.made \
  referrals.referral.hellowork referrals.referral.kushiro_muryo_shokai referrals.outcome.accepted contacts.contact.interview \
  contacts.contact.case_conference contacts.contact.accompany contacts.minutes kpi.employment_income_rate | tr '\n' ' ' > "$WORK/nov.txt"
expect_in nov.txt '^employment.employed=1 employment.placement.part_time=1 programmes.ended.jyunbi=1 placements.new_hosts=0 ' "November's hire and the programme it ends"
expect_in nov.txt ' referrals.made=2 referrals.referral.hellowork=1 referrals.referral.kushiro_muryo_shokai=1 referrals.outcome.accepted=2 ' "November's referrals and answers"
expect_in nov.txt ' contacts.contact.interview=1 contacts.contact.case_conference=2 contacts.contact.accompany=1 contacts.minutes=180 ' "November's contacts"
# 就労・増収率 over November's target holders: B-san, Fujisawa's byturn and Kamakura readiness
# (June), Kamakura's byturn (July) and Chiba's C-san (August) are all open; B-san is hired: 1/5.
expect_in nov.txt ' kpi.employment_income_rate=0.2 $' "employment rate over the month's target holders"
# June 2020: every example case from 2015–2017 is closed, and a closed case's placements and
# programmes are not active, whatever their own records say.
fig 2020-06 caseload.open_at_end placements.active_hosts placements.active.commuter_paid | tr '\n' ' ' > "$WORK/y2020.txt"
expect_in y2020.txt '^caseload.open_at_end=0 placements.active_hosts=0 placements.active.commuter_paid=0 $' "closed cases hold no placement"

# Closures: B-san's case closes in February 2016 (employed). Zama's F-san came in February 2025
# for information only (closed at once, no `closed` event) and came back in March: a reopening,
# and the new episode's intake by phone, from herself.
fig 2016-02 caseload.closed caseload.closure.employed | tr '\n' ' ' > "$WORK/feb16.txt"
expect_in feb16.txt '^caseload.closed=1 caseload.closure.employed=1 $' "February 2016's closure and its reason"
fig 2025-02 intake.new intake.screening.info_only caseload.closed caseload.closure.info_only caseload.open_at_end | tr '\n' ' ' > "$WORK/feb25.txt"
expect_in feb25.txt '^intake.new=1 intake.screening.info_only=1 caseload.closed=1 caseload.closure.info_only=1 ' "an intake for information only is a closure"
fig 2025-03 intake.new intake.reopened intake.channel.phone intake.source.self | tr '\n' ' ' > "$WORK/mar25.txt"
expect_in mar25.txt '^intake.new=1 intake.reopened=1 intake.channel.phone=1 intake.source.self=1 $' "a reopening, and its intake counted as a new consultation"

# A correction: voiding Kushiro's interview of 15 June 2015 takes it out of June's counts
# (five interviews become four, 300 minutes 255) — corrections revise past months.
"$HASHIGO" --db "$DB" history kushiro-k-san > "$WORK/k.txt"
seq=$(grep -E '^ +#[0-9]+ +2015-06-15 +contact ' "$WORK/k.txt" | head -1 | sed -E 's/^ +#([0-9]+).*/\1/')
printf '{"type":"event_voided","date":"2015-12-01","voids":%s,"reason":"二重に記録した面談"}' "$seq" > "$WORK/void.json"
expect_exit 0 "void the interview" -- "$HASHIGO" --db "$DB" event add kushiro-k-san --file "$WORK/void.json"
fig 2015-06 contacts.contact.interview contacts.minutes | tr '\n' ' ' > "$WORK/voided.txt"
expect_in voided.txt '^contacts.contact.interview=4 contacts.minutes=255 $' "the voided interview is not counted"

# Rates per 100,000 over the municipalities of the population file: Kushiro (012068) is not in
# it, so its plan does not count; 2 new consultations and 3 plans over 1,582,000 people.
printf '\xEF\xBB\xBFmunicipality,population,name\n121002,970000,千葉市\n142042,172000,鎌倉市\n142051,440000,藤沢市\n' > "$WORK/pop.csv"
expect_exit 0 "report with a population" -- "$HASHIGO" --db "$DB" report monthly --month 2015-06 --format json --population "$WORK/pop.csv"
python3 - "$WORK/out" > "$WORK/rates.txt" <<'PY'
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
k = {f["id"]: f for s in r["sections"] for f in s["figures"]}
m = {x["code"]: x for x in r["municipalities"]}
print("population", r["population"], "new %.4f plans %.4f" % (k["kpi.new_per_100k"]["value"], k["kpi.plans_per_100k"]["value"]),
      "kamakura", m["142042"]["new_consultations"], "%.3f" % m["142042"]["per_100k"]["new_consultations"],
      "kushiro", m["012068"]["population"], m["012068"]["plans"])
PY
printf 'municipality,population\n121002,"970,000"\n142042,"172,000"\n142051,"440,000"\n' > "$WORK/pop2.csv"
expect_exit 0 "a population written with separators" -- "$HASHIGO" --db "$DB" report monthly --month 2015-06 --format json --population "$WORK/pop2.csv"
python3 -c 'import json,sys; print("population", json.load(open(sys.argv[1]))["population"])' "$WORK/out" > "$WORK/pop2.txt"
expect_in pop2.txt '^population 1582000$' "\"970,000\" is 970000"
expect_in rates.txt '^population 1582000 new 0.1264 plans 0.1896 kamakura 2 1.163 kushiro None 1$' "rates over the population file, per municipality"

# CSV for Excel: the BOM, a header, one row per figure; Japanese labels with --lang ja.
expect_exit 0 "CSV" -- "$HASHIGO" --db "$DB" --lang ja report monthly --month 2015-06 --format csv
head -c 3 "$WORK/out" | od -An -tx1 | tr -d ' \n' > "$WORK/bom.txt"
expect_in bom.txt '^efbbbf$' "the CSV starts with the UTF-8 BOM"
expect_in out '^2015-06,intake,intake.new,新規相談受付件数,2,count,,' "a row per figure, labelled in Japanese"
# Markdown and HTML carry the same numbers.
expect_exit 0 "Markdown" -- "$HASHIGO" --db "$DB" --lang en report monthly --month 2015-06
expect_in out '^\| plans created \| 4 \|' "the Markdown table"
expect_exit 0 "HTML to a file" -- "$HASHIGO" --db "$DB" report monthly --month 2015-06 --format html --out "$WORK/m.html"
cp "$WORK/m.html" "$WORK/page.html"
expect_in page.html '<tr id="plans.employment_targets" class=""><td>.*</td><td class="num">3</td>' "the HTML table row"
expect_in page.html '^<!DOCTYPE html>' "a whole page"
if grep -qE '<(script|link|img)[^>]+(src|href)=' "$WORK/page.html"; then echo "FAIL: the page loads something from outside"; failures=$((failures + 1)); fi

# A read-only store gives the same report (one read transaction, nothing written).
cp "$WORK/2015-06.json" "$WORK/rw.json"
mkdir "$WORK/ro" && cp "$DB" "$WORK/ro/" && chmod a-w "$WORK/ro/store.db" "$WORK/ro"
expect_exit 0 "report on a read-only store" -- "$HASHIGO" --db "$WORK/ro/store.db" report monthly --month 2015-06 --format json
expect_same_doc "$WORK/rw.json" out "the read-only store must give the same report"
chmod u+w "$WORK/ro"

# report trend: the same months, one read of the store; each month's figures are that month's
# report exactly, and the page draws a chart per headline figure with a point per month: seven
# charts (no population, so no rate per 100,000), six of counts with 12 points and the step-up
# rate with 11 (at the end of May 2015 nobody was in support yet).
expect_exit 0 "trend as JSON" -- "$HASHIGO" --db "$DB" report trend --from 2015-05 --to 2016-04 --format json
python3 - "$WORK/out" "$WORK/2015-06.json" "$WORK/2015-11.json" > "$WORK/trend.txt" <<'PY'
import json, sys
t = json.load(open(sys.argv[1], encoding="utf-8"))
months = {m["month"]: m for m in t["months"]}
june, nov = json.load(open(sys.argv[2])), json.load(open(sys.argv[3]))
print(t["format"], len(t["months"]), t["from"], t["to"], "june", months["2015-06"] == june, "nov", months["2015-11"] == nov)
PY
expect_in trend.txt '^hashigo.monthly-trend/1 12 2015-05 2016-04 june True nov True$' "twelve months, each equal to its monthly report"
expect_exit 0 "trend as CSV" -- "$HASHIGO" --db "$DB" report trend --from 2015-05 --to 2015-07 --format csv
grep -c ',intake,intake.new,' "$WORK/out" > "$WORK/rows.txt"
expect_in rows.txt '^3$' "a row per month for each figure"
expect_exit 0 "trend as Markdown" -- "$HASHIGO" --db "$DB" --lang en report trend --from 2015-05 --to 2015-07
expect_in out '^\| new consultations \| 3 \| 2 \| 1 \|$' "new consultations month by month (3 in May, 2 in June, 1 in July)"
expect_exit 0 "trend as HTML" -- "$HASHIGO" --db "$DB" --lang ja report trend --from 2015-05 --to 2016-04 --format html --out "$WORK/trend.html"
render trend --charts 7 --points 83 --text "月次統計の推移 2015-05〜2016-04" --text "monthly statistics 2015-05 to 2016-04" --text "新規相談受付件数"
expect_exit 3 "--to before --from" -- "$HASHIGO" --db "$DB" --lang en report trend --from 2016-04 --to 2015-05
expect_in err "--to.*2015-05 comes before 2016-04" "names the option"

# Bad input: the month, the population file (file and line), an unknown store.
expect_exit 3 "a month that is no month" -- "$HASHIGO" --db "$DB" --lang en report monthly --month 2015-13
expect_in err "--month.*'2015-13' is not a month" "names the option"
printf 'municipality,population\n121002,970000\n14204,172000\n' > "$WORK/bad.csv"
expect_exit 3 "a five-digit code" -- "$HASHIGO" --db "$DB" --lang en report monthly --month 2015-06 --population "$WORK/bad.csv"
expect_in err "bad.csv:3 municipality.*'14204' is not a municipality code" "names the file, line and column"
printf 'municipality,population\n121003,970000\n' > "$WORK/digit.csv"
expect_exit 3 "a wrong check digit" -- "$HASHIGO" --db "$DB" --lang en report monthly --month 2015-06 --population "$WORK/digit.csv"
expect_in err "digit.csv:2 municipality.*'121003'" "a code whose check digit is wrong is refused"
printf 'code,people\n121002,970000\n' > "$WORK/nohead.csv"
expect_exit 3 "no municipality column" -- "$HASHIGO" --db "$DB" --lang en report monthly --month 2015-06 --population "$WORK/nohead.csv"
expect_in err "nohead.csv:1.*no 'municipality' column" "names the header line"
expect_exit 2 "an unknown format" -- "$HASHIGO" --db "$DB" report monthly --month 2015-06 --format xls
# a region's own programme is named by its own pack (Kanagawa's byturn), not shown as a code
expect_exit 0 "Markdown in English" -- "$HASHIGO" --db "$DB" --lang en report monthly --month 2015-06 --no-progress
expect_in out '^\| 　Byturn \(part-time internship for high-school students\) \| 2 \|' "Kanagawa's programme by its name"
expect_exit 0 "Markdown in Japanese" -- "$HASHIGO" --db "$DB" --lang ja report monthly --month 2015-06 --no-progress
expect_in out 'バイターン' "Kanagawa's programme by its Japanese name"

finish
