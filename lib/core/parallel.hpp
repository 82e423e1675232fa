#pragma once
// Independent work on read-only data spread over the machine's cores.

#include <algorithm>
#include <cstddef>
#include <exception>
#include <thread>
#include <vector>

namespace alentour::detail {

// Runs body(i) for i in [0, count) in contiguous chunks, one per thread; small counts stay
// on the calling thread, where a thread would cost more than it saves. The first
// exception is rethrown once every thread has stopped.
template <typename Body>
void parallel_for(std::size_t count, const Body& body, std::size_t min_per_thread = 512) {
    const std::size_t threads = std::min<std::size_t>({std::max(1u, std::thread::hardware_concurrency()), 8, count / min_per_thread + 1});
    if (threads <= 1) {
        for (std::size_t i = 0; i < count; ++i) body(i);
        return;
    }
    std::vector<std::exception_ptr> errors(threads);
    std::vector<std::thread> pool;
    pool.reserve(threads);
    const std::size_t chunk = (count + threads - 1) / threads;
    for (std::size_t t = 0; t < threads; ++t) {
        pool.emplace_back([&, t] {
            try {
                for (std::size_t i = t * chunk; i < std::min(count, (t + 1) * chunk); ++i) body(i);
            } catch (...) {
                errors[t] = std::current_exception();
            }
        });
    }
    for (auto& thread : pool) thread.join();
    for (const auto& e : errors) {
        if (e) std::rethrow_exception(e);
    }
}

} // namespace alentour::detail
