#include <hashigo/sim/roads.hpp>

namespace hashigo::sim {

std::vector<const engine::decision*> decisions_of(const scenario_run& run) {
  std::vector<const engine::decision*> out;
  for (const auto& m : run.months) out.push_back(&m.decision);
  return out;
}
std::vector<road_not_taken> roads_not_taken(engine::engine& eng, const std::string& path, const std::string& text,
                                            const scenario_options& o, const scenario_run& run) {
  std::vector<road_not_taken> out;
  std::vector<std::string> before;  // the answers taken at the earlier decision points
  for (const auto& m : run.months)
    for (const auto& c : m.choices) {
      for (const auto& [key, _] : c.options) {
        if (key == c.taken) continue;
        scenario_options other = o;
        other.in_order = before;
        other.in_order.push_back(key);
        other.ask = nullptr;  // later points take their given or first answers, never a question
        const auto alternative = run_scenario(eng, path, text, other);
        out.push_back({m.month, c.id, key, first_divergence(decisions_of(run), decisions_of(alternative))});
      }
      before.push_back(c.taken);
    }
  return out;
}

}  // namespace hashigo::sim
