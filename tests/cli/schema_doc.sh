# The case file and the case view are declared once in the code; every document describing them
# is generated from that declaration (`hashigo schema`). Regenerate each and compare, so none can
# go stale; then check the JSON Schema of the case file with an independent validator
# (python3-jsonschema) against every example case, and that it refuses a misspelt field.
source "$(dirname "$0")/lib.bash"

"$HASHIGO" schema case > "$WORK/case.schema.json"
expect_same_doc "$SRC/docs/schema/case.schema.json" case.schema.json "run: hashigo schema case > docs/schema/case.schema.json"
"$HASHIGO" schema view > "$WORK/case-view.schema.json"
expect_same_doc "$SRC/docs/schema/case-view.schema.json" case-view.schema.json "run: hashigo schema view > docs/schema/case-view.schema.json"
"$HASHIGO" schema meeting > "$WORK/meeting.schema.json"
expect_same_doc "$SRC/docs/schema/meeting.schema.json" meeting.schema.json "run: hashigo schema meeting > docs/schema/meeting.schema.json"
"$HASHIGO" schema household > "$WORK/household.schema.json"
expect_same_doc "$SRC/docs/schema/household.schema.json" household.schema.json "run: hashigo schema household > docs/schema/household.schema.json"
"$HASHIGO" schema employer > "$WORK/employer.schema.json"
expect_same_doc "$SRC/docs/schema/employer.schema.json" employer.schema.json "run: hashigo schema employer > docs/schema/employer.schema.json"
"$HASHIGO" schema agency > "$WORK/agency.schema.json"
expect_same_doc "$SRC/docs/schema/agency.schema.json" agency.schema.json "run: hashigo schema agency > docs/schema/agency.schema.json"

# The generated blocks inside hand-written files: update a copy and compare it with the original.
cp "$SRC/rules/hashigo.d.lua" "$WORK/hashigo.d.lua"
expect_exit 0 "schema view --format lua --update" -- "$HASHIGO" schema view --format lua --update "$WORK/hashigo.d.lua"
expect_same_doc "$SRC/rules/hashigo.d.lua" hashigo.d.lua "run: hashigo schema view --format lua --update rules/hashigo.d.lua"
cp "$SRC/docs/rules-authoring.md" "$WORK/rules-authoring.md"
expect_exit 0 "schema view --format markdown --update" -- "$HASHIGO" schema view --format markdown --update "$WORK/rules-authoring.md"
expect_same_doc "$SRC/docs/rules-authoring.md" rules-authoring.md "run: hashigo schema view --format markdown --update docs/rules-authoring.md"
expect_in rules-authoring.md '^\| `attendance_30d` \| number\? \|' "the authoring guide's field table lists attendance_30d as number?"
expect_in hashigo.d.lua '^---@field placement\? hashigo.Placement ' "the LuaLS class of the case has placement"

# Bad use: an unknown document is a usage error; a file without the generated lines is refused by
# name and left as it was.
expect_exit 2 "schema of an unknown document" -- "$HASHIGO" schema nope
printf 'no markers here\n' > "$WORK/plain.md"
expect_exit 3 "--update on a file without markers" -- "$HASHIGO" schema view --format markdown --update "$WORK/plain.md"
expect_in err 'plain.md: no "BEGIN generated: hashigo schema view --format markdown"' "the error names the file and the missing line"
expect_in plain.md '^no markers here$' "the file is unchanged"

# An independent validator: the schema is valid draft 2020-12, every example case passes, and a
# misspelt field, a code not in a list and a missing required field each fail.
python3 - "$WORK/case.schema.json" "$SRC/examples/cases" > "$WORK/validate.txt" 2>&1 <<'PY'
import copy, glob, json, os, sys
import jsonschema
schema = json.load(open(sys.argv[1], encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
v = jsonschema.Draft202012Validator(schema)
files = sorted(glob.glob(os.path.join(sys.argv[2], "*.json")))
ok = len(files) >= 10
for f in files:
    errors = list(v.iter_errors(json.load(open(f, encoding="utf-8"))))
    if errors:
        ok = False
        print(f"FAIL {os.path.basename(f)}: {errors[0].message[:200]} at {list(errors[0].absolute_path)}")
b = json.load(open(os.path.join(sys.argv[2], "b-san.json"), encoding="utf-8"))
bad = {}
x = copy.deepcopy(b); x["houshold"] = x.pop("household"); bad["a misspelt header field"] = x
x = copy.deepcopy(b); x["events"][0]["screening"] = "maybe"; bad["a screening code not in the list"] = x
x = copy.deepcopy(b); del x["id"]; bad["no id"] = x
x = copy.deepcopy(b); x["events"][0]["type"] = "intak"; bad["an unknown event type"] = x
for what, doc in bad.items():
    if v.is_valid(doc):
        ok = False
        print(f"FAIL the schema accepts {what}")
print(f"{'PASS' if ok else 'FAIL'}: {len(files)} example cases valid, {len(bad)} broken ones refused")
PY
expect_in validate.txt '^PASS: ' "the JSON Schema accepts the examples and refuses broken cases"
grep FAIL "$WORK/validate.txt" || true

# The household record's schema, the same way: the example households pass, broken ones fail.
python3 - "$WORK/household.schema.json" "$SRC/examples/households" > "$WORK/validate_household.txt" 2>&1 <<'PY'
import copy, glob, json, os, sys
import jsonschema
schema = json.load(open(sys.argv[1], encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
v = jsonschema.Draft202012Validator(schema)
files = sorted(glob.glob(os.path.join(sys.argv[2], "*.json")))
ok = len(files) >= 1
for f in files:
    errors = list(v.iter_errors(json.load(open(f, encoding="utf-8"))))
    if errors:
        ok = False
        print(f"FAIL {os.path.basename(f)}: {errors[0].message[:200]} at {list(errors[0].absolute_path)}")
h = json.load(open(files[0], encoding="utf-8"))
bad = {}
x = copy.deepcopy(h); x["members"][0]["relation"] = "cousin"; bad["a relation not in the list"] = x
x = copy.deepcopy(h); del x["since"]; bad["no since"] = x
x = copy.deepcopy(h); x["members"][0]["case_id"] = x["members"][0].pop("case"); bad["a misspelt member field"] = x
for what, doc in bad.items():
    if v.is_valid(doc):
        ok = False
        print(f"FAIL the schema accepts {what}")
print(f"{'PASS' if ok else 'FAIL'}: {len(files)} example households valid, {len(bad)} broken ones refused")
PY
expect_in validate_household.txt '^PASS: ' "the household JSON Schema accepts the examples and refuses broken records"
grep FAIL "$WORK/validate_household.txt" || true
# The employer record's schema: the example sheets pass, broken ones fail.
python3 - "$WORK/employer.schema.json" "$SRC/examples/employers" > "$WORK/validate_employer.txt" 2>&1 <<'PY'
import copy, glob, json, os, sys
import jsonschema
schema = json.load(open(sys.argv[1], encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
v = jsonschema.Draft202012Validator(schema)
files = sorted(glob.glob(os.path.join(sys.argv[2], "*.json")))
ok = len(files) >= 2
for f in files:
    errors = list(v.iter_errors(json.load(open(f, encoding="utf-8"))))
    if errors:
        ok = False
        print(f"FAIL {os.path.basename(f)}: {errors[0].message[:200]} at {list(errors[0].absolute_path)}")
e = json.load(open(files[0], encoding="utf-8"))
bad = {}
x = copy.deepcopy(e); x["tasks"][0]["wage_forms"] = ["volunteer"]; bad["a wage form not in the list"] = x
x = copy.deepcopy(e); del x["tasks"][0]["hours_per_day"]; bad["a task without its hours"] = x
x = copy.deepcopy(e); x["tasks"][0]["condition"] = ["quiet_place"]; bad["a misspelt task field"] = x
x = copy.deepcopy(e); x["tasks"][0]["supports"] = ["a_friend"]; bad["a support not in the list"] = x
for what, doc in bad.items():
    if v.is_valid(doc):
        ok = False
        print(f"FAIL the schema accepts {what}")
print(f"{'PASS' if ok else 'FAIL'}: {len(files)} example employers valid, {len(bad)} broken ones refused")
PY
expect_in validate_employer.txt '^PASS: ' "the employer JSON Schema accepts the examples and refuses broken records"
grep FAIL "$WORK/validate_employer.txt" || true
# The agency record's schema: the example agencies pass, broken ones fail.
python3 - "$WORK/agency.schema.json" "$SRC/examples/agencies" > "$WORK/validate_agency.txt" 2>&1 <<'PY'
import copy, glob, json, os, sys
import jsonschema
schema = json.load(open(sys.argv[1], encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
v = jsonschema.Draft202012Validator(schema)
files = sorted(glob.glob(os.path.join(sys.argv[2], "*.json")))
ok = len(files) >= 4
for f in files:
    errors = list(v.iter_errors(json.load(open(f, encoding="utf-8"))))
    if errors:
        ok = False
        print(f"FAIL {os.path.basename(f)}: {errors[0].message[:200]} at {list(errors[0].absolute_path)}")
e = json.load(open(files[0], encoding="utf-8"))
bad = {}
x = copy.deepcopy(e); x["role"] = "police"; bad["a role not in the list"] = x
x = copy.deepcopy(e); del x["name"]; bad["an agency without a name"] = x
x = copy.deepcopy(e); x["area"] = ["122033"]; bad["a misspelt field"] = x
x = copy.deepcopy(e); x["capacity"] = "many"; bad["a capacity that is no number"] = x
for what, doc in bad.items():
    if v.is_valid(doc):
        ok = False
        print(f"FAIL the schema accepts {what}")
print(f"{'PASS' if ok else 'FAIL'}: {len(files)} example agencies valid, {len(bad)} broken ones refused")
PY
expect_in validate_agency.txt '^PASS: ' "the agency JSON Schema accepts the examples and refuses broken records"
grep FAIL "$WORK/validate_agency.txt" || true
finish
