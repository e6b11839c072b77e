#include <hashigo/format/case_json.hpp>
#include <hashigo/report/event_text.hpp>

namespace hashigo::report {

namespace {

std::string value_text(const nlohmann::json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_array()) {
    std::string out;
    for (const auto& x : v) out += (out.empty() ? "" : ", ") + (x.is_object() && x.contains("text") ? value_text(x["text"]) : value_text(x));
    return "[" + out + "]";
  }
  if (v.is_object()) {
    std::string out;
    for (auto it = v.begin(); it != v.end(); ++it) out += (out.empty() ? "" : ", ") + it.key() + " " + value_text(*it);
    return "{" + out + "}";
  }
  return v.dump();
}

}  // namespace

std::string event_fields(const cases::event& e) {
  nlohmann::json j = format::to_json(e);
  j.erase("type");
  j.erase("date");
  std::string out;
  for (auto it = j.begin(); it != j.end(); ++it) out += (out.empty() ? "" : " · ") + it.key() + " " + value_text(*it);
  return out;
}

}  // namespace hashigo::report
