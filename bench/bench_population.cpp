// Population figures on Porto Alegre (r5r's hex grid, 1 227 points, 812 935 people):
// people per band beyond the catchment itself, `coverage` with 10 spaces, and greedy
// placement of 5 stops among 1 000 candidates. Prints; asserts nothing.

#include "bench_util.hpp"

#include <alentour/catchment.hpp>
#include <alentour/coverage.hpp>
#include <alentour/network.hpp>
#include <alentour/population.hpp>

#include <cstdio>

using namespace alentour;

namespace {

// Places spread over the network: every n-th node, in the graph's (Hilbert) order.
std::vector<NamedPoint> spread_nodes(const Graph& graph, std::size_t count, const std::string& prefix) {
    std::vector<NamedPoint> places;
    const std::uint32_t step = std::max<std::uint32_t>(1, graph.node_count() / static_cast<std::uint32_t>(count));
    for (std::uint32_t node = step / 2; node < graph.node_count() && places.size() < count; node += step) {
        places.push_back({prefix + std::to_string(places.size() + 1), graph.node_position(node), 0});
    }
    return places;
}

void bench_band_population(const Region& region, const PopulationLayer& layer) {
    CatchmentOptions options;
    options.mode = "car";
    options.minutes = {10, 20, 30};
    const auto start = bench::Clock::now();
    const Catchment catchment = compute_catchment(region.graph("car"), {{"centro", {-30.0346, -51.2177}, 0}}, options);
    const double catchment_s = bench::seconds_since(start);
    std::vector<double> times;
    for (int run = 0; run < 10; ++run) {
        Catchment copy = catchment;
        const auto t = bench::Clock::now();
        add_population(copy, layer, region.bounds());
        times.push_back(bench::seconds_since(t));
    }
    std::printf("people per band, car 10/20/30 min: catchment %.0f ms, population +%.2f ms (median of 10; aim under 20 ms)\n", catchment_s * 1e3,
                bench::median(times) * 1e3);
}

void bench_coverage(const Region& region, const PopulationLayer& layer) {
    CoverageOptions options;
    options.mode = "car";
    options.minutes = {5, 10, 15};
    options.spaces = spread_nodes(region.graph("car"), 10, "espace ");
    const auto start = bench::Clock::now();
    // Where the time goes: the moment each stage starts.
    std::string stage;
    const Progress stages = [&](double, std::string_view message) {
        if (message == stage) return;
        stage = message;
        std::printf("  %6.2f s  %s\n", bench::seconds_since(start), stage.c_str());
    };
    const Coverage coverage = compute_coverage(region, layer, options, stages);
    double served = 0;
    for (const auto& zone : coverage.zones) served += zone.population;
    std::printf("coverage, car, 10 spaces, 5/10/15 min: %.2f s (aim under 2 s), %zu zones, %.0f of %.0f people served, %zu gaps\n",
                bench::seconds_since(start), coverage.zones.size(), served, coverage.region_population, coverage.gaps.size());
}

void bench_stops(const Region& region, const PopulationLayer& layer) {
    CoverageOptions options;
    options.mode = "walk";
    options.minutes = {10, 20};
    options.spaces = spread_nodes(region.graph("walk"), 3, "espace ");
    auto start = bench::Clock::now();
    compute_coverage(region, layer, options);
    const double without = bench::seconds_since(start);
    options.candidates = spread_nodes(region.graph("walk"), 1000, "arret ");
    options.new_stops = 5;
    start = bench::Clock::now();
    const Coverage coverage = compute_coverage(region, layer, options);
    const double with = bench::seconds_since(start);
    std::printf("5 stops among %zu candidates, walk 20 min: +%.2f s over coverage alone (%.2f s; aim under 1 s);", options.candidates.size(), with - without,
                without);
    for (const auto& stop : coverage.stops) std::printf(" +%.0f", stop.added_population);
    std::printf(" people\n");
    // The greedy rule alone, on sets as large as a city's: 1 000 sets of 300 among 20 000.
    std::vector<std::vector<std::uint32_t>> sets(1000);
    std::vector<double> weights(20000, 1.0);
    for (std::size_t s = 0; s < sets.size(); ++s) {
        for (std::uint32_t j = 0; j < 300; ++j) sets[s].push_back(static_cast<std::uint32_t>((s * 7919 + j * 104729) % weights.size()));
    }
    start = bench::Clock::now();
    const auto picks = greedy_max_coverage(sets, weights, 5);
    std::printf("greedy rule alone, 5 of 1 000 sets of 300 elements: %.1f ms\n", bench::seconds_since(start) * 1e3);
}

} // namespace

int main(int argc, char** argv) {
    const std::string data = ALENTOUR_SHARED_DATA;
    const std::string osm = argc > 1 ? argv[1] : data + "/poa/poa_osm.pbf";
    const std::string grid = argc > 2 ? argv[2] : data + "/poa/poa_hexgrid.csv";
    if (!std::filesystem::exists(osm) || !std::filesystem::exists(grid)) {
        std::printf("skipped: %s or %s is missing\n", osm.c_str(), grid.c_str());
        return 0;
    }
    BuildOptions build;
    build.profiles = select_profiles(default_profiles(), {"walk", "car"});
    const Region region = build_region(osm, build);
    auto start = bench::Clock::now();
    const PopulationLayer layer = read_population(grid);
    std::printf("read %s in %.1f ms: %s\n", grid.c_str(), bench::seconds_since(start) * 1e3, describe(layer).c_str());
    bench_band_population(region, layer);
    bench_coverage(region, layer);
    bench_stops(region, layer);
    return 0;
}
