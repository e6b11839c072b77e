#pragma once
// What one evaluation of a pack takes and gives: the input the engine prepares, the checks the
// ctx helpers record, and one run per rule. No Lua here: the engine sees rules through this.
#include <hashigo/case/ladder.hpp>
#include <hashigo/pack/summary.hpp>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <functional>
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

/// One comparison a rule made through a ctx helper, for explanations.
struct check_record {
  std::string label;
  nlohmann::json value;  ///< null when the fact is unknown
  const char* op = "";   ///< >=, <=, >, <, == (a literal)
  nlohmann::json threshold;
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

/// The result of running one rule.
struct rule_run {
  const pack::rule* rule = nullptr;
  nlohmann::json outcome;  ///< null when the rule did not fire
  std::vector<check_record> checks;
  std::vector<default_read> defaults_read;  ///< once each, in the order first read
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
  bool explain = false;  ///< keep the checks of every rule (step rules keep theirs regardless)
  /// Writes the case view (the root object) that rules read as `case`.
  std::function<void(value_writer&)> write_case;
  /// Root fields write_case leaves out (nullptr: none), built when a rule first reads one, by
  /// `write_field` with its index there (as a root value; nothing when the case has none).
  const std::vector<std::string>* deferred_fields = nullptr;
  std::function<void(int field, value_writer& out)> write_field;
  /// When set, each rule's cost is added to its entry (one per rule, in rule order; the vector is
  /// reset when its size is not the pack's rule count). Off by default: it reads the clock twice
  /// per rule.
  std::vector<rule_cost>* profile = nullptr;
};

}  // namespace hashigo::pack
