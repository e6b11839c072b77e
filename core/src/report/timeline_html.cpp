#include <hashigo/report/event_text.hpp>
#include <hashigo/report/timeline_html.hpp>
#include <hashigo/text/messages.hpp>

#include "html.hpp"
#include "ladder_svg.hpp"
#include "page_style.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace hashigo::report {

namespace {

using html::both;
using html::escape;
using html::message;
using html::page_end;
using html::page_start;
using nlohmann::json;

// The fitting tasks a month's match shows with their reasons (the rest are counted).
constexpr long k_match_shown = 5;

// The writer of one page: the options and the naming every part of it uses.
class page {
 public:
  page(const timeline& t, const html_options& o) : t_(t), o_(o) {}

  std::string write() const {
    const auto& first = *t_.branches.front().run;
    const cases::localized title = localized_of(first.header.value("title", json()));
    std::string out = page_start(o_.lang, o_.lang == "ja" ? (title.ja.empty() ? title.en : title.ja) : (title.en.empty() ? title.ja : title.en));
    out += header(first, title);
    if (!t_.quiz.empty()) out += quiz_intro();
    out += chart();
    out += differences();
    out += "<h2>" + message("report.months") + "</h2>\n";
    std::size_t months = 0;
    for (const auto& b : t_.branches) months = std::max(months, b.run->months.size());
    for (std::size_t i = 0; i < months; ++i) out += month(i);
    out += "<footer>" + message("report.footer") + "</footer>\n";
    return out + page_end();
  }

 private:
  const timeline& t_;
  const html_options& o_;

  std::string name(std::string_view kind, const std::string& code) const {
    return both([&](const std::string& lang) { return o_.names.name(kind, code, lang); });
  }

  std::string position(const cases::position& p) const {
    return both([&](const std::string& lang) {
      const std::string stage = o_.names.name("stage", std::string(cases::to_string(p.at)), lang);
      return p.rung.empty() ? stage : fmt::format(fmt::runtime(lang == "ja" ? "{}（{}）" : "{} ({})"), stage, o_.names.name("rung", p.rung, lang));
    });
  }

  std::string header(const sim::scenario_run& first, const cases::localized& title) const {
    std::string out = "<header>\n<h1>" + both(title) + "</h1>\n";
    const auto goal = localized_of(first.header.value("goal", json()));
    if (!goal.ja.empty() || !goal.en.empty())
      out += "<div class=\"goal\"><b>" + message("sim.goal") + ":</b> " + both(goal) + "</div>\n";
    out += fmt::format("<p class=\"meta\">{} <code>{}</code> · sha256 <code>{}</code> · {} <code>{}</code></p>\n", message("report.scenario"),
                       escape(first.path), first.scenario_digest.substr(0, 16), message("report.seed"), first.seed);
    for (std::size_t i = 0; i < t_.branches.size(); ++i) {
      const auto& b = t_.branches[i];
      const auto& d = b.run->months.empty() ? engine::decision{} : b.run->months.back().decision;
      out += fmt::format("<p class=\"meta\"><span class=\"swatch\" style=\"background:{}\"></span><b>{}</b> · {} <code>{}</code> {} · {} <code>{}</code></p>\n",
                         branch_colour(i), escape(b.label), message("report.pack"), escape(b.run->region), escape(d.pack_version),
                         message("report.pack_digest"), d.pack_digest.substr(0, 16));
    }
    return out + "</header>\n";
  }

  std::string quiz_intro() const {
    return "<div class=\"goal\">" + message("report.quiz_intro") + fmt::format(" ({})", t_.quiz.size()) + "</div>\n";
  }

  std::string legend() const {
    std::string out = "<div class=\"legend\">";
    auto item = [&out](const std::string& svg, const std::string& text) {
      out += R"(<span><svg class="icon" width="18" height="16" viewBox="0 0 18 16">)" + svg + "</svg> " + text + "</span>";
    };
    item(R"(<path d="M9 2 l6 10 h-12 z" fill="#555"/>)", message("report.legend.up"));
    item(R"(<path d="M9 14 l6 -10 h-12 z" fill="#555"/>)", message("report.legend.down"));
    item(R"(<circle cx="9" cy="8" r="5" fill="#555"/>)", message("report.legend.stay"));
    item(R"(<circle cx="9" cy="8" r="5" fill="#fff" stroke="#555" stroke-width="2"/>)", message("report.legend.paused"));
    item(R"(<path d="M9 2 l6 6 l-6 6 l-6 -6 z" fill="#6b4fbb"/>)", message("report.legend.choice"));
    item(R"(<path d="M9 3 l5 10 h-10 z" fill="#d93025"/>)", message("report.legend.alert"));
    if (!t_.differences.empty()) item(R"(<line x1="9" y1="0" x2="9" y2="16" class="diverge"/>)", message("report.legend.diverge"));
    for (std::size_t i = 0; i < t_.branches.size() && t_.branches.size() > 1; ++i)
      out += fmt::format(R"(<span><span class="swatch" style="background:{}"></span>{}</span>)", branch_colour(i), escape(t_.branches[i].label));
    return out + "</div>\n";
  }

  std::string chart() const {
    std::string body = "<div class=\"chart\">" + ladder_svg(t_, o_.names) + "</div>\n" + legend();
    // In a quiz the chart would give the answers away: it waits behind its own button.
    if (!t_.quiz.empty())
      return "<h2>" + message("report.ladder") + "</h2>\n<details class=\"reveal\"><summary>" + message("report.show_chart") + "</summary>" + body +
             "</details>\n";
    return "<h2>" + message("report.ladder") + "</h2>\n" + body;
  }

  std::string check(const engine::check& c) const {
    return fmt::format("<li class=\"{}\">{}</li>", c.passed ? "pass" : "fail",
                       both([&](const std::string& lang) { return engine::describe(c, lang, o_.names.namer(lang)); }));
  }

  std::string reason(const engine::reason& r) const {
    if (o_.person) return r.plain.ja.empty() && r.plain.en.empty() ? "" : "<li>" + both(r.plain) + "</li>";
    std::string out = fmt::format("<li><span class=\"rule\">{}</span> <b>{}</b> — {}", escape(r.rule_id), both(r.title()), both(r.text));
    if (!r.checks.empty()) {
      out += "<ul class=\"checks\">";
      for (const auto& c : r.checks) out += check(c);
      out += "</ul>";
    }
    std::string refs;
    for (const auto& c : r.references())
      refs += (refs.empty() ? "" : "; ") + both(c.title) + (c.section.empty() ? "" : " " + escape(c.section));
    out += fmt::format("<div class=\"refs\">{}: {} · <code>{}</code></div>", message("decision.references"),
                       refs.empty() ? message("decision.references_none") : refs, escape(r.where()));
    for (const auto& d : r.defaults_used) {
      std::string value = d.value.is_string() ? d.value.get<std::string>() : d.value.dump();
      if (value.size() > 60) value = "…";
      out += fmt::format("<div class=\"default\">{}: <code>{}</code> = {}{}</div>", message("decision.default_used"), escape(d.parameter),
                         escape(value), d.unit.empty() ? "" : " [" + escape(d.unit) + "]");
    }
    return out + "</li>";
  }

  std::string reasons(const std::vector<engine::reason>& rs) const {
    std::string items;
    for (const auto& r : rs) items += reason(r);
    return items.empty() ? "" : "<ul class=\"reasons\">" + items + "</ul>";
  }

  // One month's decision; `before` is the branch's month before (null in the first).
  std::string decision(const sim::scenario_month& m, const sim::scenario_month* before) const {
    const auto& d = m.decision;
    if (!d.ok())
      return fmt::format("<div class=\"decision error\">{} <code>{}</code> {}</div>", escape(d.error->code), escape(d.error->where),
                         escape(d.error->message));
    const auto& s = d.step;
    const std::string taken = decided_step(m);
    std::string out = fmt::format("<div class=\"decision {}\"><div class=\"step\">{} · ", taken, name("status", d.process_status));
    if (s.step != "stay" && s.to) {
      out += position(s.from) + (s.step == "up" ? " ↑ " : " ↓ ") + position(*s.to) + " — ";
      out += s.accepted ? message(m.committed ? "report.step_taken" : "line.accepted")
                        : both([&](const std::string& lang) { return text::msg("line.refused", lang, lang == "ja" ? s.refusal.ja : s.refusal.en); });
    } else {
      out += position(s.from) + " — " + message("decision.stay");
    }
    out += "</div>" + reasons(s.reasons);
    std::string eligible;
    for (const auto& e : d.eligibility)
      if (e.eligible) eligible += (eligible.empty() ? "" : "、") + name("program", e.program);
    if (!eligible.empty()) out += "<div class=\"small\">" + message("report.eligible") + ": " + eligible + "</div>";
    // What the month before already said is named again, not explained again.
    auto referred_before = [&](const std::string& target) {
      return before && std::any_of(before->decision.referrals.begin(), before->decision.referrals.end(),
                                   [&](const auto& x) { return x.target == target; });
    };
    auto alerted_before = [&](const std::string& code) {
      return before && std::any_of(before->decision.alerts.begin(), before->decision.alerts.end(), [&](const auto& x) { return x.code == code; });
    };
    for (const auto& r : d.referrals) {
      const bool again = referred_before(r.target);
      out += fmt::format("<div class=\"small\">{}: <b>{}</b> ({}{}){}</div>{}", message("report.referral"), name("referral", r.target),
                         name("urgency", r.urgency), r.warm_handoff ? " · " + message("report.warm_handoff") : "",
                         again ? " " + message("report.continuing") : "", again ? "" : reasons(r.reasons));
    }
    if (!d.alerts.empty()) {
      out += "<ul class=\"alerts\">";
      for (const auto& a : d.alerts)
        out += fmt::format("<li class=\"alert {}\">⚠ {} · {}{} — {}</li>", escape(a.severity), name("severity", a.severity), name("alert", a.code),
                           a.due.empty() ? "" : fmt::format(" ({} {})", message("report.due"), escape(a.due)),
                           alerted_before(a.code) ? message("report.continuing") : o_.person ? both(a.why.plain) : both(a.why.text));
      out += "</ul>";
    }
    return out + "</div>";
  }

  std::string event_item(const cases::event& e, const std::string& who) const {
    const std::string type{cases::type_name(e.body)};
    return fmt::format("<li{}><time>{}</time>{}<b>{}</b> <span class=\"fields\">{}</span></li>", who.empty() ? "" : " class=\"member\"",
                       e.on.to_string(), who.empty() ? "" : "<span class=\"who\">" + escape(who) + "</span>", name("event", type),
                       escape(event_fields(e)));
  }

  // The month's events: the case's own, then those of the scenario's other cases, by whose.
  std::string events(const sim::scenario_run& run, const sim::scenario_month& m) const {
    if (m.events.empty() && m.member_events.empty()) return "";
    std::string out = "<ul class=\"events\">";
    for (const auto& e : m.events) out += event_item(e, "");
    for (const auto& o : m.member_events) out += event_item(o.event, sim::case_name(run, o.case_id));
    return out + "</ul>";
  }

  // An m.match of the month: the fitting tasks at the top with the criteria's reasons (the plain
  // ones for the person), and how many more fit or were left out.
  std::string match(const json& x) const {
    const json& tasks = x["match"]["tasks"];
    const auto fitting = std::count_if(tasks.begin(), tasks.end(), [](const json& t) { return t.value("fits", false); });
    const std::string day = x.value("date", "");
    std::string out = "<div class=\"match\"><b>⚖ " + both([&](const std::string& lang) {
      return text::msg("sim.match", lang, day, fitting, tasks.size());
    }) + "</b><ol>";
    long shown = 0;
    for (const auto& t : tasks) {
      if (!t.value("fits", false) || shown == k_match_shown) break;
      ++shown;
      out += fmt::format("<li>{} / {} <span class=\"small\">({}/{})</span> <span class=\"score\">{:+g}</span><ul class=\"why\">",
                         both(localized_of(t["title"])), escape(t.value("employer_name", "")), escape(t.value("employer", "")),
                         escape(t.value("task", "")), t.value("score", 0.0));
      for (const auto& why : t["reasons"]) {
        const double points = why.value("points", 0.0);
        out += fmt::format("<li>{} {}{}</li>", points > 0 ? "+" : points < 0 ? "−" : "·", both(localized_of(why[o_.person ? "plain" : "reason"])),
                           o_.person ? "" : " <span class=\"rule\">" + escape(why.value("criterion", "")) + "</span>");
      }
      out += "</ul></li>";
    }
    out += "</ol>";
    // the tasks that do not fit, with what excluded them: often the lesson ("why not that one?")
    long listed = 0;
    std::string left_out;
    for (const auto& t : tasks) {
      if (t.value("fits", false) || listed == k_match_shown) continue;
      ++listed;
      std::string why;
      for (const auto& w : t["reasons"])
        if (w.value("exclude", false))
          why += (why.empty() ? "" : "; ") + both(localized_of(w[o_.person ? "plain" : "reason"])) +
                 (o_.person ? "" : " <span class=\"rule\">" + escape(w.value("criterion", "")) + "</span>");
      left_out += fmt::format("<li>× {} / {} — {}</li>", both(localized_of(t["title"])), escape(t.value("employer_name", "")), why);
    }
    if (!left_out.empty()) out += "<ul class=\"excluded\">" + left_out + "</ul>";
    const auto excluded = static_cast<long>(tasks.size()) - fitting;
    if (fitting > shown || excluded > listed)
      out += "<p class=\"small\">" +
             both([&](const std::string& lang) { return text::msg("report.match_more", lang, fitting - shown, excluded - listed); }) + "</p>";
    return out + "</div>";
  }

  std::string divergence_summary(const std::optional<sim::divergence>& d) const {
    if (!d) return message("report.same_throughout");
    std::string parts;
    for (const auto& p : d->parts) parts += (parts.empty() ? "" : ", ") + message("sim.part." + p);
    std::string rules;
    for (const auto& r : d->rules) rules += (rules.empty() ? " — " : ", ") + fmt::format("<span class=\"rule\">{}</span>", escape(r.rule_id));
    return fmt::format("{} {} ({}) · {}{}", message("report.first_difference"),
                       both([&](const std::string& lang) { return text::msg("sim.month", lang, d->index + 1); }), escape(d->as_of), parts, rules);
  }

  static std::string say(const nlohmann::json& line) { return "<p class=\"say\">" + both(localized_of(line)) + "</p>"; }

  std::string choice(const sim::choice& c) const {
    std::string out = "<div class=\"choice\"><b>? " + both(localized_of(c.prompt)) + "</b><ul>";
    for (const auto& [key, text] : c.options) {
      if (key == c.taken) {
        out += fmt::format("<li class=\"taken\">{}) {} <span class=\"small\">[{}]</span></li>", escape(key), both(localized_of(text)),
                           message("sim.how." + c.how));
        continue;
      }
      out += fmt::format("<li class=\"not-taken\">{}) {}", escape(key), both(localized_of(text)));
      for (const auto& r : t_.roads)
        if (r.month == c.month && r.choice_id == c.id && r.option == key)
          out += "<div class=\"road\">" + message("report.road_not_taken") + ": " + divergence_summary(r.first_difference) + "</div>";
      out += "</li>";
    }
    return out + "</ul></div>";
  }

  std::string differences() const {
    if (t_.differences.empty()) return "";
    std::string out = "<div class=\"differences\"><b>" + message("report.differences") + "</b><ul>";
    for (const auto& p : t_.differences) {
      out += fmt::format("<li><b>{}</b> / <b>{}</b>: {}", escape(t_.branches[p.a].label), escape(t_.branches[p.b].label),
                         divergence_summary(p.first_difference));
      if (p.first_difference) {
        out += "<ul class=\"checks\">";
        for (const auto& r : p.first_difference->rules) {
          auto fired = [](bool f) { return message(f ? "sim.yes" : "sim.no"); };
          out += fmt::format("<li><span class=\"rule\">{}</span> {} {} / {} {}", escape(r.rule_id), escape(t_.branches[p.a].label), fired(r.fired_a),
                             escape(t_.branches[p.b].label), fired(r.fired_b));
          for (const auto& [label, said] : {std::pair{&t_.branches[p.a].label, &r.said_a}, std::pair{&t_.branches[p.b].label, &r.said_b}})
            if (!said->ja.empty() || !said->en.empty()) out += "<div class=\"small\">" + escape(*label) + ": » " + both(*said) + "</div>";
          for (const auto& c : r.checks) {
            for (const auto* side : {&c.a, &c.b}) {
              const std::string& label = side == &c.a ? t_.branches[p.a].label : t_.branches[p.b].label;
              out += "<div class=\"small\">" + escape(label) + ": " +
                     (side->label.empty() ? message("sim.not_checked")
                                          : (side->passed ? "✓ " : "✗ ") + both([&](const std::string& lang) {
                                              return engine::describe(*side, lang, o_.names.namer(lang));
                                            })) +
                     "</div>";
            }
          }
          out += "</li>";
        }
        out += "</ul>";
      }
      out += "</li>";
    }
    return out + "</ul></div>\n";
  }

  std::string question(const quiz_question& q, std::size_t number) const {
    std::string out = fmt::format("<div class=\"question\" data-kind=\"{}\"><b>Q{}.</b> {}<ol>", escape(q.kind), number, both(q.prompt));
    for (const auto& [key, text] : q.options) out += fmt::format("<li><span class=\"key\">{})</span>{}</li>", escape(key), both(text));
    out += "</ol>";
    std::string answer;
    if (q.answer.empty()) {
      answer = message("report.quiz.open");
    } else {
      for (const auto& [key, text] : q.options)
        if (key == q.answer) answer = fmt::format("{}) {}", escape(key), both(text));
    }
    out += "<details class=\"reveal\"><summary>" + message("report.reveal") + "</summary><p class=\"answer\">" + message("report.answer") + ": " + answer +
           "</p>";
    if (!q.why.ja.empty() || !q.why.en.empty()) out += "<p>" + both(q.why) + "</p>";
    return out;  // the month closes the <details> after what the answer reveals
  }

  // One month: narration, then per branch the choices, events and decision. In a quiz, a month
  // with questions keeps its events and decision inside the last question's reveal.
  std::string month(std::size_t i) const {
    const auto& first = *t_.branches.front().run;
    const int number = static_cast<int>(i) + 1;
    std::string out = fmt::format("<section class=\"month\" id=\"m{}\"><h3>{}", number,
                                  both([&](const std::string& lang) { return text::msg("sim.month", lang, number); }));
    if (i < first.months.size()) out += " · " + first.months[i].last_day.year_month();
    out += "</h3>\n";
    std::vector<std::string> sayings;  // narration shared by every branch is said once
    for (const auto& b : t_.branches)
      if (i < b.run->months.size())
        for (const auto* s : sim::sayings_after(b.run->months[i], "")) {
          const std::string line = say(*s);
          if (std::find(sayings.begin(), sayings.end(), line) == sayings.end()) sayings.push_back(line);
        }
    for (const auto& s : sayings) out += s;
    std::string questions;
    std::size_t open = 0;
    for (std::size_t k = 0; k < t_.quiz.size(); ++k)
      if (t_.quiz[k].month == number) {
        questions += (open ? "</details></div>" : "") + question(t_.quiz[k], k + 1);
        ++open;
      }
    std::string body = t_.branches.size() > 1 ? fmt::format("<div class=\"branches\" style=\"--branches:{}\">", t_.branches.size()) : "";
    for (std::size_t b = 0; b < t_.branches.size(); ++b) {
      const auto& run = *t_.branches[b].run;
      if (i >= run.months.size()) continue;
      const auto& m = run.months[i];
      if (t_.branches.size() > 1)
        body += fmt::format("<div><div class=\"branch-label\" style=\"border-color:{}\">{}</div>", branch_colour(b), escape(t_.branches[b].label));
      for (const auto& c : m.choices) {
        body += choice(c);
        for (const auto* s : sim::sayings_after(m, c.id)) body += say(*s);
      }
      for (const auto& x : m.matches) body += match(x);  // what the month's placements were chosen from
      body += events(run, m);
      body += decision(m, i > 0 ? &run.months[i - 1] : nullptr);
      if (t_.branches.size() > 1) body += "</div>";
    }
    if (t_.branches.size() > 1) body += "</div>";
    if (open) return out + questions + body + "</details></div></section>\n";
    return out + body + "</section>\n";
  }
};

}  // namespace

std::string timeline_html(const timeline& t, const html_options& o) {
  if (t.branches.empty()) return {};
  return page(t, o).write();
}

}  // namespace hashigo::report
