// Many catchments on every core: place × mode pairs taken from a shared counter by one
// thread per core (the caller's thread among them, so that it alone reports progress,
// which a Python callback needs), each through compute_catchment on a shared Snapper.

#include "batch/pairs.hpp"

#include <alentour/batch.hpp>
#include <alentour/error.hpp>

#include <algorithm>
#include <atomic>
#include <exception>
#include <thread>

namespace alentour {
namespace {

CatchmentOptions catchment_options(const BatchOptions& o, const std::string& mode) {
    CatchmentOptions options;
    options.mode = mode;
    options.minutes = o.minutes;
    options.direction = o.direction;
    options.reach_metres = o.reach_metres;
    options.simplify_metres = o.simplify_metres;
    options.min_area_m2 = o.min_area_m2;
    options.snap = o.snap;
    return options;
}

// A place that cannot be placed is a result (reported), not a failure of the batch.
BatchResult compute_one(const Graph& graph, const Snapper& snapper, const BatchPlace& place, std::size_t index, const std::string& mode,
                        const BatchOptions& options) {
    BatchResult result{index, mode, 0, {}, place.problem};
    if (!place.problem.empty()) return result;
    try {
        Catchment c = compute_catchment(graph, snapper, {NamedPoint{place.id, place.position, place.line}}, catchment_options(options, mode));
        result.bands = std::move(c.bands);
        result.snap_metres = c.origins.front().snap.distance_metres;
    } catch (const SnapError& e) {
        result.not_placed = e.what();
    }
    return result;
}

unsigned thread_count(const BatchOptions& options, std::size_t work) {
    const unsigned cores = options.threads != 0 ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    return static_cast<unsigned>(std::min<std::size_t>(cores, std::max<std::size_t>(work, 1)));
}

} // namespace

namespace detail {

std::vector<BatchResult> compute_pairs(RegionSnappers& snappers, const std::vector<BatchPlace>& places, const std::vector<BatchPair>& pairs,
                                       const BatchOptions& options, const Progress& progress) {
    std::vector<const Snapper*> by_mode;
    for (const auto& mode : options.modes) by_mode.push_back(&snappers.get(mode));
    std::vector<BatchResult> results(pairs.size());
    std::atomic<std::size_t> next{0}, done{0};
    std::atomic<bool> stop{false};
    auto work = [&](bool reports) {
        for (std::size_t i; !stop && (i = next++) < pairs.size();) {
            const auto [place, mode] = pairs[i];
            const Graph& graph = snappers.region().graph(options.modes[mode]);
            results[i] = compute_one(graph, *by_mode[mode], places[place], place, options.modes[mode], options);
            const std::size_t finished = ++done;
            if (reports) report(progress, static_cast<double>(finished) / static_cast<double>(pairs.size()), "catchments");
        }
    };
    const unsigned threads = thread_count(options, pairs.size());
    std::vector<std::exception_ptr> errors(threads);
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t) {
        pool.emplace_back([&, t] {
            try {
                work(false);
            } catch (...) {
                errors[t] = std::current_exception();
                stop = true;
            }
        });
    }
    try {
        work(true);
    } catch (...) {
        errors[0] = std::current_exception();
        stop = true;
    }
    for (auto& thread : pool) thread.join();
    for (const auto& e : errors) {
        if (e) std::rethrow_exception(e);
    }
    return results;
}

} // namespace detail

std::vector<BatchPlace> batch_places(const PartnerTable& table) {
    std::vector<BatchPlace> places;
    places.reserve(table.partners.size());
    for (const auto& p : table.partners) {
        BatchPlace place{p.id, p.name, p.commune, p.postcode, p.category, p.position.value_or(LatLon{}), p.line, {}};
        if (!p.position) place.problem = p.status_detail.empty() ? "no coordinates" : p.status_detail;
        places.push_back(std::move(place));
    }
    return places;
}

std::vector<BatchResult> compute_batch(RegionSnappers& snappers, const std::vector<BatchPlace>& places, const BatchOptions& options,
                                       const Progress& progress) {
    std::vector<detail::BatchPair> pairs;
    pairs.reserve(places.size() * options.modes.size());
    for (std::size_t p = 0; p < places.size(); ++p) {
        for (std::size_t m = 0; m < options.modes.size(); ++m) pairs.push_back({p, m});
    }
    return detail::compute_pairs(snappers, places, pairs, options, progress);
}

} // namespace alentour
