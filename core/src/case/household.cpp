#include <hashigo/case/fold.hpp>
#include <hashigo/case/household.hpp>

#include <algorithm>

namespace hashigo::cases {

void link_household(case_state& s, const household_record& h, const std::map<std::string, const case_state*>& others) {
  linked_household link{h.id, h.kind, h.since, {}, {}};
  const finance_state* newest = s.finance ? &*s.finance : nullptr;
  for (const auto& entry : h.members) {
    linked_member m{entry.case_id, entry.relation, entry.case_id == s.header.id, {}, {}, {}, {}, {}, {}};
    const case_state* c = m.self ? &s : nullptr;
    if (!m.self && !entry.case_id.empty()) {
      const auto it = others.find(entry.case_id);
      if (it != others.end()) c = it->second;
    }
    std::optional<date> born = entry.birth_date;
    if (c) {
      if (c->header.person.birth_date) born = c->header.person.birth_date;
      m.status = c->status;
      m.position = c->position;
      m.status_since = c->status_since;
      m.closure_reason = c->closure_reason;
      // A closed case uses no programme any more, whatever its enrolments still say.
      for (const auto& p : c->programs)
        if (p.active && c->status != process_status::closed) m.programs.push_back(p.program);
      std::sort(m.programs.begin(), m.programs.end());
      m.programs.erase(std::unique(m.programs.begin(), m.programs.end()), m.programs.end());
      // A later record of the same household's money, made in another member's case, is the
      // household's current picture (ties keep the case's own).
      if (!m.self && c->finance && (!newest || newest->on < c->finance->on)) {
        newest = &*c->finance;
        link.finance_case = c->header.id;
      }
    }
    if (born) {
      m.age = years_between(*born, s.as_of);
      if (*m.age >= 65) s.derived.household_has_member_65_plus = true;
    }
    link.members.push_back(std::move(m));
  }
  if (!link.finance_case.empty()) s.finance = *newest;
  // The record is the household's own account: its kind holds, and it has at least its members.
  if (!h.kind.empty()) s.header.household.kind = h.kind;
  s.header.household.size = std::max(s.header.household.size, static_cast<int>(h.members.size()));
  s.household_link = std::move(link);
}

household_book::household_book(std::vector<household_record> records, loader load)
    : records_(std::move(records)), load_(std::move(load)) {
  std::sort(records_.begin(), records_.end(), [](const auto& a, const auto& b) {
    return a.id != b.id ? a.id < b.id : a.since < b.since;
  });
  for (std::size_t i = 0; i < records_.size(); ++i)
    for (const auto& m : records_[i].members)
      if (!m.case_id.empty()) by_case_.emplace(m.case_id, i);
}

const household_record* household_book::record_for(const std::string& case_id, date on) const {
  // A case names at most one household at a time; should two records name it, the one that took
  // effect last holds (then the larger id, so the answer does not depend on load order).
  const household_record* best = nullptr;
  const auto [from, to] = by_case_.equal_range(case_id);
  for (auto it = from; it != to; ++it) {
    const auto& r = records_[it->second];
    if (r.since > on) continue;
    // A later version of the same household replaces this one once in force, even without the case.
    const bool superseded = it->second + 1 < records_.size() && records_[it->second + 1].id == r.id &&
                            records_[it->second + 1].since <= on;
    if (superseded) continue;
    if (!best || best->since < r.since || (best->since == r.since && best->id < r.id)) best = &r;
  }
  return best;
}

std::optional<case_state> household_book::linked(const case_state& s) {
  const auto* record = record_for(s.header.id, s.as_of);
  if (!record) return std::nullopt;
  if (folded_on_ != s.as_of) {
    folded_.clear();
    folded_on_ = s.as_of;
  }
  std::map<std::string, const case_state*> others;
  for (const auto& m : record->members) {
    if (m.case_id.empty() || m.case_id == s.header.id) continue;
    if (auto it = folded_.find(m.case_id); it != folded_.end()) {
      others.emplace(m.case_id, &it->second);
      continue;
    }
    auto [c, fresh] = cases_.try_emplace(m.case_id);
    if (fresh) c->second = load_(m.case_id);
    // A member whose case had not opened by the day is shown without a status.
    if (!c->second || c->second->events.empty() || s.as_of < c->second->events.front().on) continue;
    auto [f, _] = folded_.emplace(m.case_id, fold(c->second->header, c->second->events, s.as_of));
    others.emplace(m.case_id, &f->second);
  }
  case_state out = s;
  link_household(out, *record, others);
  return out;
}

}  // namespace hashigo::cases
