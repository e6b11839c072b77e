#include "pack/evaluation.hpp"

namespace hashigo::pack {

std::string_view to_string(step_kind k) noexcept {
  switch (k) {
    case step_kind::up: return "up";
    case step_kind::down: return "down";
    case step_kind::hold: return "hold";
    case step_kind::stay: return "stay";
    case step_kind::none: break;
  }
  return "";
}

std::string_view to_string(urgency_kind k) noexcept {
  switch (k) {
    case urgency_kind::soon: return "soon";
    case urgency_kind::urgent: return "urgent";
    case urgency_kind::routine: break;
  }
  return "routine";
}

std::string_view to_string(severity_kind k) noexcept {
  switch (k) {
    case severity_kind::warning: return "warning";
    case severity_kind::urgent: return "urgent";
    case severity_kind::info: break;
  }
  return "info";
}

nlohmann::json evaluation::to_json(const check_value& v) const {
  switch (v.type) {
    case check_value::kind::boolean: return v.boolean;
    case check_value::kind::integer: return v.integer;
    case check_value::kind::number: return v.number;
    case check_value::kind::text: return std::string(text(v.text));
    case check_value::kind::nil: break;
  }
  return nullptr;
}

}  // namespace hashigo::pack
