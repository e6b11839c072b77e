// The lean decision: filled from a resolution, written as JSON without building a JSON value.
#include <hashigo/engine/lean.hpp>

#include "engine/case_view.hpp"
#include "engine/outcome.hpp"

#include <cstring>

namespace hashigo::engine {

namespace {

lean_decision::rules_range add_rules(const pack::evaluation& ev, const std::uint32_t* runs, std::size_t n, lean_decision& out) {
  lean_decision::rules_range range{static_cast<std::uint32_t>(out.rule_ids.size()), static_cast<std::uint32_t>(n)};
  for (std::size_t k = 0; k < n; ++k) out.rule_ids.push_back(&ev.runs[runs[k]].rule->id);
  return range;
}

}  // namespace

void fill_lean(const pack::evaluation& ev, const resolution& r, lean_decision& out) {
  out.step = r.step;
  out.moves = r.moves;
  if (r.moves) out.to = r.to;
  out.accepted = r.accepted;
  out.skip = r.skip;
  out.refusal.ja.assign(r.refusal.ja);  // in place: the strings keep their capacity
  out.refusal.en.assign(r.refusal.en);
  out.step_rules = add_rules(ev, r.step_reasons.data(), r.step_reasons.size(), out);
  if (!r.step_reasons.empty()) {  // assigned in place: the strings keep their capacity
    const auto& o = ev.runs[r.step_reasons.front()].outcome;
    out.step_reason.ja.assign(ev.text(o.reason_ja));
    out.step_reason.en.assign(ev.text(o.reason_en));
  } else {
    out.step_reason.ja.clear();
    out.step_reason.en.clear();
  }
  for (const auto& e : r.eligibility) {
    lean_decision::eligibility_item item;
    item.program = e.program;
    item.eligible = e.eligible;
    item.first_route = static_cast<std::uint32_t>(out.routes.size());
    item.route_count = e.routes;
    for (std::uint32_t k = 0; k < e.routes; ++k) out.routes.push_back(r.route_list[e.first_route + k]);
    item.rules = add_rules(ev, r.reason_list.data() + e.first_reason, e.reasons, out);
    out.eligibility.push_back(item);
  }
  for (const auto& e : r.referrals) {
    lean_decision::referral_item item;
    item.target = e.target;
    item.urgency = pack::to_string(e.urgency);
    item.warm_handoff = e.warm_handoff;
    item.rules = add_rules(ev, r.reason_list.data() + e.first_reason, e.reasons, out);
    out.referrals.push_back(item);
  }
  for (const std::uint32_t i : r.alerts) {
    const auto& o = ev.runs[i].outcome;
    out.alerts.push_back({o.code, o.due, pack::to_string(o.severity), &ev.runs[i].rule->id, o.meeting});
  }
}

namespace {

// JSON text as nlohmann::json::dump() writes it (UTF-8 kept, control characters escaped), so
// that lean decisions are the same bytes whichever way they were made.
class json_out {
 public:
  json_out(std::string& out, std::span<const json_member> extra) : out_(out), extra_(extra) {}
  void raw(std::string_view s) { out_.append(s); }
  // A key of the decision's own object: the caller's members that sort before it go first.
  void member(std::string_view k) {
    for (; next_ < extra_.size() && extra_[next_].key < k; ++next_) {
      key(extra_[next_].key);
      raw(extra_[next_].value);
      comma();
    }
    key(k);
  }
  // The caller's members that sort after every key of the decision, after its last value.
  void rest() {
    for (; next_ < extra_.size(); ++next_) {
      comma();
      key(extra_[next_].key);
      raw(extra_[next_].value);
    }
  }
  void key(std::string_view k) {
    string(k);
    out_.push_back(':');
  }
  void string(std::string_view s) {
    out_.push_back('"');
    std::size_t plain = 0;  // bytes since the last escape, appended in one go
    for (std::size_t i = 0; i < s.size(); ++i) {
      const auto c = static_cast<unsigned char>(s[i]);
      if (c >= 0x20 && c != '"' && c != '\\') continue;
      out_.append(s.substr(plain, i - plain));
      plain = i + 1;
      switch (c) {
        case '"': out_.append("\\\""); break;
        case '\\': out_.append("\\\\"); break;
        case '\b': out_.append("\\b"); break;
        case '\f': out_.append("\\f"); break;
        case '\n': out_.append("\\n"); break;
        case '\r': out_.append("\\r"); break;
        case '\t': out_.append("\\t"); break;
        default: {
          static constexpr char hex[] = "0123456789abcdef";
          const char u[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf]};
          out_.append(u, sizeof u);
        }
      }
    }
    out_.append(s.substr(plain));
    out_.push_back('"');
  }
  void boolean(bool b) { out_.append(b ? "true" : "false"); }
  void date_or_null(const std::optional<date>& d) {
    if (!d) {
      out_.append("null");
      return;
    }
    date::text_buffer text;
    string(std::string_view(text.data(), d->to_chars(text)));
  }
  void position(const cases::position& p) {
    out_.push_back('{');
    if (!p.rung.empty()) {
      key("rung");
      string(p.rung);
      out_.push_back(',');
    }
    key("stage");
    string(cases::to_string(p.at));
    out_.push_back('}');
  }
  void localized(const cases::localized& l) {
    out_.push_back('{');
    key("en");
    string(l.en);
    out_.push_back(',');
    key("ja");
    string(l.ja);
    out_.push_back('}');
  }
  void ids(std::span<const std::string* const> ids) {
    out_.push_back('[');
    for (std::size_t i = 0; i < ids.size(); ++i) {
      if (i) out_.push_back(',');
      string(*ids[i]);
    }
    out_.push_back(']');
  }
  void comma() { out_.push_back(','); }
  void open(char c) { out_.push_back(c); }

 private:
  std::string& out_;
  std::span<const json_member> extra_;
  std::size_t next_ = 0;
};

}  // namespace

void add_inputs_digest(const cases::case_state& state, lean_decision& d) {
  detail::case_view_digest(state, d.inputs_digest);
  d.has_digest = true;
}

decision failed_decision(const lean_decision& d) {
  decision out;
  out.case_id = std::string(d.case_id);
  out.as_of = d.as_of.to_string();
  out.region = std::string(d.region);
  out.pack_version = std::string(d.pack_version);
  out.pack_digest = std::string(d.pack_digest);
  out.process_status = std::string(cases::to_string(d.process_status));
  out.inputs_digest = std::string(d.digest());
  out.step.from = d.from;
  out.error = d.error;
  return out;
}

void write_json(const lean_decision& d, std::string& out, std::span<const json_member> extra) {
  json_out j(out, extra);
  // Keys in byte order, as nlohmann's object (a std::map) dumps them.
  j.open('{');
  j.member("alerts");
  j.open('[');
  for (std::size_t i = 0; i < d.alerts.size(); ++i) {
    const auto& a = d.alerts[i];
    if (i) j.comma();
    j.open('{');
    j.key("code");
    j.string(a.code);
    j.comma();
    j.key("due");
    j.date_or_null(a.due);
    j.comma();
    if (!a.meeting.empty()) {
      j.key("meeting");
      j.string(a.meeting);
      j.comma();
    }
    j.key("rule");
    j.string(*a.rule);
    j.comma();
    j.key("severity");
    j.string(a.severity);
    j.open('}');
  }
  j.raw("],");
  j.member("as_of");
  date::text_buffer text;
  j.string(std::string_view(text.data(), d.as_of.to_chars(text)));
  j.comma();
  j.member("case");
  j.string(d.case_id);
  j.comma();
  j.member("detail");
  j.string("lean");
  j.comma();
  j.member("eligibility");
  j.open('[');
  for (std::size_t i = 0; i < d.eligibility.size(); ++i) {
    const auto& e = d.eligibility[i];
    if (i) j.comma();
    j.open('{');
    j.key("eligible");
    j.boolean(e.eligible);
    j.comma();
    j.key("program");
    j.string(e.program);
    j.comma();
    j.key("routes");
    j.open('[');
    for (std::uint32_t k = 0; k < e.route_count; ++k) {
      if (k) j.comma();
      j.string(d.routes[e.first_route + k]);
    }
    j.raw("],");
    j.key("rules");
    j.ids(d.rules(e.rules));
    j.open('}');
  }
  j.raw("],");
  if (d.error) {
    j.member("error");
    j.open('{');
    j.key("code");
    j.string(d.error->code);
    j.comma();
    j.key("message");
    j.string(d.error->message);
    j.comma();
    j.key("traceback");
    j.string(d.error->traceback);
    j.comma();
    j.key("where");
    j.string(d.error->where);
    j.raw("},");
  }
  j.member("format");
  j.string("hashigo.decision/1");
  j.comma();
  j.member("inputs_digest");
  j.string(d.digest());
  j.comma();
  j.member("pack");
  j.open('{');
  j.key("digest");
  j.string(d.pack_digest);
  j.comma();
  j.key("version");
  j.string(d.pack_version);
  j.raw("},");
  j.member("process_status");
  j.string(cases::to_string(d.process_status));
  j.comma();
  j.member("referrals");
  j.open('[');
  for (std::size_t i = 0; i < d.referrals.size(); ++i) {
    const auto& r = d.referrals[i];
    if (i) j.comma();
    j.open('{');
    j.key("rules");
    j.ids(d.rules(r.rules));
    j.comma();
    j.key("target");
    j.string(r.target);
    j.comma();
    j.key("urgency");
    j.string(r.urgency);
    j.comma();
    j.key("warm_handoff");
    j.boolean(r.warm_handoff);
    j.open('}');
  }
  j.raw("],");
  j.member("region");
  j.string(d.region);
  j.comma();
  j.member("status");
  j.string(d.ok() ? "ok" : "error");
  j.comma();
  j.member("step");
  j.open('{');
  j.key("accepted");
  j.boolean(d.accepted);
  j.comma();
  j.key("from");
  j.position(d.from);
  j.comma();
  if (!d.refusal.en.empty()) {
    j.key("refusal");
    j.localized(d.refusal);
    j.comma();
  }
  j.key("rules");
  j.ids(d.rules(d.step_rules));
  j.comma();
  j.key("skip");
  j.boolean(d.skip);
  j.comma();
  j.key("step");
  j.string(d.step);
  j.comma();
  j.key("to");
  if (d.moves) {
    j.position(d.to);
  } else {
    j.raw("null");
  }
  j.raw("}");
  j.rest();
  j.raw("}");
}

}  // namespace hashigo::engine
