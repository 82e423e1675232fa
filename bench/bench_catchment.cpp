// Catchment cost from a loaded network: median over 30 seeded origins of a whole
// catchment (search + polygons) for bands 10/20/30 minutes, walk and car, with the
// search timed alone on the same origins so the geometry's share shows.

#include "bench_util.hpp"

#include <alentour/catchment.hpp>
#include <alentour/network.hpp>
#include <alentour/search.hpp>
#include <alentour/snap.hpp>

#include <cstdio>
#include <filesystem>
#include <random>

namespace {

// Median over 30 seeded origins of one mode and direction, printed on one line.
void run(const alentour::Graph& graph, const std::string& mode, alentour::Direction direction) {
    const alentour::Snapper snapper(graph, mode);
    alentour::Searcher searcher(graph);
    std::mt19937 rng(42);
    std::vector<double> total_ms, cpu_ms, search_ms, area_km2;
    for (int i = 0; i < 30; ++i) {
        alentour::NodeId node;
        do node = static_cast<alentour::NodeId>(rng() % graph.node_count());
        while (graph.component(node) != 0);
        const alentour::LatLon origin = graph.node_position(node);
        alentour::CatchmentOptions options;
        options.mode = mode;
        options.minutes = {10, 20, 30};
        options.direction = direction;
        auto start = bench::Clock::now();
        const double cpu_start = bench::thread_cpu_seconds();
        const auto catchment = alentour::compute_catchment(graph, snapper, {{"o", origin, 0}}, options);
        cpu_ms.push_back((bench::thread_cpu_seconds() - cpu_start) * 1e3);
        total_ms.push_back(bench::seconds_since(start) * 1e3);
        const alentour::Snap source = snapper.snap(origin);
        start = bench::Clock::now();
        searcher.run({&source, 1}, {30 * 60.0, direction});
        search_ms.push_back(bench::seconds_since(start) * 1e3);
        area_km2.push_back(catchment.bands.back().area_km2);
    }
    const double total = bench::median(total_ms), search = bench::median(search_ms);
    std::printf("%-4s %-7s 10/20/30 min: median %s ms per catchment (%s ms of CPU; p90 %s ms): search %s ms, polygons %s ms; 30-min area median %s km²\n",
                mode.c_str(), direction == alentour::Direction::forward ? "forward" : "reverse", bench::fixed(total, 1).c_str(),
                bench::fixed(bench::median(cpu_ms), 1).c_str(), bench::fixed(bench::percentile(total_ms, 0.9), 1).c_str(),
                bench::fixed(search, 1).c_str(), bench::fixed(total - search, 1).c_str(), bench::fixed(bench::median(area_km2), 2).c_str());
}

} // namespace

int main(int argc, char** argv) {
    const std::string path = argc > 1 ? argv[1] : std::string(ALENTOUR_SHARED_DATA) + "/r5/porto_portugal.osm.pbf";
    if (!std::filesystem::exists(path)) {
        std::printf("skipped: %s is missing (../shared/data is not next to the project)\n", path.c_str());
        return 0;
    }
    alentour::BuildOptions build;
    build.profiles = alentour::select_profiles(alentour::default_profiles(), {"walk", "car"});
    const alentour::Region region = alentour::build_region(path, build);
    std::printf("catchments on %s, median over 30 origins, bands 10/20/30 min\n", path.c_str());
    for (const std::string mode : {"walk", "car"}) {
        for (const auto direction : {alentour::Direction::forward, alentour::Direction::reverse}) run(region.graph(mode), mode, direction);
    }
}
