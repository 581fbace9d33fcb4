// Internal: a time budget for the work on one input, checked in the loops
// whose cost grows with the input (a walk of a page's elements, a pass over a
// text's words), so that no page, whatever its shape, holds a worker for
// long: past its budget, the work on it stops and it is reported.
//
// The budget is the calling thread's; code that checks it runs unchanged
// without one. Thread safety: each thread has its own.
#ifndef NEWSQ_ENGINE_WORK_BUDGET_H_
#define NEWSQ_ENGINE_WORK_BUDGET_H_

#include <chrono>
#include <optional>
#include <stdexcept>

namespace newsq::internal {

// Thrown by CheckWorkBudget once the thread's budget is spent. Whoever set the
// budget catches it: it never crosses the public API.
class WorkBudgetSpent : public std::runtime_error {
 public:
  WorkBudgetSpent() : std::runtime_error("work budget spent") {}
};

// Gives this thread `limit` of work from now until destroyed, when the budget
// before it (if any) applies again.
class WorkBudget {
 public:
  explicit WorkBudget(std::chrono::steady_clock::duration limit);
  ~WorkBudget();
  WorkBudget(const WorkBudget&) = delete;
  WorkBudget& operator=(const WorkBudget&) = delete;

 private:
  std::optional<std::chrono::steady_clock::time_point> previous_;
};

// Throws WorkBudgetSpent when this thread's budget is spent; does nothing
// without one. Reads the clock once in 256 calls: cheap enough per element or
// per word.
void CheckWorkBudget();

}  // namespace newsq::internal

#endif  // NEWSQ_ENGINE_WORK_BUDGET_H_
