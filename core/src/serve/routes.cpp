#include "routes.hpp"

#include "problem.hpp"

#include <hashigo/app/cases.hpp>
#include <hashigo/app/evaluate.hpp>
#include <hashigo/app/employers.hpp>
#include <hashigo/app/agencies.hpp>
#include <hashigo/app/households.hpp>
#include <hashigo/app/journey.hpp>
#include <hashigo/app/packs.hpp>
#include <hashigo/case/fold.hpp>
#include <hashigo/error.hpp>
#include <hashigo/format/agency_json.hpp>
#include <hashigo/format/employer_json.hpp>
#include <hashigo/format/household_json.hpp>
#include <hashigo/store/case_repository.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <optional>

namespace hashigo::serve {

namespace {

using json = nlohmann::json;

// ── Reading a request ────────────────────────────────────────────────────────────────────────

// The body as JSON; its errors name `body:line:column`.
json body_json(call& c) {
  if (c.req.body.empty()) throw input_error("body", message("error.api_no_body"));
  return format::parse_json(c.req.body, "body", c.st.options.json_limits);
}

// A request field: from the body's envelope when it has one, else from the query string.
std::optional<std::string> field(call& c, const json* envelope, const std::string& name) {
  if (envelope && envelope->contains(name)) {
    const auto& v = (*envelope)[name];
    if (v.is_string()) return v.get<std::string>();
    if (v.is_boolean()) return v.get<bool>() ? "true" : "false";
    throw input_error(name, message("error.api_string", name));
  }
  if (c.req.has_param(name.c_str())) return c.req.get_param_value(name.c_str());
  return std::nullopt;
}

bool flag(call& c, const json* envelope, const std::string& name) {
  const auto v = field(c, envelope, name);
  if (!v || *v == "false" || *v == "0") return false;
  if (*v == "true" || *v == "1" || v->empty()) return true;
  throw usage_error(message("error.api_boolean", name));
}

std::string one_of(call& c, const json* envelope, const std::string& name, const std::vector<std::string>& allowed,
                   const std::string& fallback) {
  const auto v = field(c, envelope, name);
  if (!v) return fallback;
  if (std::find(allowed.begin(), allowed.end(), *v) == allowed.end()) {
    std::string listed;
    for (const auto& a : allowed) listed += (listed.empty() ? "" : ", ") + a;
    throw usage_error(message("error.api_value", name, *v, listed));
  }
  return *v;
}

date required_date(call& c, const json* envelope, const std::string& name) {
  const auto v = field(c, envelope, name);
  if (!v) throw usage_error(message("error.api_missing", name));
  return date::parse_or_throw(*v, name);
}

std::string path_part(call& c, std::size_t i) { return c.req.matches[static_cast<int>(i)].str(); }

workbench& store_of(workbench& b) {
  if (!b.db) throw http_error(503, "E_NO_STORE", message("error.api_no_store"));
  return b;
}

// An unknown region, named without the server's paths.
void require_region(engine::engine& eng, const std::string& region, const std::string& where) {
  const auto known = eng.regions();
  if (std::find(known.begin(), known.end(), region) != known.end()) return;
  std::string listed;
  for (const auto& r : known) listed += (listed.empty() ? "" : ", ") + r;
  throw input_error(where, message("error.unknown_region", region, listed));
}

// ── Answering ────────────────────────────────────────────────────────────────────────────────

// What evaluate routes share: the options, and the decision as the answer.
struct eval_params {
  date as_of;
  std::string region;
  bool explain = false, replay = false, lean = false, commit = false;
  std::optional<std::string> audience, lang;
};

eval_params read_eval_params(call& c, const json* envelope) {
  eval_params p;
  p.as_of = required_date(c, envelope, "as_of");
  p.region = field(c, envelope, "region").value_or("");
  p.explain = flag(c, envelope, "explain");
  p.replay = flag(c, envelope, "replay");
  p.lean = flag(c, envelope, "lean");
  p.commit = flag(c, envelope, "commit");
  if (field(c, envelope, "audience")) p.audience = one_of(c, envelope, "audience", {"staff", "person"}, "staff");
  if (field(c, envelope, "lang")) p.lang = one_of(c, envelope, "lang", {"ja", "en"}, "en");
  if (p.lean && p.explain) throw usage_error(message("error.api_exclusive", "lean", "explain"));
  return p;
}

// A rule failed: the server's packs are at fault, not the request (500, with the decision).
void reply_failure(call& c, const engine::decision& d) {
  const rule_error e(d.error->code, fmt::format("{} {}: {}", d.error->code, d.error->where, d.error->message));
  auto body = problem(e, 500, c.lang, c.res.get_header_value("X-Request-Id"), c.req.path);
  body["decision"] = engine::to_json(d);
  c.res.status = 500;
  c.res.set_content(body.dump(), "application/problem+json");
}

void answer_decision(call& c, workbench& b, const app::evaluation& ev, const eval_params& p, json extra = json::object()) {
  const auto& d = ev.decision;
  c.st.stats.decision(d.ok() ? "ok" : "error");
  if (!d.ok()) {
    reply_failure(c, d);
    return;
  }
  auto out = app::to_json(ev, p.lean ? engine::json_detail::lean : engine::json_detail::full);
  if ((p.audience || p.lang) && c.st.options.render_text) {
    const std::string region = d.region;
    out["text"] = c.st.options.render_text(d, b.eng.pack(region), p.audience.value_or("staff"), p.lang.value_or(c.lang), p.explain);
  }
  for (auto& [k, v] : extra.items()) out[k] = v;
  reply(c, 200, out);
}

// A lean answer without reasons' texts goes the lean path: the decision written straight into the
// reply. Returns false when the request asks for more (text, an explanation): the full path answers.
bool answer_lean(call& c, workbench& b, format::case_file& file, const eval_params& p) {
  if (!p.lean || p.explain || ((p.audience || p.lang) && c.st.options.render_text)) return false;
  app::evaluate_case_lean(b.eng, file, {p.as_of, p.region, p.replay, {.lean = true}}, b.lean);
  const auto& d = b.lean.decision;
  c.st.stats.decision(d.ok() ? "ok" : "error");
  if (!d.ok()) {
    reply_failure(c, engine::failed_decision(d));
    return true;
  }
  b.body.clear();
  app::write_json(b.lean, b.body);
  c.res.status = 200;
  c.res.set_content(b.body, "application/json");
  return true;
}

// ── Handlers ─────────────────────────────────────────────────────────────────────────────────

void evaluate_file(call& c) {
  const json body = body_json(c);
  // Either the case file itself (options in the query) or {"case": {...}, "as_of": …, …}.
  const bool enveloped = body.is_object() && body.contains("case") && body["case"].is_object();
  const json* envelope = enveloped ? &body : nullptr;
  const auto p = read_eval_params(c, envelope);
  if (p.commit) throw usage_error(message("error.api_commit_file"));
  format::case_file file;
  try {
    file = format::case_file_from_json(enveloped ? body["case"] : body);
  } catch (const input_error& e) {
    throw input_error(enveloped ? "case" + (e.where().empty() ? "" : "." + e.where()) : e.where(), e);
  }
  c.case_id = file.header.id;
  auto bench = c.st.benches.take();
  bench->eng.set_household_source(nullptr);  // a posted case stands alone, whatever the store holds
  bench->eng.set_agency_source(nullptr);
  require_region(bench->eng, p.region.empty() ? file.header.region : p.region, "region");
  if (answer_lean(c, *bench, file, p)) return;
  const auto ev = app::evaluate_case(bench->eng, file, {p.as_of, p.region, p.replay, {.explain = p.explain, .lean = p.lean}});
  answer_decision(c, *bench, ev, p);
}

void create_case(call& c) {
  const json body = body_json(c);
  auto file = format::case_file_from_json(body);
  c.case_id = file.header.id;
  auto bench = c.st.benches.take();
  store_of(*bench);
  require_region(bench->eng, file.header.region, "region");
  store::case_repository repo(*bench->db);
  const auto seqs = repo.create(file);
  c.res.set_header("Location", "/v1/cases/" + file.header.id);
  reply(c, 201, {{"id", file.header.id}, {"region", file.header.region}, {"events", seqs.size()}});
}

void show_case(call& c) {
  c.case_id = path_part(c, 1);
  auto bench = c.st.benches.take();
  store::case_repository repo(*store_of(*bench).db);
  (void)repo.header(c.case_id);  // an unknown case is named as such
  date as_of;
  if (field(c, nullptr, "as_of")) {
    as_of = required_date(c, nullptr, "as_of");
  } else {
    const auto events = repo.events(c.case_id);
    if (events.empty()) throw usage_error(message("error.api_missing", "as_of"));
    as_of = events.back().on;
  }
  auto state = repo.fold(c.case_id, as_of);
  app::link_stored_agencies(*bench->db, state);  // their names and roles, as `case show` gives them
  reply(c, 200, app::state_json(state));
}

void append_events(call& c) {
  c.case_id = path_part(c, 1);
  const json doc = body_json(c);
  std::vector<cases::event> events;
  if (doc.is_array()) {
    for (std::size_t i = 0; i < doc.size(); ++i) events.push_back(format::event_from_json(doc[i], fmt::format("[{}]", i)));
  } else {
    events.push_back(format::event_from_json(doc, ""));
  }
  if (events.empty()) throw input_error("body", message("error.api_no_events"));
  for (auto& e : events)
    if (e.origin.empty()) e.origin = "event";
  auto bench = c.st.benches.take();
  store::case_repository repo(*store_of(*bench).db);
  // Validated against the case inside the write transaction: what it checks is what it follows.
  const auto seqs = repo.append(c.case_id, events);
  reply(c, 201, {{"case", c.case_id}, {"seqs", seqs}});
}

void evaluate_stored(call& c) {
  c.case_id = path_part(c, 1);
  const auto p = read_eval_params(c, nullptr);
  if (p.commit && p.replay) throw usage_error(message("error.api_exclusive", "commit", "replay"));
  auto bench = c.st.benches.take();
  auto& db = *store_of(*bench).db;
  store::case_repository repo(db);
  const auto header = repo.header(c.case_id);
  auto events = repo.readable_events(c.case_id);
  app::link_store(bench->eng, db);  // read per request: households and agencies change
  const std::string region = p.region.empty() ? header.region : p.region;
  require_region(bench->eng, region, "region");
  if (!p.commit) {
    format::case_file file{header, std::move(events)};
    if (answer_lean(c, *bench, file, p)) return;
    answer_decision(c, *bench, app::evaluate_case(bench->eng, file, {p.as_of, p.region, p.replay, {.explain = p.explain, .lean = p.lean}}), p);
    return;
  }
  app::evaluation ev;
  std::int64_t receipt = 0;
  bool committed = false;
  app::run_journey(bench->eng, header, events, {{p.as_of}, p.region, true, {.explain = p.explain}}, &db,
                   [&](const sim::journey_step& step, std::int64_t id) {
                     ev.decision = step.decision;
                     committed = step.committed;
                     receipt = id;
                   });
  ev.recorded_steps = static_cast<int>(std::count_if(events.begin(), events.end(), [](const cases::event& e) {
    return std::holds_alternative<cases::stage_changed_event>(e.body);
  })) - (committed ? 1 : 0);
  answer_decision(c, *bench, ev, p, {{"committed", committed}, {"receipt", receipt}});
}

void match_stored(call& c) {
  c.case_id = path_part(c, 1);
  std::optional<date> as_of;
  if (field(c, nullptr, "as_of")) as_of = required_date(c, nullptr, "as_of");
  auto bench = c.st.benches.take();
  auto& db = *store_of(*bench).db;
  app::link_store(bench->eng, db);  // read per request: households and agencies change
  reply(c, 200, engine::to_json(app::match_case(db, bench->eng, c.case_id, as_of, std::nullopt)));
}

// ── The records around cases: employers, agencies, households ─────────────────────────────────

// The body as one record or an array of them, each read by `read`; errors name `[i].field`.
template <typename Read>
auto body_records(call& c, Read&& read) {
  const json doc = body_json(c);
  std::vector<decltype(read(doc))> out;
  if (!doc.is_array()) {
    out.push_back(read(doc));
    return out;
  }
  if (doc.empty()) throw input_error("body", message("error.records_list"));
  for (std::size_t i = 0; i < doc.size(); ++i) {
    try {
      out.push_back(read(doc[i]));
    } catch (const input_error& e) {
      throw input_error(e.where().empty() ? fmt::format("[{}]", i) : fmt::format("[{}].{}", i, e.where()), e);
    }
  }
  for (std::size_t i = 1; i < out.size(); ++i)
    for (std::size_t j = 0; j < i; ++j)
      if (out[j].id == out[i].id && out[j].since == out[i].since)
        throw input_error(fmt::format("[{}].since", i), message("error.listed_twice", fmt::format("{} ({})", out[i].id, out[i].since.to_string())));
  return out;
}

template <typename Record>
json stored_ids(const std::vector<Record>& records) {
  json out = json::array();
  for (const auto& r : records) out.push_back({{"id", r.id}, {"since", r.since.to_string()}});
  return out;
}

template <typename Record>
json every_version(const std::vector<Record>& records) {
  json out = json::array();
  for (const auto& r : records) out.push_back(format::to_json(r));
  return out;
}

void store_employers(call& c) {
  const auto records = body_records(c, format::employer_record_from_json);
  const bool change = flag(c, nullptr, "change");
  auto bench = c.st.benches.take();
  app::record_employers(*store_of(*bench).db, records, change);  // one transaction: the sheets land together or not at all
  reply(c, 201, {{"employers", stored_ids(records)}});
}

void list_employers(call& c) {
  auto bench = c.st.benches.take();
  reply(c, 200, {{"employers", every_version(app::stored_employers(*store_of(*bench).db))}});
}

void store_agencies(call& c) {
  const auto records = body_records(c, format::agency_record_from_json);
  const bool change = flag(c, nullptr, "change");
  auto bench = c.st.benches.take();
  app::record_agencies(*store_of(*bench).db, records, change);  // one transaction: a core centre lands with its partners
  reply(c, 201, {{"agencies", stored_ids(records)}});
}

void list_agencies(call& c) {
  std::optional<date> day;
  if (field(c, nullptr, "as_of")) day = required_date(c, nullptr, "as_of");
  auto bench = c.st.benches.take();
  reply(c, 200, {{"agencies", app::agencies_json(*store_of(*bench).db, day)}});
}

void store_household(call& c) {
  const auto records = body_records(c, format::household_record_from_json);
  if (records.size() != 1) throw input_error("body", message("error.api_one_household"));
  const bool change = flag(c, nullptr, "change");
  auto bench = c.st.benches.take();
  app::record_household(*store_of(*bench).db, records.front(), change);
  reply(c, 201, {{"households", stored_ids(records)}});
}

void list_households(call& c) {
  auto bench = c.st.benches.take();
  reply(c, 200, {{"households", every_version(app::stored_households(*store_of(*bench).db))}});
}

void case_history(call& c) {
  c.case_id = path_part(c, 1);
  auto bench = c.st.benches.take();
  reply(c, 200, app::history_json(*store_of(*bench).db, c.case_id));
}

void show_receipt(call& c) {
  const std::string text = path_part(c, 1);
  std::int64_t id = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || end != text.data() + text.size())
    throw http_error(404, "E_NOT_FOUND", message("error.no_receipt"));
  auto bench = c.st.benches.take();
  const auto row = store_of(*bench).db->receipt(id);
  if (!row) throw http_error(404, "E_NOT_FOUND", message("error.no_receipt"));
  c.case_id = row->case_id;
  reply(c, 200, app::receipt_json(*row));
}

void list_packs(call& c) {
  auto bench = c.st.benches.take();
  json out = json::array();
  for (const auto& region : bench->eng.regions()) {
    try {
      out.push_back(app::pack_brief_json(bench->eng.pack(region)));
    } catch (const error& e) {  // one broken pack does not hide the others
      out.push_back({{"region", region}, {"error", {{"code", e.code()}, {"detail", e.text(c.lang)}}}});
    }
  }
  reply(c, 200, {{"packs", out}});
}

void show_pack(call& c) {
  const std::string region = path_part(c, 1);
  auto bench = c.st.benches.take();
  try {
    require_region(bench->eng, region, "region");
  } catch (const input_error& e) {
    throw http_error(404, "E_NOT_FOUND", e.what_message());
  }
  reply(c, 200, app::pack_json(bench->eng.pack(region)));
}

void reload_packs(call& c) {
  std::lock_guard one_at_a_time(c.st.reload_mu);
  app::reload_gate gate(c.st.options.engine.rules_root, c.st.options.reload_check_budget);
  std::map<std::string, engine::reload_result> by_region;  // the last bench's word on each region
  c.st.benches.each([&](workbench& b) {
    for (auto& r : b.eng.reload(std::ref(gate))) by_region[r.region] = std::move(r);
  });
  json packs = json::array();
  for (const auto& [region, r] : by_region) {
    c.st.stats.reload(r.swapped ? "swapped" : r.error.empty() ? "unchanged" : "kept");
    packs.push_back(app::to_json(r));
  }
  reply(c, 200, {{"engines", c.st.benches.size()}, {"packs", packs}});
}

void healthz(call& c) {
  reply(c, 200, {{"status", "ok"}, {"version", HASHIGO_VERSION}, {"workers", c.st.benches.size()},
                 {"store", !c.st.options.db_path.empty()}});
}

void prometheus(call& c) { c.res.set_content(c.st.stats.text(), "text/plain; version=0.0.4; charset=utf-8"); }

void openapi(call& c) { reply(c, 200, openapi_document()); }

// ── The document's examples ──────────────────────────────────────────────────────────────────

// A short journey: intake, consent, assessment, a plan approved and work preparation begun.
const json& example_case() {
  static const json doc = json::parse(R"({
    "format": "hashigo.case/1", "id": "example-a", "region": "national",
    "person": {"pseudonym": "Aさん", "birth_date": "1990-04-02", "gender": "female", "disability_cert": "none"},
    "household": {"size": 1, "kind": "single", "housing": "rented", "rent_yen": 45000},
    "events": [
      {"type": "intake", "date": "2024-04-08", "channel": "visit", "source": "self", "concerns": ["job_search"], "screening": "continue", "stage": "social"},
      {"type": "consent", "date": "2024-04-08", "info_sharing": true},
      {"type": "assessment", "date": "2024-04-15", "kind": "initial", "fdp": {"interpersonal": 3, "mental": 3, "stress": 3, "thinking": 3, "environment": 3}, "daily_rhythm": 3},
      {"type": "plan", "date": "2024-04-22", "start_on": "2024-05-01", "end_on": "2024-10-31", "goals": [{"id": "g1", "domain": "work", "text": "週3日、職場体験に通う"}]},
      {"type": "plan_approved", "date": "2024-05-01", "meeting": "shien_chosei"},
      {"type": "program_enrolled", "date": "2024-05-01", "program": "jyunbi", "planned_end_on": "2025-04-30", "route": "income_asset"}
    ]})");
  return doc;
}

json example_event() {
  return json::parse(R"({"type": "contact", "date": "2024-05-20", "kind": "interview", "minutes": 45, "note": "体験先の感想を聞く"})");
}

// A しごと情報 sheet with one carved task (docs/employers.md).
json example_employer() {
  return json::parse(R"({"format": "hashigo.employer/1", "id": "example-farm", "name": "地域の農園", "since": "2024-01-01",
    "tasks": [{"id": "sorting", "title": {"ja": "野菜の袋詰め", "en": "Bagging vegetables"}, "days_per_week": 2, "hours_per_day": 3,
               "wage_forms": ["taiken", "commuter_unpaid", "commuter_paid"], "fields": ["farming"], "conditions": ["daytime_only", "short_hours"]}]})");
}

// A core Nakapotsu centre and the partner centre it supervises (docs/agencies.md).
json example_agencies() {
  return json::parse(R"([
    {"format": "hashigo.agency/1", "id": "example-kikan", "name": "障害者就業・生活支援センター（基幹型）", "since": "2021-06-01",
     "role": "nakapotsu", "kikan": true, "partners": ["example-naka"], "serves": ["nakapotsu"]},
    {"format": "hashigo.agency/1", "id": "example-naka", "name": "障害者就業・生活支援センター", "since": "2021-06-01",
     "role": "nakapotsu", "serves": ["nakapotsu"]}])");
}

// A household of one stored case (docs/households.md).
json example_household(const std::string& case_id) {
  return {{"format", "hashigo.household/1"}, {"id", "example-household-" + case_id}, {"kind", "single"}, {"since", "2024-04-08"},
          {"members", json::array({{{"case", case_id}, {"relation", "head"}}})}};
}

json ref(const std::string& name) { return {{"$ref", "#/components/schemas/" + name}}; }

std::vector<route> make_routes() {
  const parameter_doc as_of{"as_of", "date", "The day decided (YYYY-MM-DD); every decision takes one, none uses the clock.", true};
  const parameter_doc region{"region", "string", "The pack to decide under (default: the case's own region)."};
  const parameter_doc explain{"explain", "boolean", "Keep every rule's checks, fired or not."};
  const parameter_doc replay{"replay", "boolean", "Derive the position by evaluating every month end from intake and applying accepted steps, without writing."};
  const parameter_doc lean{"lean", "boolean", "Outcomes and rule ids only: no reasons' texts, no would-change-if (faster)."};
  const parameter_doc audience{"audience", "string", "Add `text` for staff, or for the person in plain Japanese (no rule ids).", false, {"staff", "person"}};
  const parameter_doc lang{"lang", "string", "The language of `text` and of error details (default: Accept-Language, else en).", false, {"ja", "en"}};
  const parameter_doc commit{"commit", "boolean", "Store the decision's receipt; an accepted step is stored with it as a stage_changed event (409 when another writer added an event meanwhile)."};
  const std::string case_path = "/v1/cases/" + example_case()["id"].get<std::string>();
  std::vector<route> r;
  r.push_back({"POST", "/v1/evaluate", "evaluate", "Evaluate a case file (stateless)",
               "The body is a case file with the options in the query, or an envelope {\"case\": {...}, \"as_of\": ..., ...} with them beside it. Nothing is stored.",
               {as_of, region, explain, replay, lean, audience, lang},
               {{"oneOf", json::array({ref("CaseFile"), ref("EvaluateEnvelope")})}}, ref("Decision"), "application/json", 200, {400, 422},
               {{"case file, replayed", "/v1/evaluate", "as_of=2024-09-30&replay=true", example_case(), 200, 10},
                {"envelope, for the person in Japanese", "/v1/evaluate", "",
                 {{"case", example_case()}, {"as_of", "2024-06-30"}, {"audience", "person"}, {"lang", "ja"}}, 200, 11},
                {"a day before the case opened", "/v1/evaluate", "as_of=2020-01-31", example_case(), 422, 12},
                {"no as_of", "/v1/evaluate", "", example_case(), 400, 13}},
               false, evaluate_file});
  r.push_back({"POST", "/v1/cases", "createCase", "Store a new case", "The body is a case file; its events are validated and stored in one transaction.",
               {}, ref("CaseFile"), {{"type", "object"}, {"properties", {{"id", {{"type", "string"}}}, {"region", {{"type", "string"}}}, {"events", {{"type", "integer"}}}}}},
               "application/json", 201, {409, 422, 503},
               {{"store the example case", "/v1/cases", "", example_case(), 201, 20},
                {"the same id again", "/v1/cases", "", example_case(), 409, 21}},
               false, create_case});
  const parameter_doc change{"change", "boolean", "Store a new version (a later `since`) of records already stored, instead of new ones."};
  const json stored_list = {{"type", "array"}, {"items", {{"type", "object"}, {"properties", {{"id", {{"type", "string"}}}, {"since", {{"type", "string"}}}}}}}};
  r.push_back({"POST", "/v1/employers", "storeEmployers", "Store employers' しごと情報 sheets",
               "One employer record or an array (docs/employers.md), stored in one transaction: all or none. A placement's employer_id and "
               "task_id are checked against them when events are stored.",
               {change}, {{"oneOf", json::array({ref("EmployerFile"), {{"type", "array"}, {"items", ref("EmployerFile")}}})}},
               {{"type", "object"}, {"properties", {{"employers", stored_list}}}}, "application/json", 201, {400, 422, 503},
               {{"a sheet with one carved task", "/v1/employers", "", example_employer(), 201, 22},
                {"the same sheet again", "/v1/employers", "", example_employer(), 422, 23}},
               false, store_employers});
  r.push_back({"GET", "/v1/employers", "listEmployers", "The stored employers", "Every version of every employer record, by id then since.", {},
               nullptr, {{"type", "object"}, {"properties", {{"employers", {{"type", "array"}, {"items", ref("EmployerFile")}}}}}},
               "application/json", 200, {503}, {{"every employer", "/v1/employers", "", nullptr, 200, 24}}, false, list_employers});
  r.push_back({"POST", "/v1/agencies", "storeAgencies", "Store agencies of the network",
               "One agency record or an array, stored in one transaction (a 基幹型 centre with its partner centres; docs/agencies.md). "
               "referral_made and agency_joined events naming an agency_id are checked against them.",
               {change}, {{"oneOf", json::array({ref("AgencyFile"), {{"type", "array"}, {"items", ref("AgencyFile")}}})}},
               {{"type", "object"}, {"properties", {{"agencies", stored_list}}}}, "application/json", 201, {400, 422, 503},
               {{"a core centre and its partner", "/v1/agencies", "", example_agencies(), 201, 25},
                {"the same agencies again", "/v1/agencies", "", example_agencies(), 422, 26}},
               false, store_agencies});
  r.push_back({"GET", "/v1/agencies", "listAgencies", "The stored agencies",
               "Every version; with as_of, the version in force that day and the open cases it holds (as `hashigo agency list --as-of --json`).",
               {{"as_of", "date", "The day (YYYY-MM-DD): versions in force then, with the cases each holds."}}, nullptr,
               {{"type", "object"}, {"properties", {{"agencies", {{"type", "array"}, {"items", ref("AgencyFile")}}}}}}, "application/json", 200,
               {422, 503}, {{"in force on a day", "/v1/agencies", "as_of=2024-06-30", nullptr, 200, 27}}, false, list_agencies});
  r.push_back({"POST", "/v1/households", "storeHousehold", "Store a household linking cases",
               "One household record (docs/households.md); its members' cases must be stored. Evaluations of those cases then see the household.",
               {change}, ref("HouseholdFile"), {{"type", "object"}, {"properties", {{"households", stored_list}}}}, "application/json", 201,
               {400, 422, 503},
               {{"the example case's household", "/v1/households", "", example_household("example-a"), 201, 28},
                {"a member whose case is not stored", "/v1/households", "", example_household("no-such-case"), 422, 29}},
               false, store_household});
  r.push_back({"GET", "/v1/households", "listHouseholds", "The stored households", "Every version of every household record, by id then since.",
               {}, nullptr, {{"type", "object"}, {"properties", {{"households", {{"type", "array"}, {"items", ref("HouseholdFile")}}}}}},
               "application/json", 200, {503}, {{"every household", "/v1/households", "", nullptr, 200, 32}}, false, list_households});
  r.push_back({"GET", "/v1/cases/{id}", "showCase", "A stored case, folded",
               "The case state on as_of (default: its last event's day), with the corrections in force.",
               {{"as_of", "date", "The day to fold on (default: the last event's day)."}}, nullptr, ref("CaseState"), "application/json", 200, {404, 409, 503},
               {{"the example case", case_path, "as_of=2024-06-30", nullptr, 200, 30},
                {"an unknown case", "/v1/cases/no-such-case", "", nullptr, 404, 31}},
               false, show_case});
  r.push_back({"POST", "/v1/cases/{id}/events", "appendEvents", "Append events to a stored case",
               "One event or an array; validated against the case inside the write transaction, all or nothing.", {},
               {{"oneOf", json::array({ref("Event"), {{"type", "array"}, {"items", ref("Event")}}})}},
               {{"type", "object"}, {"properties", {{"case", {{"type", "string"}}}, {"seqs", {{"type", "array"}, {"items", {{"type", "integer"}}}}}}}},
               "application/json", 201, {404, 409, 422, 503},
               {{"an interview", case_path + "/events", "", example_event(), 201, 40},
                {"an event without a date", case_path + "/events", "", {{"type", "contact"}, {"kind", "interview"}}, 422, 41}},
               false, append_events});
  r.push_back({"POST", "/v1/cases/{id}/evaluate", "evaluateCase", "Evaluate a stored case",
               "From its recorded position (or replayed); with commit=true the receipt is stored, and an accepted step with it.",
               {as_of, region, explain, replay, lean, audience, lang, commit}, nullptr, ref("Decision"), "application/json", 200, {400, 404, 409, 422, 503},
               {{"commit the month end", case_path + "/evaluate", "as_of=2024-05-31&commit=true", nullptr, 200, 50},
                {"explained, for staff in English", case_path + "/evaluate", "as_of=2024-06-30&explain=true&audience=staff&lang=en", nullptr, 200, 51}},
               false, evaluate_stored});
  const parameter_doc match_day{"as_of", "date", "The day to match on (YYYY-MM-DD; default: the case's last recorded day)."};
  r.push_back({"GET", "/v1/cases/{id}/match", "matchCase", "Carved tasks that fit a stored case",
               "The stored employers' carved tasks (しごと情報) offered on the day, ranked by the pack's matching.lua: the fitting ones by "
               "score, then the excluded ones, each with the criteria's reasons for staff and in plain words (docs/employers.md).",
               {match_day}, nullptr, {{"type", "object"}}, "application/json", 200, {400, 404, 422, 503},
               {{"the example case, on a day", case_path + "/match", "as_of=2024-06-30", nullptr, 200, 55},
                {"an unknown case", "/v1/cases/no-such-case/match", "", nullptr, 404, 56}},
               false, match_stored});
  r.push_back({"GET", "/v1/cases/{id}/history", "caseHistory", "A stored case's events and receipts",
               "The case as a case file, with every receipt in id order.", {}, nullptr,
               {{"allOf", json::array({ref("CaseFile"), {{"type", "object"}, {"properties", {{"receipts", {{"type", "array"}, {"items", ref("Receipt")}}}}}}})}},
               "application/json", 200, {404, 503}, {{"the example case", case_path + "/history", "", nullptr, 200, 60}}, false, case_history});
  r.push_back({"GET", "/v1/receipts/{id}", "showReceipt", "A stored decision receipt",
               "The decision as stored, with the pack digest, the view digest and the events it was made from.", {}, nullptr, ref("Receipt"),
               "application/json", 200, {404, 503},
               {{"the first receipt", "/v1/receipts/1", "", nullptr, 200, 70}, {"no such receipt", "/v1/receipts/999999", "", nullptr, 404, 71}},
               false, show_receipt});
  r.push_back({"GET", "/v1/packs", "listPacks", "The rule packs", "Every region under the rules root, with its digest and chain.", {}, nullptr,
               {{"type", "object"}, {"properties", {{"packs", {{"type", "array"}, {"items", {{"type", "object"}}}}}}}}, "application/json", 200, {},
               {{"all packs", "/v1/packs", "", nullptr, 200, 80}}, false, list_packs});
  r.push_back({"GET", "/v1/packs/{region}", "showPack", "One rule pack in full",
               "Rules, parameters with their basis and references, bibliography (as `hashigo rules show --json`).", {}, nullptr,
               {{"type", "object"}}, "application/json", 200, {404},
               {{"the national pack", "/v1/packs/national", "", nullptr, 200, 81}, {"an unknown region", "/v1/packs/atlantis", "", nullptr, 404, 82}},
               false, show_pack});
  r.push_back({"POST", "/v1/packs/reload", "reloadPacks", "Reload changed packs",
               "Every worker re-reads its packs; a changed pack serves only when it loads and `hashigo check` finds no error in it, otherwise the old one keeps serving (as `hashigo watch`).",
               {}, nullptr, {{"type", "object"}, {"properties", {{"engines", {{"type", "integer"}}}, {"packs", {{"type", "array"}, {"items", {{"type", "object"}}}}}}}},
               "application/json", 200, {}, {{"reload", "/v1/packs/reload", "", nullptr, 200, 90}}, false, reload_packs});
  r.push_back({"GET", "/healthz", "healthz", "Liveness", "Answered without the token.", {}, nullptr, {{"type", "object"}},
               "application/json", 200, {}, {{"health", "/healthz", "", nullptr, 200, 1}}, true, healthz});
  r.push_back({"GET", "/metrics", "metrics", "Prometheus metrics",
               "Requests by route and status, latency histogram, decisions by status, pack reloads.", {}, nullptr,
               {{"type", "string"}}, "text/plain", 200, {}, {{"metrics", "/metrics", "", nullptr, 200, 99}}, false, prometheus});
  r.push_back({"GET", "/v1/openapi.json", "openapi", "This document", "The OpenAPI 3.1 description of every route.", {}, nullptr,
               {{"type", "object"}}, "application/json", 200, {}, {{"the document", "/v1/openapi.json", "", nullptr, 200, 2}}, false, openapi});
  return r;
}

}  // namespace

void reply(call& c, int status, const nlohmann::json& body) {
  c.res.status = status;
  c.res.set_content(body.dump(), "application/json");
}

const std::vector<route>& routes() {
  static const std::vector<route> table = make_routes();
  return table;
}

}  // namespace hashigo::serve
