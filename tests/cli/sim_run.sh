# hashigo sim run: a scenario month by month under the real engine and sandbox. The choice at
# month 3 changes the journey; the same seed gives the same run, byte for byte; another seed
# moves the seeded variation; a script breaking the sandbox or misusing `m` is a rule error naming
# its line; a header that makes no case is invalid input naming the field.
source "$(dirname "$0")/lib.bash"
S="$SRC/scripts/b-san.lua"

expect_exit 0 "b-san runs with its defaults" -- "$HASHIGO" --lang en sim run "$S"
cp "$WORK/out" "$WORK/default.txt"
expect_in default.txt '^b-san — B-san: from withdrawal to a job$' "the header names the scenario"
expect_in default.txt '^scenario [0-9a-f]{12} · pack national \([0-9a-f]{12}\) · seed 1$' "digests and seed are printed"
expect_in default.txt 'The first trial is done: what next\? → a\) more trials' "month 3's choice takes its first option by default"
expect_in default.txt '2015-11-30 .*↑ .*\[EX-01\]' "the trials path reaches a job in month 7 (EX-01)"
expect_in default.txt '2015-06-30 .*↑ .*\[SU-02\]' "the plan and reviews step B-san up in month 2 (SU-02)"

expect_exit 0 "the other branch" -- "$HASHIGO" --lang en sim run "$S" --choose 3=b
cp "$WORK/out" "$WORK/job_now.txt"
expect_in job_now.txt '→ b\) start job search at Hello Work now  \[given\]' "--choose 3=b is taken and marked given"
expect_in job_now.txt '2015-08-05  referral_made' "on the job-search branch the referrals come in month 4"
expect_exit 0 "by the choice's id" -- "$HASHIGO" --lang en sim run "$S" --choose after_first_trial=b
expect_same_doc "$WORK/job_now.txt" out "choosing by id gives the run choosing by month"

# Reproducible: the same seed, the same bytes; another seed moves the attendance drawn.
"$HASHIGO" sim run "$S" --json --seed 7 > "$WORK/seed7a.json"
"$HASHIGO" sim run "$S" --json --seed 7 > "$WORK/seed7b.json"
expect_same_doc "$WORK/seed7a.json" seed7b.json "the same seed must give the same run"
"$HASHIGO" sim run "$S" --json --seed 8 > "$WORK/seed8.json"
python3 - "$WORK/seed7a.json" "$WORK/seed8.json" > "$WORK/seeds.txt" <<'PY'
import json, sys
def hours(p):
    run = json.load(open(p, encoding="utf-8"))
    return [e["attended_hours"] for m in run["months"] for e in m["events"] if e["type"] == "attendance"]
a, b = json.load(open(sys.argv[1])), None
print("format", a["format"], "seed", a["seed"], "months", len(a["months"]), "digest", len(a["scenario"]["digest"]))
print("differ" if hours(sys.argv[1]) != hours(sys.argv[2]) else "same", hours(sys.argv[1])[:3])
PY
expect_in seeds.txt '^format hashigo.sim-run/1 seed 7 months 10 digest 64$' "the JSON carries format, seed, every month and the script digest"
expect_in seeds.txt '^differ ' "seeds 7 and 8 draw different attendance"

# sim replay: a saved run made again, byte for byte (full and lean JSON, and the text), and
# refused once its script has changed.
"$HASHIGO" sim run "$S" --json --seed 5 --choose 3=b > "$WORK/saved.json"
expect_exit 0 "replay a saved run" -- "$HASHIGO" sim replay "$WORK/saved.json" --json
expect_same_doc "$WORK/saved.json" out "sim replay must give the saved run byte for byte"
"$HASHIGO" sim run "$S" --json --lean > "$WORK/lean.json"
expect_exit 0 "replay a lean run" -- "$HASHIGO" sim replay "$WORK/lean.json" --json
expect_same_doc "$WORK/lean.json" out "a lean run replays lean, byte for byte"
"$HASHIGO" --lang en sim run "$S" --seed 5 --choose 3=b > "$WORK/saved.txt"
expect_exit 0 "replay as text" -- "$HASHIGO" --lang en sim replay "$WORK/saved.json"
expect_same_doc "$WORK/saved.txt" out "the replayed text is the run's text"
cp "$S" "$WORK/mine.lua"
"$HASHIGO" sim run "$WORK/mine.lua" --json > "$WORK/mine.json"
echo "-- changed" >> "$WORK/mine.lua"
expect_exit 3 "replay after the script changed" -- "$HASHIGO" --lang en sim replay "$WORK/mine.json"
expect_in err "mine.lua: the scenario has changed since .*mine.json was saved" "says the scenario changed"
echo '{"format":"hashigo.case/1"}' > "$WORK/notrun.json"
expect_exit 3 "replay of something else" -- "$HASHIGO" --lang en sim replay "$WORK/notrun.json"
expect_in err 'notrun.json: format: expected "hashigo.sim-run/1"' "names the field"

# Misuse: an option the choice does not have; --choose in a wrong form; --interactive off a terminal.
expect_exit 4 "an unknown option" -- "$HASHIGO" --lang en sim run "$S" --choose 3=z
expect_in err "RULE005 .*b-san.lua:[0-9]+: choice after_first_trial in month 3 has no option 'z' \(options: a, b\)" "names the choice, the option and the line"
expect_exit 2 "--choose without =" -- "$HASHIGO" --lang en sim run "$S" --choose 3b
expect_exit 2 "--interactive without a terminal" -- "$HASHIGO" --lang en sim run "$S" --interactive < /dev/null

# Narration keeps its place around a choice: a line said after m.choose belongs to the road
# taken, so the text prints it after the choice, and the JSON marks which choice it followed.
cat > "$WORK/order.lua" <<'LUA'
return { id = "order", start = "2020-01-06", months = 1, month = function(m)
  m.say "before the question"
  local k = m.choose("road", "Which road?", { a = "left", b = "right" })
  m.say("after: " .. k)
end }
LUA
expect_exit 0 "a month that narrates around a choice" -- "$HASHIGO" --lang en sim run "$WORK/order.lua" --choose 1=b
grep -nE 'before the question|Which road|after: b' "$WORK/out" | cut -d: -f1 | tr '\n' ' ' > "$WORK/lines.txt"
python3 -c 'import sys; n=list(map(int,open(sys.argv[1]).read().split())); print("in order" if len(n)==3 and n==sorted(n) else "out of order", n)' "$WORK/lines.txt" > "$WORK/order.txt"
expect_in order.txt '^in order ' "the saying before the choice, the choice, then the saying after it"
"$HASHIGO" sim run "$WORK/order.lua" --json --choose 1=b > "$WORK/order.json"
python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print([s.get("after_choice","") for s in r["months"][0]["sayings"]])' "$WORK/order.json" > "$WORK/after.txt"
expect_in after.txt "^\\['', 'road'\\]$" "the JSON marks the line said after the choice"

# m.held(rule): a script answers a step the rules held. In C-san's journey SU-02 holds the paid
# commuter until an employment contract is signed; the month after the hold the script offers one.
"$HASHIGO" sim run "$SRC/scripts/national-j3-relapse.lua" --json --lean > "$WORK/j3.json"
python3 - "$WORK/j3.json" > "$WORK/held.txt" <<'PY'
import json, sys
months = json.load(open(sys.argv[1]))["months"]
for prev, m in zip(months, months[1:]):
    step = prev["decision"].get("step", {})
    staff = [e for e in m["events"] if e["type"] == "placement_started" and e.get("kind") == "minwage_staff"]
    if step.get("step") == "stay" and "SU-02" in step.get("rules", []):
        print("held in month", prev["month"], "then", "a contract" if staff else "nothing")
        break
PY
expect_in held.txt '^held in month [0-9]+ then a contract$' "the month after SU-02 holds, m.held lets the script offer the contract"
cat > "$WORK/held.lua" <<'LUA'
return { id = "held", start = "2020-01-06", months = 2, month = function(m) m.say("held " .. tostring(m.held("SU-02"))) end }
LUA
expect_exit 0 "m.held with nothing held" -- "$HASHIGO" --lang en sim run "$WORK/held.lua"
expect_in out '^  » held false$' "no decision held anything: m.held is false"

# A scenario is sandboxed like a rule pack, and m refuses dates outside its month.
cat > "$WORK/clock.lua" <<'LUA'
return { id = "x", start = "2020-01-06", months = 2, month = function(m) local t = os.time() end }
LUA
expect_exit 4 "the clock is not there" -- "$HASHIGO" --lang en sim run "$WORK/clock.lua"
expect_in err "RULE002 .*clock.lua:1:" "a sandbox error names the script's line"
cat > "$WORK/outside.lua" <<'LUA'
return { id = "x", start = "2020-01-06", months = 2,
  month = function(m) m.event("contact", { date = "2020-03-01" }) end }
LUA
expect_exit 4 "an event outside its month" -- "$HASHIGO" --lang en sim run "$WORK/outside.lua"
expect_in err 'RULE005 .*outside.lua:2: event contact is dated "2020-03-01", outside month 1 \(2020-01-06 … 2020-01-31\)' "names the event, the day and the month"
cat > "$WORK/nostart.lua" <<'LUA'
return { id = "x", months = 2, month = function(m) end }
LUA
expect_exit 3 "a header without start" -- "$HASHIGO" --lang en sim run "$WORK/nostart.lua"
expect_in err 'nostart.lua: start' "names the file and the field"
cat > "$WORK/badintake.lua" <<'LUA'
return { id = "x", start = "2020-01-06", months = 1, intake = { channel = "pigeon" }, month = function(m) end }
LUA
expect_exit 3 "an intake code not in the list" -- "$HASHIGO" --lang en sim run "$WORK/badintake.lua"
expect_in err "badintake.lua: intake.channel" "names the intake field"
finish
