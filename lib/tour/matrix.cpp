// The travel-time matrix of a tour: one bounded forward search per point.

#include "core/parallel.hpp"

#include <alentour/search.hpp>
#include <alentour/tour.hpp>

#include <atomic>
#include <limits>

namespace alentour {

TimeMatrix time_matrix(const Graph& graph, std::span<const Snap> points, double max_seconds, const Progress& progress) {
    const std::size_t n = points.size();
    TimeMatrix matrix;
    matrix.size = n;
    matrix.seconds.assign(n * n, std::numeric_limits<double>::infinity());
    matrix.metres.assign(n * n, std::numeric_limits<double>::infinity());
    std::atomic<std::size_t> done{0};
    // One Searcher per chunk of rows: its buffers span the whole graph.
    const std::size_t chunks = std::min<std::size_t>(n, 8);
    detail::parallel_for(
        chunks,
        [&](std::size_t chunk) {
            Searcher searcher(graph);
            for (std::size_t from = chunk; from < n; from += chunks) {
                const SearchResult& result = searcher.run(points.subspan(from, 1), {max_seconds, Direction::forward});
                for (std::size_t to = 0; to < n; ++to) {
                    if (to == from) {
                        matrix.seconds[from * n + to] = matrix.metres[from * n + to] = 0.0;
                        continue;
                    }
                    const Arrival arrival = arrival_at(graph, result, points[to]);
                    if (!arrival.reached) continue;
                    matrix.seconds[from * n + to] = arrival.seconds;
                    matrix.metres[from * n + to] = arrival.metres;
                }
                // Progress is reported from the first chunk's thread only: callbacks need not be thread-safe.
                const std::size_t finished = ++done;
                if (chunk == 0) report(progress, static_cast<double>(finished) / static_cast<double>(n), "travel times");
            }
        },
        1);
    return matrix;
}

} // namespace alentour
