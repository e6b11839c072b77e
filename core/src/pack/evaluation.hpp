#pragma once
// What one evaluation of a pack takes and gives: the input the engine prepares, the checks the
// ctx helpers record, and one run per rule. No Lua here: the engine sees rules through this.
#include <hashigo/case/ladder.hpp>
#include <hashigo/date.hpp>
#include <hashigo/pack/summary.hpp>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hashigo::pack {

/// Receives a value the way a JSON writer does: inside an object `key` names the next value,
/// inside an array values take the next index; `null` leaves the field absent. The engine writes
/// the case view through it, and the runtime builds the read-only Lua table rules read from it.
class value_writer {
 public:
  virtual ~value_writer() = default;
  /// The key of the next value (the view must stay valid until that value is written).
  virtual void key(std::string_view k) = 0;
  /// A key that is a NUL-terminated literal living as long as the program (cheaper to intern).
  virtual void literal_key(const char* k) = 0;
  virtual void null() = 0;
  virtual void boolean(bool b) = 0;
  virtual void integer(std::int64_t i) = 0;
  virtual void number(double d) = 0;
  virtual void string(std::string_view s) = 0;
  /// Opens an object of about `fields` fields (a size hint).
  virtual void begin_object(int fields) = 0;
  virtual void end_object() = 0;
  /// Opens an array of about `items` items (a size hint).
  virtual void begin_array(int items) = 0;
  virtual void end_array() = 0;
};

/// Where a text lies in an evaluation's text buffer (evaluation::text).
struct text_span {
  std::uint32_t offset = 0;
  std::uint32_t size = 0;
};

/// A value a check compared: nil (the fact is unknown), a boolean, an integer, a float or a text.
struct check_value {
  enum class kind : std::uint8_t { nil, boolean, integer, number, text };
  kind type = kind::nil;
  bool boolean = false;
  std::int64_t integer = 0;
  double number = 0;
  text_span text;
};

/// One comparison a rule made through a ctx helper, for explanations. Plain data: the records of
/// an evaluation live in one buffer that the next evaluation reuses.
struct check_record {
  text_span label;
  check_value value;
  const char* op = "";  ///< >=, <=, >, <, == (a literal)
  check_value threshold;
  /// The name of the parameter the threshold came from (that of an entry of summary::parameters,
  /// which outlives the run), or null.
  const std::string* parameter = nullptr;
  bool result = false;
  /// The parameter's name, or "" when the threshold was a number.
  const std::string& parameter_name() const;
};

/// A parameter whose basis is `default` that a rule read, and its value on the day evaluated
/// (both point into the pack's summary, which outlives the run).
struct default_read {
  const pack::parameter* parameter = nullptr;
  const nlohmann::json* value = nullptr;
};

/// What a step rule proposes.
enum class step_kind : std::uint8_t { none, up, down, hold, stay };
/// How soon a referral should happen.
enum class urgency_kind : std::uint8_t { routine, soon, urgent };
/// How grave an alert is.
enum class severity_kind : std::uint8_t { info, warning, urgent };

/// "up", "down", "hold", "stay" ("" for none).
std::string_view to_string(step_kind k) noexcept;
/// "routine", "soon", "urgent".
std::string_view to_string(urgency_kind k) noexcept;
/// "info", "warning", "urgent".
std::string_view to_string(severity_kind k) noexcept;

/// What a rule that fired returned, checked against its module's contract (docs/rules-authoring.md)
/// and read straight from the Lua table. Only the fields of the rule's module are set. Codes the
/// rule named (programme, route, target, alert code, rung) are interned in the runtime: they stay
/// valid until its next evaluation.
struct rule_outcome {
  // stepup.lua
  step_kind step = step_kind::none;
  bool has_to = false;  ///< `to` was given; else up and down go to the ladder's neighbour
  cases::stage to_stage = cases::stage::life;
  std::string_view to_rung;
  // eligibility.lua
  std::string_view program;
  bool eligible = false;
  std::string_view route;  ///< empty when not given
  // referral.lua
  std::string_view target;
  urgency_kind urgency = urgency_kind::routine;
  bool warm_handoff = false;
  // alerts.lua
  std::string_view code;
  std::optional<date> due;
  severity_kind severity = severity_kind::info;
  std::string_view meeting;  ///< the meeting decision the alert asks for; empty when none
  // matching.lua
  double points = 0;     ///< added to the task's score
  bool exclude = false;  ///< the task does not fit at all
  // Texts, kept only when the evaluation asks for them (eval_input::texts); `plain` falls back
  // to `reason` when the rule gives none.
  text_span reason_ja, reason_en, plain_ja, plain_en;
};

/// The result of running one rule.
struct rule_run {
  const pack::rule* rule = nullptr;
  bool fired = false;
  /// Not called: the case is outside the rule's `applies_to` (so it did not fire either).
  bool skipped = false;
  /// The case is outside the rule's `applies_to` but the rule ran (eval_input::every_rule).
  bool outside_scope = false;
  rule_outcome outcome;  ///< set when fired
  std::uint32_t first_check = 0;  ///< its checks: evaluation::checks[first_check, +check_count)
  std::uint32_t check_count = 0;
  std::uint32_t first_default = 0;  ///< its defaults read, once each, in the order first read
  std::uint32_t default_count = 0;
};

/// One evaluation's results: views into the runtime's buffers, valid until its next evaluation
/// (the buffers keep their capacity, so a steady run allocates nothing for them).
struct evaluation {
  std::vector<rule_run> runs;  ///< one per rule of the pack, in rule order
  std::vector<check_record> checks;
  std::vector<default_read> defaults;
  std::string texts;  ///< the bytes text_spans point into

  /// The text at `s`.
  std::string_view text(text_span s) const noexcept { return std::string_view(texts).substr(s.offset, s.size); }
  /// The checks `run` recorded.
  const check_record* checks_begin(const rule_run& run) const noexcept { return checks.data() + run.first_check; }
  const check_record* checks_end(const rule_run& run) const noexcept { return checks.data() + run.first_check + run.check_count; }
  /// The checked value as JSON (null when nil).
  nlohmann::json to_json(const check_value& v) const;
  /// Empties every buffer, keeping its capacity.
  void clear() noexcept {
    runs.clear();
    checks.clear();
    defaults.clear();
    texts.clear();
  }
};

/// A rule returned something that is not an outcome of its module (RULE005): where the rule is
/// and what is wrong.
struct malformed_outcome {
  std::string where;
  std::string message;
};

/// What one matching criterion said of one carved task.
struct criterion_hit {
  const pack::rule* criterion = nullptr;
  double points = 0;
  bool exclude = false;
  std::string reason_ja, reason_en;
  std::string plain_ja, plain_en;  ///< the words for the person (the reason when none given)
};

/// What the matching criteria said of one carved task: excluded when any criterion excluded it,
/// else scored by the sum of the points; the criteria that spoke, in criterion order.
struct task_verdict {
  bool excluded = false;
  double score = 0;
  std::vector<criterion_hit> hits;
};

/// What one rule cost over the evaluations that asked for it (eval_input::profile).
struct rule_cost {
  std::int64_t nanoseconds = 0;   ///< wall time of its calls, the conversion of its outcome included
  std::int64_t instructions = 0;  ///< instructions charged while it ran (counted per hook interval)
  std::int64_t calls = 0;
};

/// What the host gives one evaluation.
struct eval_input {
  std::string as_of;
  /// The case's position: ctx.position, and ctx.up and ctx.down from the pack's ladder.
  cases::position position;
  /// The case's process status: with the position's stage, which rules apply (rule::applies_to).
  cases::process_status status = cases::process_status::intake;
  /// Call every rule, even those whose `applies_to` leaves the case out (marked outside_scope):
  /// `hashigo check` does, to find a rule that fires where it says it does not apply.
  bool every_rule = false;
  /// Record the checks of every rule (a full decision's reasons, "would change if" and the trace
  /// need them; a lean one does not).
  bool checks = false;
  /// Keep the outcomes' texts and the defaults each rule read (a full decision's reasons).
  bool texts = false;
  /// Keep the texts of step rules' outcomes even without `texts`: an accepted step becomes a
  /// stage_changed event, which records why.
  bool step_texts = false;
  /// Writes the case view (the root object) that rules read as `case`.
  std::function<void(value_writer&)> write_case;
  /// Root fields write_case leaves out (nullptr: none), each built when a rule first reads it, by
  /// `write_field` with its index there (as a root value; nothing when the case has none).
  const std::vector<std::string>* lazy_fields = nullptr;
  std::function<void(int field, value_writer& out)> write_field;
  /// When set, each rule's cost is added to its entry (one per rule, in rule order; the vector is
  /// reset when its size is not the pack's rule count). Off by default: it reads the clock twice
  /// per rule.
  std::vector<rule_cost>* profile = nullptr;
};

}  // namespace hashigo::pack
