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
  const bool ja = ctx.language() == "ja";
  std::string refs;
  for (const auto& c : r.references())
    refs += (refs.empty() ? "" : "; ") + ctx.pick(c.title) + (c.section.empty() ? "" : " " + c.section);
  std::string out = fmt::format("{}    {} · {}: {}\n", indent, r.where(), ja ? "出典" : "references",
                                refs.empty() ? (ja ? "なし" : "none") : refs);
  for (const auto& d : r.defaults_used)
    out += fmt::format("{}    {}: {} = {}{}\n", indent, ja ? "既定値（出典なし）" : "default (no source)", d.parameter,
                       d.value.is_string() ? d.value.get<std::string>() : d.value.dump(),
                       d.unit.empty() ? "" : " [" + d.unit + "]");
  return out;
}

std::string reason_block(context& ctx, const engine::reason& r, audience who, const std::string& indent) {
  std::string out;
  const std::string text = ctx.pick(who == audience::person ? r.plain : r.text);
  out += fmt::format("{}{} {} — {}\n", indent, r.rule_id, ctx.pick(r.title()), text);
  if (who == audience::person) return out;
  for (const auto& c : r.checks) out += fmt::format("{}    · {}\n", indent, engine::describe(c, ctx.language()));
  return out + provenance_lines(ctx, r, indent);
}

// The facts beyond the ladder that a worker looks for first: where the household lives, school,
// legal status and follow-ups. Nothing is printed for a fact not recorded.
std::string facts_text(bool ja, const cases::case_state& s) {
  std::string out;
  const auto& h = s.header.household;
  if (const auto pref = cases::prefecture_name(h.prefecture)) {
    std::string line = fmt::format("{}: {} ({})", ja ? "住所地" : "lives in", ja ? pref->ja : pref->en, h.prefecture);
    if (!h.municipality.empty()) line += fmt::format(", {} {}", ja ? "市区町村" : "municipality", h.municipality);
    if (s.moved_on) line += fmt::format(fmt::runtime(ja ? "（{} に転居）" : " (moved {})"), s.moved_on->to_string());
    out += line + "\n";
  }
  if (!s.schools.empty()) {
    const auto& x = s.schools.back();
    std::string line = fmt::format("{}: {}", ja ? "学校" : "school", x.kind);
    if (!x.left_on) {
      line += fmt::format(fmt::runtime(ja ? " 在学中（{} から" : ", enrolled since {}"), x.enrolled_on->to_string());
      if (x.expected_graduation_on)
        line += fmt::format(fmt::runtime(ja ? "、卒業予定 {}" : ", expected to graduate {}"), x.expected_graduation_on->to_string());
      line += ja ? "）" : "";
    } else {
      const bool graduated = x.left_reason == "graduated", dropped = x.left_reason == "dropped_out";
      line += fmt::format(" {} {}", ja ? (graduated ? "卒業" : dropped ? "中退" : "退学") : (graduated ? "graduated" : dropped ? "dropped out" : "left"),
                          x.left_on->to_string());
    }
    out += line + "\n";
  }
  if (s.legal) {
    std::string line = fmt::format("{}: {}", ja ? "触法・更生" : "legal status", s.legal->status);
    std::string period;
    if (s.legal->since) period += fmt::format(fmt::runtime(ja ? "{} から" : " since {}"), s.legal->since->to_string());
    if (s.legal->ends_on)
      period += fmt::format(fmt::runtime(ja ? (period.empty() ? "{} まで" : " {} まで") : " until {}"), s.legal->ends_on->to_string());
    line += ja && !period.empty() ? "（" + period + "）" : period;
    if (s.legal->released_on) line += fmt::format(fmt::runtime(ja ? "、出所 {}" : ", released {}"), s.legal->released_on->to_string());
    out += line + "\n";
  }
  const auto& f = s.derived.follow_ups;
  if (f.attempts > 0) {
    std::string line = fmt::format(fmt::runtime(ja ? "フォローアップ: {}回" : "follow-ups: {}"), f.count);
    if (f.last_on) line += fmt::format(fmt::runtime(ja ? "（最後 {}" : " (last {}"), f.last_on->to_string());
    if (f.after_closure > 0) line += fmt::format(fmt::runtime(ja ? "、終結後 {}回" : ", {} after the closure"), f.after_closure);
    if (f.last_on) line += ja ? "）" : ")";
    if (f.attempts > f.count)
      line += fmt::format(fmt::runtime(ja ? "、届かなかった試み {}回" : "; {} that reached nobody"), f.attempts - f.count);
    out += line + "\n";
  }
  return out;
}

}  // namespace

std::string position_text(context& ctx, const cases::position& p) {
  std::string stage = ctx.language() == "ja"
                          ? fmt::format("{}({})", cases::japanese_name(p.at), cases::to_string(p.at))
                          : std::string(cases::to_string(p.at));
  return p.rung.empty() ? stage : stage + "/" + p.rung;
}

std::string decision_text(context& ctx, const engine::decision& d, audience who, bool explain) {
  const bool ja = ctx.language() == "ja";
  std::string out = fmt::format("{} · {} · {} {} ({})\n", d.case_id, d.as_of, ja ? "パック" : "pack", d.region,
                                d.pack_version);
  if (d.status == "error") {
    out += fmt::format("{}: {} {}: {}\n", ja ? "ルールエラー" : "rule error", d.error->code, d.error->where, d.error->message);
    return out;
  }
  out += fmt::format("{}: {} · {}: {}\n", ja ? "状態" : "status", d.process_status, ja ? "現在の位置" : "position",
                     position_text(ctx, d.step.from));
  const auto& s = d.step;
  if (s.step == "stay") {
    out += ja ? "判定: 現状維持\n" : "step: stay\n";
  } else {
    const std::string verdict = s.accepted ? (ja ? "承認" : "accepted")
                                           : fmt::format("{}: {}", ja ? "却下" : "refused", ctx.pick(s.refusal));
    out += fmt::format("{}: {} {} {} [{}]{}\n", ja ? "判定" : "step", arrow(s.step), s.step,
                       position_text(ctx, *s.to), verdict, s.skip ? (ja ? "（飛び越し）" : " (skip)") : "");
  }
  for (const auto& r : s.reasons) out += reason_block(ctx, r, who, "  ");
  if (!s.overruled.empty() && who == audience::staff) {
    out += ja ? "  優先順位により採用されなかった提案:\n" : "  overruled (down beats hold beats up):\n";
    for (const auto& r : s.overruled) {
      out += reason_block(ctx, r, who, "    ");
      if (!r.superseded_by.empty())
        out += fmt::format(fmt::runtime(ja ? "        {} が発火したため採用されない（supersedes）\n" : "        superseded by {}\n"),
                           r.superseded_by);
    }
  }
  if (!s.would_flip.empty() && who == audience::staff) {
    out += ja ? "  判定が変わる条件:\n" : "  would change if:\n";
    for (const auto& r : s.would_flip)
      for (const auto& c : r.checks)
        out += fmt::format("    {} {}\n", r.rule_id, engine::describe(c, ctx.language()));
  }
  for (const auto& e : d.eligibility) {
    out += fmt::format("{} {}: {}\n", ja ? "利用要件" : "eligibility", e.program,
                       e.eligible ? (ja ? "あり" : "eligible") : (ja ? "なし" : "not eligible"));
    for (const auto& r : e.reasons) out += reason_block(ctx, r, who, "  ");
  }
  for (const auto& r : d.referrals) {
    out += fmt::format("{} {} ({}{})\n", ja ? "つなぎ先" : "referral", r.target, r.urgency,
                       r.warm_handoff ? (ja ? "・同行" : ", warm handoff") : "");
    for (const auto& why : r.reasons) out += reason_block(ctx, why, who, "  ");
  }
  for (const auto& a : d.alerts) {
    out += fmt::format("{} [{}] {}{}\n", ja ? "アラート" : "alert", a.severity, a.code,
                       a.due.empty() ? "" : fmt::format(" ({} {})", ja ? "期限" : "due", a.due));
    out += reason_block(ctx, a.why, who, "  ");
  }
  if (explain && who == audience::staff) {
    out += ja ? "評価したルール:\n" : "rules evaluated:\n";
    for (const auto& t : d.trace) {
      out += fmt::format("  {} {} ({}) {}{}\n", t.fired ? "●" : "○", t.rule_id, t.module, t.where,
                         t.superseded_by.empty() ? ""
                                                 : fmt::format(fmt::runtime(ja ? " — {} が優先" : " — superseded by {}"),
                                                               t.superseded_by));
      for (const auto& c : t.checks)
        out += fmt::format("      {} {}\n", c.passed ? "✓" : "✗", engine::describe(c, ctx.language()));
    }
  }
  return out;
}

std::string decision_line(context& ctx, const engine::decision& d, bool applied, bool stored) {
  const bool ja = ctx.language() == "ja";
  if (d.status == "error") return fmt::format("{}  {} {} {}", d.as_of, d.error->code, d.error->where, d.error->message);
  const auto& s = d.step;
  std::string line = fmt::format("{}  {:<10}  {}", d.as_of, d.process_status, position_text(ctx, s.from));
  if (s.step != "stay" && s.to) {
    line += fmt::format(" {} {}", arrow(s.step), position_text(ctx, *s.to));
    std::string rules;
    for (const auto& r : s.reasons) rules += (rules.empty() ? "" : ",") + r.rule_id;
    line += fmt::format("  [{}] {}", rules, s.accepted ? (applied ? (stored ? (ja ? "記録済み" : "committed") : (ja ? "反映" : "applied")) : (ja ? "承認" : "accepted"))
                                                       : (ja ? "却下: " : "refused: ") + ctx.pick(s.refusal));
  } else if (!s.reasons.empty()) {
    line += fmt::format("  ({} {})", ja ? "保留" : "held by", s.reasons.front().rule_id);
  }
  for (const auto& a : d.alerts) line += fmt::format("  !{}", a.code);
  return line;
}

std::string timeline_text(context& ctx, const cases::case_state& s) {
  const bool ja = ctx.language() == "ja";
  const auto& h = s.header;
  std::string out = fmt::format("{}{} · {} · {} {}\n", h.person.pseudonym.empty() ? "" : h.person.pseudonym + " ",
                                fmt::format("({})", h.id), h.region, ja ? "基準日" : "as of", s.as_of.to_string());
  out += fmt::format("{}: {}{} · {}: {} · {}: {}\n", ja ? "状態" : "status", cases::to_string(s.status),
                     s.closure_reason.empty() ? "" : fmt::format(" ({})", s.closure_reason), ja ? "開始" : "opened",
                     s.opened_on.to_string(), ja ? "現在の位置" : "position", position_text(ctx, s.position));
  out += facts_text(ja, s);
  out += ja ? "梯子の履歴:\n" : "ladder timeline:\n";
  for (const auto& m : s.timeline) {
    if (m.direction == "start") {
      out += fmt::format("  {}  {:<7} {}\n", m.on.to_string(), ja ? "開始" : "start", position_text(ctx, m.to));
      continue;
    }
    out += fmt::format("  {}  {} {:<5} {} → {}\n", m.on.to_string(), arrow(m.direction), m.rule_id,
                       position_text(ctx, *m.from), position_text(ctx, m.to));
    const std::string why = ctx.pick(m.reason);
    if (!why.empty()) out += fmt::format("              {}\n", why);
  }
  if (s.status == cases::process_status::closed && s.closed_on)
    out += fmt::format("  {}  {} ({})\n", s.closed_on->to_string(), ja ? "終結" : "closed", s.closure_reason);
  if (!s.voided.empty()) {
    // The fold left these out; say so, or the timeline would silently disagree with the history.
    out += ja ? "取り消された記録（event_voided）:\n" : "voided records (event_voided):\n";
    for (const auto& v : s.voided)
      out += fmt::format("  #{} {} {}  {} #{} ({}): {}\n", v.seq, v.on.to_string(), v.type, ja ? "取り消し" : "voided by",
                         v.voided_by, v.voided_on.to_string(), v.reason);
  }
  return out;
}

}  // namespace hashigo::cli
