#include "engine/work_budget.h"

#include <cstdint>

namespace newsq::internal {
namespace {

thread_local std::optional<std::chrono::steady_clock::time_point> deadline;
thread_local uint32_t checks = 0;

}  // namespace

WorkBudget::WorkBudget(std::chrono::steady_clock::duration limit)
    : previous_(deadline) {
  deadline = std::chrono::steady_clock::now() + limit;
  checks = 0;  // the first check reads the clock
}

WorkBudget::~WorkBudget() { deadline = previous_; }

void CheckWorkBudget() {
  if (!deadline || (checks++ & 255) != 0) return;
  if (std::chrono::steady_clock::now() > *deadline) throw WorkBudgetSpent();
}

}  // namespace newsq::internal
