#pragma once
// The workers' tools: one engine and one database connection per request thread, lent out for
// the length of a request. An engine is not thread-safe; a lease makes it one thread's at a time.
#include <hashigo/app/evaluate.hpp>
#include <hashigo/engine/engine.hpp>
#include <hashigo/store/database.hpp>

#include <condition_variable>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace hashigo::serve {

struct workbench {
  engine::engine eng;
  std::optional<store::database> db;  ///< unset when the server has no store
  app::lean_evaluation lean;          ///< the lean path's decision, reused request after request
  std::string body;                   ///< the lean path's reply, written straight from the decision
};

class workbenches {
 public:
  /// `count` benches, each with its own engine and (when db_path is set) its own connection.
  workbenches(std::size_t count, const engine::engine_options& engine, const std::string& db_path);

  /// A bench lent to one thread; returned when the lease ends.
  class lease {
   public:
    lease(workbenches& owner, std::size_t index) : owner_(&owner), index_(index) {}
    lease(lease&& o) noexcept : owner_(o.owner_), index_(o.index_) { o.owner_ = nullptr; }
    lease& operator=(lease&&) = delete;
    lease(const lease&) = delete;
    ~lease();
    workbench& operator*() const { return *owner_->benches_[index_]; }
    workbench* operator->() const { return owner_->benches_[index_].get(); }

   private:
    workbenches* owner_;
    std::size_t index_;
  };

  /// Waits for a free bench.
  lease take();
  /// Runs `work` on every bench in turn, each taken as a request would take it (a reload: the
  /// requests in flight finish on the old pack, later ones get the new).
  void each(const std::function<void(workbench&)>& work);
  std::size_t size() const noexcept { return benches_.size(); }

 private:
  std::vector<std::unique_ptr<workbench>> benches_;
  std::vector<bool> busy_;
  std::mutex mu_;
  std::condition_variable freed_;
};

}  // namespace hashigo::serve
