#include "workers.hpp"

namespace hashigo::serve {

workbenches::workbenches(std::size_t count, const engine::engine_options& engine, const std::string& db_path) {
  for (std::size_t i = 0; i < count; ++i) {
    auto bench = std::make_unique<workbench>(workbench{engine::engine(engine), std::nullopt, {}, {}});
    if (!db_path.empty()) bench->db.emplace(store::database::open(db_path, store::open_mode::write));
    benches_.push_back(std::move(bench));
  }
  busy_.assign(count, false);
}

workbenches::lease::~lease() {
  if (!owner_) return;
  {
    std::lock_guard lock(owner_->mu_);
    owner_->busy_[index_] = false;
  }
  owner_->freed_.notify_all();  // a reload waits for one bench in particular
}

workbenches::lease workbenches::take() {
  std::unique_lock lock(mu_);
  for (;;) {
    for (std::size_t i = 0; i < busy_.size(); ++i)
      if (!busy_[i]) {
        busy_[i] = true;
        return lease(*this, i);
      }
    freed_.wait(lock);
  }
}

void workbenches::each(const std::function<void(workbench&)>& work) {
  for (std::size_t i = 0; i < benches_.size(); ++i) {
    {
      std::unique_lock lock(mu_);
      freed_.wait(lock, [&] { return !busy_[i]; });
      busy_[i] = true;
    }
    lease held(*this, i);
    work(*benches_[i]);
  }
}

}  // namespace hashigo::serve
