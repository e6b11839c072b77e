# hashigo sim cohort and sim merge on the example spec (scripts/cohorts/commuter-ladder.lua):
# national against Chiba with the same people and luck. The result does not depend on threads;
# shards merged give the single run's bytes; the JSON's counts add up; CSV carries Excel's BOM;
# the page renders in headless chromium with its charts; bad input names its place.
source "$(dirname "$0")/lib.bash"
source "$(dirname "$0")/browser.bash"
SPEC="$SRC/scripts/cohorts/commuter-ladder.lua"
RUN=(--rules "$SRC/rules" sim cohort "$SPEC" --region national --vs chiba --replicates 4 --people 30 --seed 3 --no-progress)

expect_exit 0 "one run, one thread" -- "$HASHIGO" "${RUN[@]}" --format json --out "$WORK/one.json"
expect_exit 0 "the same run on two threads" -- "$HASHIGO" "${RUN[@]}" -j 2 --format json --out "$WORK/two.json"
if cmp -s "$WORK/one.json" "$WORK/two.json"; then passes=$((passes + 1)); else echo "FAIL: two threads changed the result"; failures=$((failures + 1)); fi

# three shards (replicates 1+4, 2, 3), merged in another order: the single run's bytes
for k in 1 2 3; do
  expect_exit 0 "shard $k/3" -- "$HASHIGO" "${RUN[@]}" --shard "$k/3" --format json --out "$WORK/shard$k.json"
done
expect_in_json() { python3 -c "import json,sys; d=json.load(open('$WORK/$1')); sys.exit(0 if $2 else 1)" && passes=$((passes + 1)) || { echo "FAIL: $3"; failures=$((failures + 1)); }; }
expect_in_json shard1.json 'd["shard"] == "1/3" and [r["replicate"] for r in d["runs"]] == [1, 4]' "shard 1/3 runs replicates 1 and 4"
expect_in_json shard2.json '[r["replicate"] for r in d["runs"]] == [2]' "shard 2/3 runs replicate 2"
expect_exit 0 "merge the shards" -- "$HASHIGO" sim merge "$WORK/shard3.json" "$WORK/shard1.json" "$WORK/shard2.json" --format json --out "$WORK/merged.json"
if cmp -s "$WORK/one.json" "$WORK/merged.json"; then passes=$((passes + 1)); else echo "FAIL: merged shards differ from one run"; failures=$((failures + 1)); fi

# the counts: everyone somewhere each month, survival falls, intervals hold their mean
python3 - "$WORK/one.json" > "$WORK/counts.txt" <<'PY'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
bad = []
assert d["format"] == "hashigo.cohort/1"
if d["regions"] != ["national", "chiba"]: bad.append("regions %s" % d["regions"])
if [r["replicate"] for r in d["runs"]] != [1, 2, 3, 4]: bad.append("replicates")
if "shard" in d: bad.append("a single run names a shard")
months = d["spec"]["months"]
for r in d["runs"]:
    for region, t in r["regions"].items():
        if t["people"] != 30: bad.append("people %s" % t["people"])
        for m, row in enumerate(t["occupancy"]):
            if sum(row) != 30: bad.append("%s replicate %d month %d: %d placed" % (region, r["replicate"], m + 1, sum(row)))
        if sum(t["reached"]) + sum(t["left"]) + sum(t["stopped"]) > 30 - t["started_general"]: bad.append("more left the risk set than were in it")
        if t["errors"]: bad.append("rule errors: %s" % t.get("first_error"))
for region in ("national", "chiba"):
    s = d["summary"][region]
    reached = [e["mean"] for e in s["reached_general"]]
    if len(reached) != months or any(b < a for a, b in zip(reached, reached[1:])): bad.append(region + " reached_general not rising")
    if reached[-1] <= 0: bad.append(region + ": nobody reached general work")
    for e in s["reached_general"] + [s["step_up_rate"], s["step_down_rate"]]:
        if not (e["lo"] <= e["mean"] <= e["hi"]): bad.append("interval %s" % e)
    shares = [sum(s["occupancy"][p][m]["mean"] for p in s["occupancy"]) for m in range(months)]
    if any(abs(x - 1) > 1e-5 for x in shares): bad.append(region + " occupancy shares do not add to 1")
diff = d["summary"]["difference"]
if (diff["of"], diff["minus"]) != ("chiba", "national"): bad.append("difference of %s minus %s" % (diff["of"], diff["minus"]))
# the paired difference is the mean of per-replicate differences, so it equals the difference of means
for m in range(months):
    a = d["summary"]["chiba"]["reached_general"][m]["mean"] - d["summary"]["national"]["reached_general"][m]["mean"]
    if abs(a - diff["reached_general"][m]["mean"]) > 2e-6: bad.append("month %d difference %s vs %s" % (m + 1, a, diff["reached_general"][m]["mean"]))
if not d["summary"]["national"]["rules"]: bad.append("no rule counted")
print("ok" if not bad else "\n".join(bad[:10]))
PY
expect_in counts.txt '^ok$' "the cohort's counts add up"

# text, in both languages
expect_exit 0 "text summary" -- "$HASHIGO" --lang en sim merge "$WORK/merged.json"
expect_in out 'general work by month 12 ' "the headline rows"
expect_in out 'chiba − national' "the difference column"
expect_in out 'general work by month 12 +[0-9.]+% \[[0-9.]+, [0-9.]+\] +[0-9.]+% \[[0-9.]+, [0-9.]+\] +[-+][0-9.]+ pp \[' "shares in %, the difference in percentage points"
expect_in out 'had nobody left \(Kaplan–Meier\)' "the Kaplan–Meier reading beside the cumulative incidence"
expect_in out '4 replicates, seed 3' "the run's size and seed"
expect_exit 0 "text summary in Japanese" -- "$HASHIGO" --lang ja sim merge "$WORK/merged.json"
expect_in out '12か月目までに一般就労' "the headline rows in Japanese"

# CSV for Excel: a BOM, the header, a row of the difference
expect_exit 0 "CSV" -- "$HASHIGO" --lang en sim merge "$WORK/merged.json" --format csv --out "$WORK/cohort.csv"
if [ "$(head -c 3 "$WORK/cohort.csv" | od -An -tx1 | tr -d ' ')" = efbbbf ]; then passes=$((passes + 1)); else echo "FAIL: CSV without BOM"; failures=$((failures + 1)); fi
expect_in cohort.csv '^﻿section,key,label,month,region,unit,mean,lo,hi' "the CSV header"
expect_in cohort.csv '^reached_general,general,general work by month 24,24,chiba − national,share,' "the paired difference at month 24"
expect_in cohort.csv '^occupancy,general,general,24,national,share,' "occupancy of the general stage"
expect_in cohort.csv '^rates,step_up_rate,step-ups per 100 open person-months,,national,per_100_open_person_months,' "a rate with its unit"

# the page in a real browser: the two regions' curves, the difference band, two stacks, paired intervals
expect_exit 0 "HTML" -- "$HASHIGO" --lang en sim merge "$WORK/merged.json" --format html --out "$WORK/cohort.html"
render cohort --svg band=2 --svg stack=2 --svg intervals=1:4 --text 'Kaplan–Meier' --text '一般就労に到達した人の割合'
expect_in cohort.html 'Universal-work goal review due' "an alert only Chiba raises, named by Chiba's pack"

# the timing line
expect_exit 0 "timing" -- "$HASHIGO" --rules "$SRC/rules" sim cohort "$SPEC" --replicates 1 --people 5 --timing --format json
expect_in err 'case-months in .* s \(.*case-months/s; workers' "the cost on stderr"

# bad input
expect_exit 2 "a shard out of range" -- "$HASHIGO" "${RUN[@]}" --shard 4/3
expect_in err '--shard takes K/N' "names --shard"
expect_exit 2 "a shard that is no fraction" -- "$HASHIGO" "${RUN[@]}" --shard two
expect_exit 2 "a region against itself" -- "$HASHIGO" --rules "$SRC/rules" sim cohort "$SPEC" --region chiba --vs chiba
expect_exit 3 "an unknown region" -- "$HASHIGO" --rules "$SRC/rules" sim cohort "$SPEC" --region atlantis --replicates 1 --people 2
expect_in err 'atlantis' "names the region"
python3 -c "import json; d=json.load(open('$WORK/shard2.json')); d['seed']=4; json.dump(d, open('$WORK/other.json','w'))"
expect_exit 3 "shards of two runs" -- "$HASHIGO" sim merge "$WORK/shard1.json" "$WORK/other.json"
expect_in err 'other.json: seed' "names the file and field"
expect_exit 3 "a missing shard" -- "$HASHIGO" --lang en sim merge "$WORK/shard1.json" "$WORK/shard2.json"
expect_in err 'replicates missing from every shard: 3' "names the missing replicate"
expect_exit 3 "a shard twice" -- "$HASHIGO" --lang en sim merge "$WORK/shard1.json" "$WORK/shard1.json" "$WORK/shard2.json" "$WORK/shard3.json"
expect_in err 'replicate 1 appears twice' "names the replicate"
expect_exit 3 "not a cohort result" -- "$HASHIGO" sim merge "$SRC/examples/cases/b-san.json"

cat > "$WORK/bad-event.lua" <<'LUA'
return {
  start = "2024-04-01", months = 3, people = 2,
  person = function(p) return { intake = { stage = "life" } } end,
  month = function(m) if m.month == 2 then m.event("plan_approved") end end,
}
LUA
expect_exit 3 "an event that does not fit the case" -- "$HASHIGO" --rules "$SRC/rules" --lang en sim cohort "$WORK/bad-event.lua" --replicates 1
expect_in err 'bad-event.lua: replicate 1 person 1: month 2 event 1' "names the spec, replicate, person, month and event"
cat > "$WORK/lua-error.lua" <<'LUA'
return {
  start = "2024-04-01", months = 3, people = 2,
  person = function(p) return { intake = { stage = "life" } } end,
  month = function(m) if m.month == 3 then error("broken") end end,
}
LUA
expect_exit 4 "a spec that fails" -- "$HASHIGO" --rules "$SRC/rules" sim cohort "$WORK/lua-error.lua" --replicates 2 -j 2
expect_in err 'lua-error.lua:4: broken' "the Lua error with its line"
cat > "$WORK/stray.lua" <<'LUA'
return {
  start = "2024-04-01", months = 3, people = 2,
  person = function(p) return { intake = { stage = "life" }, mood = "fine" } end,
  month = function(m) end,
}
LUA
expect_exit 3 "a person with a stray field" -- "$HASHIGO" --rules "$SRC/rules" sim cohort "$WORK/stray.lua" --replicates 1
expect_in err 'stray.lua: replicate 1 person 1: mood' "names the field"

# what a spec keeps at its chunk's level does not make the result depend on the threads
cat > "$WORK/counter.lua" <<'LUA'
local seen = 0
return {
  start = "2024-04-01", months = 4, people = 40,
  person = function(p)
    seen = seen + 1
    return { intake = { stage = seen % 3 == 0 and "social" or "life", concerns = { "job_search" } } }
  end,
  month = function(m)
    if m.month == 1 then
      m.event("assessment", { date = m.day(5), fdp = { interpersonal = 3, mental = 3, stress = 3, thinking = 3, environment = 3 } })
      m.event("plan", { date = m.day(6), start_on = m.day(6), end_on = "2025-03-31" })
      m.event("plan_approved", { date = m.day(7) })
    end
    m.event("review", { date = m.last_day, goals_total = 3, goals_achieved = (seen % 2 == 0) and 3 or 1 })
  end,
}
LUA
for j in 1 4; do
  expect_exit 0 "a stateful spec on $j threads" -- "$HASHIGO" --rules "$SRC/rules" sim cohort "$WORK/counter.lua" --replicates 3 -j $j --format json --out "$WORK/counter$j.json"
done
if cmp -s "$WORK/counter1.json" "$WORK/counter4.json"; then passes=$((passes + 1)); else echo "FAIL: a stateful spec gave another result on 4 threads"; failures=$((failures + 1)); fi

# the sandbox: m's metatable is out of reach, and a kept m does not work outside its month
cat > "$WORK/meta.lua" <<'LUA'
return {
  start = "2024-04-01", months = 3, people = 2,
  person = function(p) return { intake = { stage = "life" } } end,
  month = function(m) assert(getmetatable(m) == nil or getmetatable(m) == false, "m's metatable is reachable") ; local _ = m.last end,
}
LUA
expect_exit 0 "m's metatable is hidden" -- "$HASHIGO" --rules "$SRC/rules" sim cohort "$WORK/meta.lua" --replicates 1 --format json
cat > "$WORK/kept.lua" <<'LUA'
local kept
return {
  start = "2024-04-01", months = 2, people = 2,
  person = function(p)
    if kept then kept.event("contact", { kind = "phone" }) end
    return { intake = { stage = "life" } }
  end,
  month = function(m) kept = m end,
}
LUA
expect_exit 4 "a kept m in person(p)" -- "$HASHIGO" --rules "$SRC/rules" --lang en sim cohort "$WORK/kept.lua" --replicates 1
expect_in err 'm is only usable inside the month\(m\) call' "says why"

# a person screened out at intake is closed from the first month, and the spec is not asked
cat > "$WORK/info.lua" <<'LUA'
return {
  start = "2024-04-01", months = 3, people = 4,
  person = function(p) return { intake = { stage = "life", screening = p.index % 2 == 0 and "info_only" or "continue" } } end,
  month = function(m) m.event("contact", { date = m.day(3), kind = "phone" }) end,
}
LUA
expect_exit 0 "people screened out at intake" -- "$HASHIGO" --rules "$SRC/rules" sim cohort "$WORK/info.lua" --replicates 1 --format json --out "$WORK/info.json"
expect_in_json info.json 'd["runs"][0]["regions"]["national"]["occupancy"][0][6] == 2 and d["runs"][0]["regions"]["national"]["left"][0] == 2' "two closed from month 1, counted as leaving"

# merge reads what it is given with care: types, ranges, counts that agree
edit() {  # edit OUT PYTHON: shard1.json changed by PYTHON (d is the document)
  python3 -c "import json; d=json.load(open('$WORK/shard1.json')); $2; json.dump(d, open('$WORK/$1','w'))"
}
edit bad1.json 'd["spec"]["people"] = "x"'
expect_exit 3 "people as text" -- "$HASHIGO" --lang en sim merge "$WORK/bad1.json"
expect_in err 'bad1.json: spec.people' "names the field"
edit bad2.json 'd["spec"]["months"] = 0'
expect_exit 3 "no months" -- "$HASHIGO" --lang en sim merge "$WORK/bad2.json"
edit bad3.json 'd["runs"][0]["replicate"] = 4294967297'
expect_exit 3 "a replicate past 32 bits" -- "$HASHIGO" --lang en sim merge "$WORK/bad3.json" "$WORK/shard2.json" "$WORK/shard3.json"
expect_in err 'runs\[0\].replicate' "names the replicate"
edit bad4.json 'd["runs"][0]["regions"]["national"]["started_general"] = 99'
expect_exit 3 "more at general than people" -- "$HASHIGO" --lang en sim merge "$WORK/bad4.json" "$WORK/shard2.json" "$WORK/shard3.json"
expect_in err 'regions.national.started_general' "names the count"
edit bad5.json 'd["runs"][0]["regions"]["chiba"]["occupancy"][3][0] += 1'
expect_exit 3 "a month that places too many" -- "$HASHIGO" --lang en sim merge "$WORK/bad5.json" "$WORK/shard2.json" "$WORK/shard3.json"
expect_in err 'regions.chiba.occupancy\[3\]: the month places 31 people, but the replicate has 30' "names the month and both counts"
expect_exit 2 "more shards than replicates" -- "$HASHIGO" "${RUN[@]}" --shard 5/5

finish
