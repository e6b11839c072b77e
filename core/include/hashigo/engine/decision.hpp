#pragma once
/// @file A decision: what the rules proposed for a case on one day, what the core accepted, and why.
#include <hashigo/case/event.hpp>
#include <hashigo/date.hpp>

#include <nlohmann/json.hpp>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hashigo::engine {

/// One threshold a rule compared ("attendance 72% — needs 80%").
struct check {
  std::string label;
  nlohmann::json value;      ///< null when the fact is unknown
  std::string op;            ///< >=, <=, >, <, ==
  nlohmann::json threshold;
  std::string parameter;     ///< the parameter the threshold came from, if any
  bool passed = false;
};

/// One document a rule cites, resolved from the bibliography.
struct citation {
  std::string id;         ///< the bibliography id (`jiritsu_ho_kisoku`)
  cases::localized title;
  std::string section;    ///< `第4条第1号`; may be empty
  std::string quote;
  std::string url;        ///< may be empty
  std::string kind;       ///< law | official guidance | practice document | secondary
  std::string publisher;
};

/// A parameter whose value no source fixed (basis `default`) that a rule read while deciding:
/// explanations mark it so that it is not taken for the law.
struct default_use {
  std::string parameter;
  nlohmann::json value;  ///< the value in force on the day evaluated (null: none)
  std::string unit;
  cases::localized note;  ///< why this value was chosen
};

/// What a rule's reasons say of the rule itself. One card per rule and pack load, shared by every
/// reason the rule gives: copying titles and references into each reason showed in the benchmark.
struct rule_card {
  cases::localized title;
  std::vector<citation> references;  ///< the documents the rule encodes
  cases::localized note;
  std::string where;   ///< `rules/national/stepup.lua:42`
};

/// Why: one rule's contribution to a decision.
struct reason {
  std::string rule_id;
  std::shared_ptr<const rule_card> rule;  ///< title, references and file:line of the rule
  cases::localized text;   ///< staff wording
  cases::localized plain;  ///< plain wording for the person (やさしい日本語 / plain English)
  std::vector<check> checks;
  /// For an overruled proposal: the rule whose firing dropped it (`supersedes`), or empty.
  std::string superseded_by;
  /// The default-valued parameters the rule read on this evaluation, in the order first read.
  std::vector<default_use> defaults_used;

  /// The rule's title (empty without a card).
  const cases::localized& title() const noexcept { return rule ? rule->title : no_card().title; }
  /// The documents the rule encodes.
  const std::vector<citation>& references() const noexcept { return rule ? rule->references : no_card().references; }
  /// Where the rule is defined, `file:line`.
  const std::string& where() const noexcept { return rule ? rule->where : no_card().where; }

 private:
  static const rule_card& no_card() noexcept {
    static const rule_card empty;
    return empty;
  }
};

/// The ladder outcome.
struct step_decision {
  std::string step = "stay";  ///< up | stay | down
  cases::position from;
  std::optional<cases::position> to;
  bool accepted = false;     ///< the core found the move legal (always false for stay)
  bool skip = false;         ///< the move passes over a stage or rung (a rule allowed it)
  cases::localized refusal;  ///< why the core refused a proposed move
  std::vector<reason> reasons;     ///< the rules that decided
  /// Proposals that lost: an up when a down or hold fired, or a proposal of a rule that a rule
  /// which fired supersedes (reason::superseded_by).
  std::vector<reason> overruled;
  std::vector<reason> would_flip;  ///< step rules that did not fire, with only their unmet checks
};

/// A time limit, overdue task or risk flag.
struct alert {
  std::string code;
  std::string due;       ///< YYYY-MM-DD, or empty
  std::string severity;  ///< info | warning | urgent
  /// The decision a meeting is asked to take (`plan_approved`, `closure_reported`, …): the alert
  /// puts the case on `hashigo meeting agenda`. Empty for an alert that needs no meeting.
  std::string meeting;
  reason why;
};

/// Eligibility for one programme. Any rule saying eligible makes it eligible (routes collected);
/// otherwise the reasons of the rules that said no are kept.
struct eligibility_result {
  std::string program;
  bool eligible = false;
  std::vector<std::string> routes;
  std::vector<reason> reasons;
};

/// A referral the rules suggest; suggestions for the same target are merged.
struct referral_suggestion {
  std::string target;
  std::string urgency;  ///< routine | soon | urgent
  bool warm_handoff = false;
  std::vector<reason> reasons;
};

/// One rule's evaluation for --explain.
struct trace_entry {
  std::string rule_id;
  std::string module;
  std::string where;
  bool fired = false;
  /// Not run: the case's stage or status is outside the rule's `applies_to`.
  bool skipped = false;
  /// Run although the case is outside its `applies_to` (evaluate_options::every_rule).
  bool outside_scope = false;
  std::string superseded_by;  ///< a step rule that fired but was superseded: the rule that did
  std::vector<check> checks;
};

/// Where a failing rule broke.
struct failure {
  std::string code;     ///< RULE001..RULE005
  std::string where;    ///< file:line
  std::string message;
  std::string traceback;
};

/// The result of evaluating one case on one day under one pack.
struct decision {
  std::string case_id;
  std::string as_of;
  std::string region;
  std::string pack_version;
  std::string pack_digest;
  std::string inputs_digest;
  std::string process_status;
  step_decision step;
  std::vector<eligibility_result> eligibility;  ///< sorted by programme
  std::vector<referral_suggestion> referrals;      ///< sorted by target
  std::vector<alert> alerts;             ///< sorted by code
  std::vector<trace_entry> trace;  ///< filled with --explain
  std::optional<failure> error;  ///< set when a rule failed: the decision has no outcome then

  /// True when every rule ran: there is no `error`.
  bool ok() const noexcept { return !error.has_value(); }
  /// "ok" or "error", as the decision's JSON says it.
  std::string_view status() const noexcept { return ok() ? "ok" : "error"; }
};

/// How much of a decision its JSON carries.
enum class json_detail {
  full,  ///< every reason with its text, checks and references, overruled and would-flip rules
  lean,  ///< outcomes and the ids of the rules behind them (`rules`), `"detail": "lean"`: for bulk runs
};

/// The decision as JSON with sorted keys: same inputs → byte-identical text.
nlohmann::json to_json(const decision& d, json_detail detail = json_detail::full);

}  // namespace hashigo::engine
