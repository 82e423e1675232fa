// bench_search: one-to-all bounded searches on Porto, as a catchment computes them.
//
//   bench_search [--summary FILE] [--origins N] [--car-origins-out FILE.csv] [FILE.osm.pbf]
//
// --car-origins-out writes the car origins' node ids and positions, so the peers
// (bench/peers) search from the same nodes.
// The region is built once in-process; one Searcher per graph is reused for every run.
// Origins are nodes of the largest component drawn with std::mt19937 seeded 42, placed on
// the network with Snapper. The figures are printed, never checked.

#include "bench_util.hpp"

#include <alentour/error.hpp>
#include <alentour/network.hpp>
#include <alentour/search.hpp>
#include <alentour/snap.hpp>

#include <cstdint>
#include <exception>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <random>
#include <string>
#include <vector>

namespace {

using bench::fixed;
using bench::grouped;

struct Options {
    std::string file = std::string(ALENTOUR_SHARED_DATA) + "/r5/porto_portugal.osm.pbf";
    std::string summary, car_origins_out;
    int origins = 50;
};

Options parse(int argc, char** argv) {
    Options o;
    const auto files = bench::CommandLine("bench_search", "prints one-to-all search times", "[FILE.osm.pbf]")
                           .count("--origins", o.origins)
                           .text("--car-origins-out", o.car_origins_out)
                           .parse(argc, argv, o.summary);
    if (!files.empty()) o.file = files.back();
    return o;
}

struct Origins {
    std::vector<alentour::NodeId> nodes;
    std::vector<alentour::Snap> snaps;
};

// Seeded random nodes of the largest component (component 0), snapped like user points.
Origins pick_origins(const alentour::Graph& graph, const alentour::Snapper& snapper, int count) {
    std::vector<alentour::NodeId> largest;
    for (alentour::NodeId n = 0; n < graph.node_count(); ++n) {
        if (graph.component(n) == 0) largest.push_back(n);
    }
    Origins origins;
    if (largest.empty()) return origins;
    std::mt19937 rng(42);
    std::uniform_int_distribution<std::size_t> pick(0, largest.size() - 1);
    int failures = 0;
    while (static_cast<int>(origins.snaps.size()) < count && failures < 10 * count) {
        const alentour::NodeId node = largest[pick(rng)];
        try {
            origins.snaps.push_back(snapper.snap(graph.node_position(node)));
            origins.nodes.push_back(node);
        } catch (const alentour::SnapError&) {
            ++failures;
        }
    }
    return origins;
}

void write_origins(const alentour::Graph& graph, const Origins& origins, const std::string& path) {
    std::ofstream out(path);
    out << "node,lat,lon\n" << std::setprecision(9);
    for (const alentour::NodeId node : origins.nodes) {
        const auto p = graph.node_position(node);
        out << node << ',' << p.lat << ',' << p.lon << '\n';
    }
}

struct Config {
    const char* mode;
    int minutes;
    alentour::Direction direction;
};

void run_config(const alentour::Graph& graph, alentour::Searcher& searcher, const std::vector<alentour::Snap>& origins,
                const Config& config, bench::Summary& summary) {
    const alentour::SearchOptions options{config.minutes * 60.0, config.direction};
    const bool forward = config.direction == alentour::Direction::forward;
    // One untimed pass first so that every timed run finds the graph and buffers in memory.
    for (const auto& origin : origins) searcher.run({&origin, 1}, options);

    std::vector<double> ms, cpu_ms;
    std::vector<std::uint64_t> settled, scanned;
    for (const auto& origin : origins) {
        const auto start = bench::Clock::now();
        const double cpu_start = bench::thread_cpu_seconds();
        const alentour::SearchResult& result = searcher.run({&origin, 1}, options);
        cpu_ms.push_back(1e3 * (bench::thread_cpu_seconds() - cpu_start));
        ms.push_back(1e3 * bench::seconds_since(start));
        settled.push_back(result.settled().size());
        std::uint64_t edges = 0;
        for (const alentour::NodeId n : result.settled()) edges += forward ? graph.out_edges(n).size() : graph.in_edges(n).size();
        scanned.push_back(edges);
    }
    const double median_ms = bench::median(ms);
    const auto median_settled = bench::median(settled);
    const std::string label = std::string(config.mode) + " " + std::to_string(config.minutes) + " min " + (forward ? "forward" : "reverse");
    std::cout << label << ": median " << fixed(median_ms, 3) << " ms (" << fixed(bench::median(cpu_ms), 3) << " ms of CPU; p90 " << fixed(bench::percentile(ms, 0.9), 3) << " ms, max "
              << fixed(bench::percentile(ms, 1.0), 3) << " ms), " << grouped(median_settled) << " nodes settled, "
              << grouped(bench::median(scanned)) << " edges scanned; "
              << fixed(median_settled / median_ms / 1e3, 1) << " M settled/s\n";
    summary.put(std::string("search_ms.") + config.mode + "." + std::to_string(config.minutes) + "." + (forward ? "forward" : "reverse"),
                median_ms);
}

} // namespace

int main(int argc, char** argv) {
    const Options options = parse(argc, argv);
    std::error_code ec;
    if (!std::filesystem::is_regular_file(options.file, ec)) {
        std::cout << "bench_search: skipped, " << options.file << " not found (the shared data folder is ../shared/data)\n";
        return 0;
    }
    bench::Summary summary(options.summary);
    try {
        const auto start = bench::Clock::now();
        const alentour::Region region = alentour::build_region(options.file);
        std::cout << "== " << bench::base_name(options.file) << ": built in " << fixed(bench::seconds_since(start), 2) << " s; "
                  << options.origins << " origins per configuration (std::mt19937 seed 42, nodes of the largest component)\n";

        const Config configs[] = {
            {"walk", 15, alentour::Direction::forward}, {"walk", 15, alentour::Direction::reverse},
            {"walk", 30, alentour::Direction::forward}, {"walk", 30, alentour::Direction::reverse},
            {"walk", 60, alentour::Direction::forward}, {"walk", 60, alentour::Direction::reverse},
            {"car", 15, alentour::Direction::forward},  {"car", 15, alentour::Direction::reverse},
            {"car", 30, alentour::Direction::forward},  {"car", 30, alentour::Direction::reverse},
        };
        std::string current;
        const alentour::Graph* graph = nullptr;
        std::unique_ptr<alentour::Searcher> searcher;
        Origins origins;
        for (const auto& config : configs) {
            if (current != config.mode) {
                current = config.mode;
                graph = &region.graph(config.mode);
                const alentour::Snapper snapper(*graph, config.mode);
                origins = pick_origins(*graph, snapper, options.origins);
                if (current == "car" && !options.car_origins_out.empty()) write_origins(*graph, origins, options.car_origins_out);
                searcher = std::make_unique<alentour::Searcher>(*graph);
                std::cout << "-- " << config.mode << " graph: " << grouped(graph->node_count()) << " nodes, "
                          << grouped(graph->edge_count()) << " directed edges, largest component "
                          << grouped(graph->component_sizes().empty() ? 0 : graph->component_sizes()[0]) << " nodes\n";
            }
            run_config(*graph, *searcher, origins.snaps, config, summary);
        }
    } catch (const std::exception& e) {
        std::cerr << "bench_search: " << e.what() << '\n';
        return 2;
    }
    return 0;
}
