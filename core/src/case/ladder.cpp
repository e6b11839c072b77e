#include <hashigo/case/ladder.hpp>

#include <fmt/format.h>

#include <iterator>

#include <algorithm>

namespace hashigo::cases {
namespace {

const std::vector<std::string>* rungs_of(const ladder_spec& spec, stage s) {
  auto it = spec.rungs.find(s);
  return it == spec.rungs.end() || it->second.empty() ? nullptr : &it->second;
}

// Index of a rung within its stage; -1 when the stage has rungs and this is not one of them.
int rung_index(const ladder_spec& spec, const position& p) {
  const auto* rungs = rungs_of(spec, p.at);
  if (!rungs) return p.rung.empty() ? 0 : -1;
  auto it = std::find(rungs->begin(), rungs->end(), p.rung);
  return it == rungs->end() ? -1 : static_cast<int>(it - rungs->begin());
}


}  // namespace

bool ladder_spec::contains(const position& p) const { return rung_index(*this, p) >= 0; }

position ladder_spec::first_of(stage s) const {
  const auto* list = rungs_of(*this, s);
  return position{s, list ? list->front() : std::string{}};
}

position ladder_spec::last_of(stage s) const {
  const auto* list = rungs_of(*this, s);
  return position{s, list ? list->back() : std::string{}};
}

std::optional<position> ladder_spec::neighbour(const position& p, int direction) const {
  const int i = rung_index(*this, p);
  const auto* list = rungs_of(*this, p.at);
  if (i >= 0 && list) {
    const int j = i + direction;
    if (j >= 0 && j < static_cast<int>(list->size())) return position{p.at, (*list)[static_cast<std::size_t>(j)]};
  }
  const int s = static_cast<int>(p.at) + direction;
  if (s < 0 || s >= static_cast<int>(all_stages.size())) return std::nullopt;
  const auto next = static_cast<stage>(s);
  return direction > 0 ? first_of(next) : last_of(next);
}

namespace {

// A position as format arguments (stage, "/", rung): no string is made for it.
struct position_text {
  std::string_view stage, slash, rung;
};
position_text text_of(const position& p) {
  return {to_string(p.at), p.rung.empty() ? "" : "/", p.rung};
}

}  // namespace

// The refusal's texts are written in place: their strings keep their capacity between calls.
void check_move(const ladder_spec& spec, process_status status, const position& from, const position& to,
                bool skip_allowed, move_verdict& v) {
  v.legal = false;
  v.skip = false;
  v.direction.clear();
  v.why.ja.clear();
  v.why.en.clear();
  const auto f = text_of(from), t = text_of(to);
  if (status == process_status::closed || status == process_status::suspended) {
    const std::string_view ja = status == process_status::closed ? "終結" : "中断";
    fmt::format_to(std::back_inserter(v.why.ja), "{}のケースは移動できません", ja);
    fmt::format_to(std::back_inserter(v.why.en), "a {} case does not move on the ladder", to_string(status));
    return;
  }
  if (!spec.contains(to)) {
    fmt::format_to(std::back_inserter(v.why.ja), "{}{}{} はこのパックの梯子にありません", t.stage, t.slash, t.rung);
    fmt::format_to(std::back_inserter(v.why.en), "{}{}{} is not a position of this pack's ladder", t.stage, t.slash, t.rung);
    return;
  }
  const int stage_delta = static_cast<int>(to.at) - static_cast<int>(from.at);
  if (stage_delta == 0) {
    const int a = rung_index(spec, from), b = rung_index(spec, to);
    if (a == b && from.rung == to.rung) {
      v.legal = true;
      v.direction = "lateral";
      return;
    }
    v.direction = (a < 0 || b > a) ? "up" : "down";
    v.skip = a < 0 || std::abs(b - a) > 1;
  } else {
    v.direction = stage_delta > 0 ? "up" : "down";
    const position landing = stage_delta > 0 ? spec.first_of(to.at) : spec.last_of(to.at);
    v.skip = std::abs(stage_delta) > 1 || !(landing == to);
  }
  if (v.skip && !skip_allowed) {
    // Refused, but the verdict still says which way and that it skips (callers explain with it).
    fmt::format_to(std::back_inserter(v.why.ja), "{}{}{} → {}{}{} は段階の飛び越しです（飛び越しを認めるルールが必要）", f.stage,
                   f.slash, f.rung, t.stage, t.slash, t.rung);
    fmt::format_to(std::back_inserter(v.why.en), "{}{}{} → {}{}{} skips a stage or rung, and no rule allowing a skip proposed it",
                   f.stage, f.slash, f.rung, t.stage, t.slash, t.rung);
    return;
  }
  v.legal = true;
}

move_verdict check_move(const ladder_spec& spec, process_status status, const position& from,
                        const position& to, bool skip_allowed) {
  move_verdict v;
  check_move(spec, status, from, to, skip_allowed, v);
  return v;
}

}  // namespace hashigo::cases
