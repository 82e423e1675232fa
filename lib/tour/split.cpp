// Half-days: the one loop through every stop cut into loops that each fit the day, by an
// exact split of its order (route first, cluster second, as in Beasley's method).

#include <alentour/tour.hpp>

#include <limits>
#include <stdexcept>

namespace alentour {

std::vector<std::vector<std::size_t>> split_into_days(const TimeMatrix& matrix, std::span<const std::size_t> order,
                                                      double visit_seconds, double day_seconds) {
    const std::size_t m = order.size();
    struct Best {
        std::size_t loops = std::numeric_limits<std::size_t>::max();
        double drive = std::numeric_limits<double>::infinity();
        std::size_t from = 0;  // where the last loop starts
        bool better_than(const Best& other) const { return loops < other.loops || (loops == other.loops && drive < other.drive); }
    };
    // best[j]: the fewest loops, then the least driving, for the first j stops
    std::vector<Best> best(m + 1);
    best[0] = {0, 0.0, 0};
    for (std::size_t i = 0; i < m; ++i) {
        if (best[i].loops == std::numeric_limits<std::size_t>::max()) continue;
        double inner = 0.0;
        for (std::size_t j = i + 1; j <= m; ++j) {
            if (j > i + 1) inner += matrix(order[j - 2], order[j - 1]);
            const double drive = matrix(0, order[i]) + inner + matrix(order[j - 1], 0);
            // Shortest times obey the triangle inequality: longer pieces only add driving and visits.
            if (drive + static_cast<double>(j - i) * visit_seconds > day_seconds) break;
            const Best candidate{best[i].loops + 1, best[i].drive + drive, i};
            if (candidate.better_than(best[j])) best[j] = candidate;
        }
    }
    if (best[m].loops == std::numeric_limits<std::size_t>::max()) throw std::logic_error("split_into_days: a stop does not fit a day alone");
    std::vector<std::vector<std::size_t>> loops;
    for (std::size_t j = m; j > 0; j = best[j].from) {
        loops.emplace_back(order.begin() + static_cast<std::ptrdiff_t>(best[j].from), order.begin() + static_cast<std::ptrdiff_t>(j));
    }
    return {loops.rbegin(), loops.rend()};
}

} // namespace alentour
