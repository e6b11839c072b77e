// The OpenAPI document, built from the route table, and a YAML writer for docs/openapi.yaml.
#include "problem.hpp"
#include "routes.hpp"

#include <hashigo/format/agency_json.hpp>
#include <hashigo/format/case_json.hpp>
#include <hashigo/format/employer_json.hpp>
#include <hashigo/format/household_json.hpp>
#include <hashigo/format/schema.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>

namespace hashigo::serve {

namespace {

using json = nlohmann::json;

json ref(const std::string& name) { return {{"$ref", "#/components/schemas/" + name}}; }

json problem_response(int status) {
  return {{"description", status_title(status)},
          {"content", {{"application/problem+json", {{"schema", ref("Problem")}}}}}};
}

}  // namespace


// Moves a JSON Schema's `#/$defs/X` references to `#/components/schemas/X` (or to the name
// `renamed` gives X).
void relink(json& v, const std::map<std::string, std::string>& renamed = {}) {
  if (v.is_object()) {
    if (const auto it = v.find("$ref"); it != v.end() && it->is_string()) {
      const std::string target = it->get<std::string>();
      if (target.rfind("#/$defs/", 0) == 0) {
        const auto to = renamed.find(target.substr(8));
        *it = "#/components/schemas/" + (to == renamed.end() ? target.substr(8) : to->second);
      }
    }
    for (auto& [k, x] : v.items()) relink(x, renamed);
  } else if (v.is_array()) {
    for (auto& x : v) relink(x, renamed);
  }
}

json component_schemas() {
  const json date = {{"type", "string"}, {"pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}};
  const json localized = {{"type", "object"}, {"properties", {{"ja", {{"type", "string"}}}, {"en", {{"type", "string"}}}}}};
  json out = {
      {"EvaluateEnvelope",
       {{"type", "object"},
        {"required", {"case", "as_of"}},
        {"properties",
         {{"case", ref("CaseFile")}, {"as_of", date}, {"region", {{"type", "string"}}}, {"explain", {{"type", "boolean"}}},
          {"replay", {{"type", "boolean"}}}, {"lean", {{"type", "boolean"}}}, {"audience", {{"enum", {"staff", "person"}}}},
          {"lang", {{"enum", {"ja", "en"}}}}}}}},
      {"Decision",
       {{"type", "object"},
        {"description", "A decision (docs/decision-format.md): the same JSON as `hashigo eval --json`."},
        {"required", {"format", "case", "region", "as_of", "status", "pack", "inputs_digest", "step"}},
        {"properties",
         {{"format", {{"type", "string"}}}, {"case", {{"type", "string"}}}, {"region", {{"type", "string"}}}, {"as_of", date},
          {"status", {{"enum", {"ok", "error"}}}}, {"pack", {{"type", "object"}}}, {"inputs_digest", {{"type", "string"}}},
          {"step", {{"type", "object"}}}, {"eligibility", {{"type", "array"}}}, {"referrals", {{"type", "array"}}},
          {"alerts", {{"type", "array"}}},
          {"position", {{"type", "object"}, {"properties", {{"source", {{"enum", {"recorded", "replayed"}}}},
                                                            {"recorded_steps", {{"type", "integer"}}},
                                                            {"replayed_steps", {{"type", "integer"}}}}}}},
          {"text", {{"type", "string"}, {"description", "With audience or lang: the decision as a reader sees it."}}},
          {"committed", {{"type", "boolean"}}},
          {"receipt", {{"type", "integer"}}}}}}},
      {"CaseState", {{"type", "object"}, {"description", "The case folded on a day (`hashigo case show --json`)."}}},
      {"Receipt",
       {{"type", "object"},
        {"properties",
         {{"id", {{"type", "integer"}}}, {"case", {{"type", "string"}}}, {"as_of", date}, {"kind", {{"type", "string"}}},
          {"pack_digest", {{"type", "string"}}}, {"inputs_digest", {{"type", "string"}}},
          {"events_through", {{"type", {"integer", "null"}}}}, {"events_digest", {{"type", {"string", "null"}}}},
          {"outcome", ref("Decision")}}}}},
      {"Problem",
       {{"type", "object"},
        {"description", "RFC 9457 problem details with hashigo's stable error code."},
        {"required", {"type", "title", "status", "code"}},
        {"properties",
         {{"type", {{"type", "string"}}}, {"title", {{"type", "string"}}}, {"status", {{"type", "integer"}}},
          {"detail", {{"type", "string"}}}, {"code", {{"type", "string"}}}, {"where", {{"type", "string"}}},
          {"instance", {{"type", "string"}}}, {"request_id", {{"type", "string"}}}}}}},
      {"Localized", localized}};
  // The case file and its events, and the records around cases, exactly as the readers take them:
  // the declared schemas docs/schema/*.schema.json hold (hashigo schema case|employer|agency|household).
  for (const auto* doc : {&format::case_file_schema(), &format::employer_file_schema(), &format::agency_file_schema(),
                          &format::household_file_schema()}) {
    json schema = format::schema::to_json_schema(*doc);
    json& file_types = schema["$defs"];
    // A type another document already names differently (the employer sheet's Text is its own) takes
    // the document's name before it: EmployerText.
    const std::string root = schema.value("$ref", std::string());
    const std::string prefix = root.substr(root.rfind('/') + 1, root.size() - root.rfind('/') - 1 - std::string("File").size());
    std::map<std::string, std::string> renamed;
    for (auto& [name, type] : file_types.items())
      if (out.contains(name) && out[name] != type) renamed[name] = prefix + name;
    relink(file_types, renamed);
    for (auto& [name, type] : file_types.items()) {
      const auto to = renamed.find(name);
      out[to == renamed.end() ? name : to->second] = std::move(type);
    }
  }
  return out;
}

nlohmann::json openapi_document() {
  json paths = json::object();
  for (const auto& r : routes()) {
    json op = {{"operationId", r.operation_id}, {"summary", r.summary}, {"description", r.description}};
    json params = json::array();
    // Path parameters from the template's {names}.
    for (std::size_t at = r.path.find('{'); at != std::string::npos; at = r.path.find('{', at + 1)) {
      const auto end = r.path.find('}', at);
      params.push_back({{"name", r.path.substr(at + 1, end - at - 1)}, {"in", "path"}, {"required", true}, {"schema", {{"type", "string"}}}});
    }
    for (const auto& q : r.query) {
      json schema = q.type == "date" ? json{{"type", "string"}, {"format", "date"}} : json{{"type", q.type}};
      if (!q.values.empty()) schema["enum"] = q.values;
      params.push_back({{"name", q.name}, {"in", "query"}, {"required", q.required}, {"description", q.description}, {"schema", schema}});
    }
    if (!params.empty()) op["parameters"] = params;
    json examples = json::array();
    for (const auto& e : r.examples) {
      json x = {{"name", e.name}, {"path", e.path}, {"status", e.status}, {"order", e.order}};
      if (!e.query.empty()) x["query"] = e.query;
      if (!e.body.is_null()) x["body"] = e.body;
      examples.push_back(x);
    }
    // The requests the test suite sends: OpenAPI's own examples hold bodies only, not paths and statuses.
    op["x-hashigo-examples"] = examples;
    if (!r.request_schema.is_null()) {
      json content = {{"schema", r.request_schema}};
      json named = json::object();
      for (const auto& e : r.examples)
        if (!e.body.is_null() && e.status < 300) named[fmt::format("example{}", e.order)] = {{"summary", e.name}, {"value", e.body}};
      if (!named.empty()) content["examples"] = named;
      op["requestBody"] = {{"required", true}, {"content", {{"application/json", content}}}};
    }
    json responses = {{std::to_string(r.success), {{"description", status_title(r.success)},
                                                    {"content", {{r.response_type, {{"schema", r.response_schema}}}}}}}};
    std::vector<int> errors = r.errors;
    if (!r.public_route) errors.push_back(401);
    if (!r.request_schema.is_null()) errors.push_back(413);
    errors.push_back(500);
    std::sort(errors.begin(), errors.end());
    for (const int s : errors) responses[std::to_string(s)] = problem_response(s);
    if (std::find(errors.begin(), errors.end(), 503) != errors.end())
      responses["503"]["headers"] = {{"Retry-After", {{"description", "Seconds to wait when the store is busy."}, {"schema", {{"type", "integer"}}}}}};
    op["responses"] = responses;
    if (r.public_route) op["security"] = json::array();
    std::string method = r.method;
    std::transform(method.begin(), method.end(), method.begin(), [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
    paths[r.path][method] = op;
  }
  const json bearer = {{"type", "http"}, {"scheme", "bearer"},
                       {"description", "Needed when the server has a token (--token-file); always off loopback."}};
  const json components = {{"schemas", component_schemas()}, {"securitySchemes", {{"bearer", bearer}}}};
  return {{"openapi", "3.1.0"},
          {"info",
           {{"title", "hashigo"},
            {"version", HASHIGO_VERSION},
            {"description",
             "Evaluate employment-support cases under regional rule packs. Every decision takes an explicit as_of; errors are "
             "RFC 9457 problem details with a stable code. Generated from the server's route table (`hashigo serve --openapi`)."}}},
          {"servers", json::array({{{"url", "http://127.0.0.1:8080"}}})},
          {"security", json::array({{{"bearer", json::array()}}})},
          {"paths", paths},
          {"components", components}};
}

// ── YAML ─────────────────────────────────────────────────────────────────────────────────────

namespace {

// A key or string YAML reads back as the same string without quotes.
bool plain_safe(const std::string& s) {
  if (s.empty() || s.size() > 80) return false;
  static const std::string reserved[] = {"true", "false", "null", "yes", "no", "on", "off", "~", "y", "n"};
  std::string lower = s;
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
  for (const auto& r : reserved)
    if (lower == r) return false;
  const unsigned char first = static_cast<unsigned char>(s[0]);
  if (!(std::isalpha(first) || s[0] == '/' || s[0] == '_' || first >= 0x80)) return false;
  for (const unsigned char ch : s)
    if (!(std::isalnum(ch) || ch == '_' || ch == '-' || ch == '/' || ch == '.' || ch == ' ' || ch >= 0x80 || ch == '{' || ch == '}')) return false;
  if (s.back() == ' ' || s.find("  ") != std::string::npos) return false;
  if (s[0] == '/' && s.find('{') != std::string::npos) return true;
  return s.find('{') == std::string::npos && s.find('}') == std::string::npos;
}

std::string scalar(const json& v) {
  if (v.is_string()) {
    const auto& s = v.get_ref<const std::string&>();
    return plain_safe(s) ? s : json(s).dump(-1, ' ', false, json::error_handler_t::strict);
  }
  return v.dump();  // numbers, booleans, null: JSON and YAML agree
}

void write(std::string& out, const json& v, int indent);

void write_entry(std::string& out, const std::string& lead, const json& v, int indent) {
  const bool nested = (v.is_object() && !v.empty()) || (v.is_array() && !v.empty());
  if (!nested) {
    out += lead + " " + (v.is_object() ? "{}" : v.is_array() ? "[]" : scalar(v)) + "\n";
    return;
  }
  out += lead + "\n";
  write(out, v, indent + 2);
}

void write(std::string& out, const json& v, int indent) {
  const std::string pad(static_cast<std::size_t>(indent), ' ');
  if (v.is_object()) {
    for (const auto& [k, child] : v.items()) write_entry(out, pad + scalar(json(k)) + ":", child, indent);
  } else if (v.is_array()) {
    for (const auto& child : v) {
      if (child.is_object() && !child.empty()) {
        // "- key: value" with the rest of the mapping under it
        std::string sub;
        write(sub, child, indent + 2);
        out += pad + "- " + sub.substr(static_cast<std::size_t>(indent) + 2);
      } else {
        write_entry(out, pad + "-", child, indent);
      }
    }
  } else {
    out += pad + scalar(v) + "\n";
  }
}

}  // namespace

std::string to_yaml(const nlohmann::json& doc) {
  std::string out = "# Generated by `hashigo serve --openapi`; edit core/src/serve/routes.cpp, not this file.\n";
  write(out, doc, 0);
  return out;
}

}  // namespace hashigo::serve
