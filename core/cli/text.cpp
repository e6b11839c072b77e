#include "text.hpp"

#include <hashigo/case/place.hpp>
#include <hashigo/engine/engine.hpp>

#include <fmt/format.h>

namespace hashigo::cli {

namespace {

std::string arrow(const std::string& step) { return step == "up" ? "↑" : step == "down" ? "↓" : "→"; }

// Where a staff reason comes from: the documents its rule cites (title and section, in the
// output's language), then each value it used that no source fixed, marked so that a trainer
// never presents it with the authority of the law.
std::string provenance_lines(context& ctx, const engine::reason& r, const std::string& indent) {
  std::string refs;
  for (const auto& c : r.references())
    refs += (refs.empty() ? "" : "; ") + ctx.pick(c.title) + (c.section.empty() ? "" : " " + c.section);
  std::string out = fmt::format("{}    {} · {}: {}\n", indent, r.where(), ctx.msg("decision.references"),
                                refs.empty() ? ctx.msg("decision.references_none") : refs);
  for (const auto& d : r.defaults_used) {
    // A long table (a list of categories, a map) is named, not printed: `rules show` has it.
    std::string value = d.value.is_string() ? d.value.get<std::string>() : d.value.dump();
    if (value.size() > 60) value = "…";
    out += fmt::format("{}    {}: {} = {}{}\n", indent, ctx.msg("decision.default_used"), d.parameter, value,
                       d.unit.empty() ? "" : " [" + d.unit + "]");
  }
  return out;
}

}  // namespace

std::string check_text(context& ctx, const engine::check& c) {
  return engine::describe(c, ctx.language(), ctx.names.namer(ctx.language()));
}

namespace {

std::string reason_block(context& ctx, const engine::reason& r, audience who, const std::string& indent) {
  std::string out;
  const std::string text = ctx.pick(who == audience::person ? r.plain : r.text);
  // The person reads what the rule says to them, without rule ids or staff titles.
  if (who == audience::person) return text.empty() ? out : indent + ctx.msg("person.item", text) + "\n";
  out += fmt::format("{}{} {} — {}\n", indent, r.rule_id, ctx.pick(r.title()), text);
  for (const auto& c : r.checks) out += fmt::format("{}    · {}\n", indent, check_text(ctx, c));
  return out + provenance_lines(ctx, r, indent);
}

// The facts beyond the ladder that a worker looks for first: where the household lives, school,
// legal status and follow-ups. Nothing is printed for a fact not recorded.
std::string facts_text(context& ctx, const cases::case_state& s) {
  const bool ja = ctx.language() == "ja";
  std::string out;
  const auto& h = s.header.household;
  if (const auto pref = cases::prefecture_name(h.prefecture)) {
    std::string line = fmt::format("{}: {} ({})", ctx.msg("facts.lives_in"), ja ? pref->ja : pref->en, h.prefecture);
    if (!h.municipality.empty()) line += fmt::format(", {} {}", ctx.msg("facts.municipality"), h.municipality);
    if (s.moved_on) line += ctx.msg("facts.moved", s.moved_on->to_string());
    out += line + "\n";
  }
  if (!s.schools.empty()) {
    const auto& x = s.schools.back();
    const std::string school = ctx.name("school", x.kind);
    if (!x.left_on) {
      out += ctx.msg("facts.enrolled", school, x.enrolled_on->to_string(),
                     x.expected_graduation_on ? ctx.msg("facts.graduation", x.expected_graduation_on->to_string()) : "") +
             "\n";
    } else {
      const bool graduated = x.left_reason == "graduated", dropped = x.left_reason == "dropped_out";
      out += fmt::format("{} {} {}\n", ctx.msg("facts.school", school),
                         ctx.msg(graduated ? "facts.graduated" : dropped ? "facts.dropped_out" : "facts.left"), x.left_on->to_string());
    }
  }
  if (s.legal) {
    std::string period;
    if (s.legal->since) period += ctx.msg("facts.since", s.legal->since->to_string());
    if (s.legal->ends_on) period += (ja && !period.empty() ? " " : "") + ctx.msg("facts.until", s.legal->ends_on->to_string());
    std::string line = ctx.msg("facts.legal", ctx.name("legal", s.legal->status), period.empty() ? "" : ctx.msg("facts.period", period));
    if (s.legal->released_on) line += ctx.msg("facts.released", s.legal->released_on->to_string());
    out += line + "\n";
  }
  std::string held;
  for (const auto& a : s.agencies) {
    if (a.left_on) continue;
    std::string one = a.agency_id;
    if (a.link && a.link->kikan) one += ctx.msg("agency.kikan_mark");
    if (a.lead) one += " " + ctx.msg("agency.lead_mark");
    held += (held.empty() ? "" : ", ") + one;
  }
  if (!held.empty()) out += ctx.msg("facts.agencies", held) + "\n";
  const auto& f = s.derived.follow_ups;
  if (f.attempts > 0) {
    std::string line = ctx.msg("facts.follow_ups", f.count);
    if (f.last_on)
      line += ctx.msg("facts.follow_up_last", f.last_on->to_string(),
                      f.after_closure > 0 ? ctx.msg("facts.after_closure", f.after_closure) : "");
    if (f.attempts > f.count) line += ctx.msg("facts.unreached", f.attempts - f.count);
    out += line + "\n";
  }
  return out;
}

// A stage as the person hears it: what they do there, not the staff's name for it.
std::string person_stage(context& ctx, const cases::position& p) {
  return ctx.msg("person.stage." + std::string(cases::to_string(p.at)));
}

// What the person reads: where they are, what happens next and why, in plain words; no rule ids,
// arrows or staff terms.
std::string person_text(context& ctx, const engine::decision& d) {
  std::string out = ctx.msg("person.header", d.as_of) + "\n";
  if (!d.ok()) return out + ctx.msg("person.error") + "\n";
  const auto& s = d.step;
  out += ctx.msg("person.position", person_stage(ctx, s.from)) + "\n";
  if (s.step == "stay" || !s.to)
    out += ctx.msg("person.stay") + "\n";
  else if (!s.accepted)
    out += ctx.msg("person.up_refused") + "\n";
  else
    out += ctx.msg(s.step == "up" ? "person.up" : "person.down", person_stage(ctx, *s.to)) + "\n";
  for (const auto& r : s.reasons) out += reason_block(ctx, r, audience::person, "");
  // Each programme and place by its name, with what its rules say to the person.
  std::string programs;
  for (const auto& e : d.eligibility)
    if (e.eligible) {
      programs += ctx.msg("person.item", ctx.name("program", e.program)) + "\n";
      for (const auto& r : e.reasons) programs += reason_block(ctx, r, audience::person, "  ");
    }
  if (!programs.empty()) out += ctx.msg("person.programs") + "\n" + programs;
  if (!d.referrals.empty()) {
    out += ctx.msg("person.referrals") + "\n";
    for (const auto& r : d.referrals) {
      out += ctx.msg("person.item", ctx.name("referral", r.target)) + "\n";
      for (const auto& why : r.reasons) out += reason_block(ctx, why, audience::person, "  ");
    }
  }
  std::string alerts;
  for (const auto& a : d.alerts) alerts += reason_block(ctx, a.why, audience::person, "");
  if (!alerts.empty()) out += ctx.msg("person.alerts") + "\n" + alerts;
  return out;
}

}  // namespace

std::string position_text(context& ctx, const cases::position& p) {
  const std::string stage = ctx.name("stage", std::string(cases::to_string(p.at)));
  if (p.rung.empty()) return stage;
  return ctx.language() == "ja" ? fmt::format("{}（{}）", stage, ctx.name("rung", p.rung)) : stage + "/" + p.rung;
}

std::string decision_text(context& ctx, const engine::decision& d, audience who, bool explain) {
  if (who == audience::person) return person_text(ctx, d);
  std::string out = ctx.msg("decision.header", d.case_id, d.as_of, d.region, d.pack_version) + "\n";
  if (!d.ok()) {
    out += ctx.msg("decision.rule_error", d.error->code, d.error->where, d.error->message) + "\n";
    return out;
  }
  out += ctx.msg("decision.status", ctx.name("status", d.process_status), position_text(ctx, d.step.from)) + "\n";
  const auto& s = d.step;
  if (s.step == "stay") {
    out += ctx.msg("decision.stay") + "\n";
  } else {
    const std::string verdict = s.accepted ? ctx.msg("decision.accepted") : ctx.msg("decision.refused", ctx.pick(s.refusal));
    out += ctx.msg("decision.step", arrow(s.step), ctx.name("step", s.step), position_text(ctx, *s.to), verdict,
                   s.skip ? ctx.msg("decision.skip") : "") +
           "\n";
  }
  for (const auto& r : s.reasons) out += reason_block(ctx, r, who, "  ");
  if (!s.overruled.empty()) {
    out += "  " + ctx.msg("decision.overruled") + "\n";
    for (const auto& r : s.overruled) {
      out += reason_block(ctx, r, who, "    ");
      if (!r.superseded_by.empty()) out += "        " + ctx.msg("decision.superseded_by", r.superseded_by) + "\n";
    }
  }
  if (!s.would_flip.empty()) {
    out += "  " + ctx.msg("decision.would_flip") + "\n";
    for (const auto& r : s.would_flip)
      for (const auto& c : r.checks) out += fmt::format("    {} {}\n", r.rule_id, check_text(ctx, c));
  }
  for (const auto& e : d.eligibility) {
    out += ctx.msg("decision.eligibility", ctx.coded("program", e.program),
                   ctx.msg(e.eligible ? "decision.eligible" : "decision.not_eligible")) +
           "\n";
    for (const auto& r : e.reasons) out += reason_block(ctx, r, who, "  ");
  }
  for (const auto& r : d.referrals) {
    out += ctx.msg("decision.referral", ctx.coded("referral", r.target), ctx.name("urgency", r.urgency),
                   r.warm_handoff ? ctx.msg("decision.warm_handoff") : "") +
           "\n";
    for (const auto& why : r.reasons) out += reason_block(ctx, why, who, "  ");
  }
  for (const auto& a : d.alerts) {
    out += ctx.msg("decision.alert", ctx.name("severity", a.severity), ctx.coded("alert", a.code),
                   a.due.empty() ? "" : ctx.msg("decision.due", a.due)) +
           "\n";
    out += reason_block(ctx, a.why, who, "  ");
  }
  if (explain) {
    out += ctx.msg("decision.trace") + "\n";
    out += "  " + ctx.msg("decision.legend") + "\n";
    for (const auto& t : d.trace) {
      out += fmt::format("  {} {} ({}) {}{}{}\n", t.fired ? "●" : t.skipped ? "–" : "○", t.rule_id, ctx.name("module", t.module),
                         t.where, t.superseded_by.empty() ? "" : ctx.msg("decision.trace_superseded", t.superseded_by),
                         t.skipped ? ctx.msg("decision.trace_skipped") : "");
      for (const auto& c : t.checks) out += fmt::format("      {} {}\n", c.passed ? "✓" : "✗", check_text(ctx, c));
    }
  }
  return out;
}

std::string decision_line(context& ctx, const engine::decision& d, bool applied, bool stored) {
  if (!d.ok()) return fmt::format("{}  {} {} {}", d.as_of, d.error->code, d.error->where, d.error->message);
  const auto& s = d.step;
  std::string line = fmt::format("{}  {:<10}  {}", d.as_of, ctx.name("status", d.process_status), position_text(ctx, s.from));
  if (s.step != "stay" && s.to) {
    line += fmt::format(" {} {}", arrow(s.step), position_text(ctx, *s.to));
    std::string rules;
    for (const auto& r : s.reasons) rules += (rules.empty() ? "" : ",") + r.rule_id;
    line += fmt::format("  [{}] {}", rules,
                        s.accepted ? ctx.msg(applied ? (stored ? "line.committed" : "line.applied") : "line.accepted")
                                   : ctx.msg("line.refused", ctx.pick(s.refusal)));
  } else if (!s.reasons.empty()) {
    line += "  " + ctx.msg("line.held_by", s.reasons.front().rule_id);
  }
  // A month's line stays short: English keeps the alert's code, Japanese names it.
  for (const auto& a : d.alerts) line += fmt::format("  !{}", ctx.language() == "ja" ? ctx.name("alert", a.code) : a.code);
  return line;
}

std::string decisions_text(context& ctx, const std::vector<cases::meeting_decision>& decisions) {
  std::string out;
  for (const auto& d : decisions) {
    out += (out.empty() ? "" : ", ") + ctx.name("decision", d.decision);
    if (!d.program.empty()) out += " " + ctx.name("program", d.program);
    if (!d.target.empty()) out += " → " + ctx.name("referral", d.target);
    if (d.to) out += " → " + position_text(ctx, *d.to);
  }
  return out;
}

std::string timeline_text(context& ctx, const cases::case_state& s) {
  const auto& h = s.header;
  std::string out = fmt::format("{}({}) · {} · {} {}\n", h.person.pseudonym.empty() ? "" : h.person.pseudonym + " ", h.id,
                                h.region, ctx.msg("timeline.as_of"), s.as_of.to_string());
  out += ctx.msg("timeline.status", ctx.name("status", std::string(cases::to_string(s.status))),
                 s.closure_reason.empty() ? "" : ctx.msg("timeline.closure", ctx.name("closure", s.closure_reason)),
                 s.opened_on.to_string(), position_text(ctx, s.position)) +
         "\n";
  out += facts_text(ctx, s);
  out += ctx.msg("timeline.history") + "\n";
  for (const auto& m : s.timeline) {
    if (m.direction == "start") {
      out += fmt::format("  {}  {:<7} {}\n", m.on.to_string(), ctx.msg("timeline.start"), position_text(ctx, m.to));
      continue;
    }
    out += fmt::format("  {}  {} {:<5} {} → {}\n", m.on.to_string(), arrow(m.direction), m.rule_id, position_text(ctx, *m.from),
                       position_text(ctx, m.to));
    const std::string why = ctx.pick(m.reason);
    if (!why.empty()) out += fmt::format("              {}\n", why);
  }
  if (s.status == cases::process_status::closed && s.closed_on)
    out += fmt::format("  {}  {}{}{}\n", s.closed_on->to_string(), ctx.msg("timeline.closed"),
                       ctx.msg("timeline.closure", ctx.name("closure", s.closure_reason)),
                       !s.closure_agreed ? ctx.msg("timeline.agreement_unrecorded")
                                         : ctx.msg(*s.closure_agreed ? "timeline.agreed" : "timeline.not_agreed"));
  if (!s.meetings.empty()) {
    out += ctx.msg("timeline.meetings") + "\n";
    for (const auto& m : s.meetings) {
      // The minutes are the worker's own words, in one language: `meeting show` and `history` give them.
      out += fmt::format("  {}  {} {}: {}\n", m.on.to_string(), ctx.name("meeting", m.kind), m.id, decisions_text(ctx, m.decisions));
    }
  }
  if (!s.voided.empty()) {
    // The fold left these out; say so, or the timeline would silently disagree with the history.
    out += ctx.msg("timeline.voided") + "\n";
    for (const auto& v : s.voided)
      out += fmt::format("  #{} {} {}  {} #{} ({}): {}\n", v.seq, v.on.to_string(), ctx.name("event", v.type),
                         ctx.msg("timeline.voided_by"), v.voided_by, v.voided_on.to_string(), v.reason);
  }
  return out;
}

}  // namespace hashigo::cli
