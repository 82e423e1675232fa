// bench_network: how long a region takes to build from OSM and to load from its cache,
// and how many bytes each directed edge costs in memory.
//
//   bench_network [--summary FILE] [--build-runs N] [--load-runs N] [--build-only] [FILE.osm.pbf ...]
//
// Without files it uses the Porto extract and the merged real extracts of ../shared/data.
// The figures are printed, never checked: this is a benchmark, not a test.

#include "bench_util.hpp"
#include "cache/checksum.hpp"

#include <alentour/cache.hpp>
#include <alentour/error.hpp>
#include <alentour/network.hpp>

#include <osmium/handler.hpp>
#include <osmium/io/any_input.hpp>
#include <osmium/visitor.hpp>

#include <cstdio>
#include <exception>
#include <fcntl.h>
#include <iostream>
#include <string>
#include <string_view>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace {

using bench::fixed;
using bench::grouped;

struct Options {
    std::vector<std::string> files;
    std::string summary;
    int build_runs = 5;
    int load_runs = 20;
    bool build_only = false;  // for profilers: only the timed builds
};

Options parse(int argc, char** argv) {
    Options o;
    o.files = bench::CommandLine("bench_network", "prints build, load and memory figures", "[FILE.osm.pbf ...]")
                  .count("--build-runs", o.build_runs)
                  .count("--load-runs", o.load_runs)
                  .flag("--build-only", o.build_only)
                  .parse(argc, argv, o.summary);
    if (o.files.empty()) {
        const std::string data = ALENTOUR_SHARED_DATA;
        o.files = {data + "/r5/porto_portugal.osm.pbf", data + "/bench/merged_real_extracts.osm.pbf"};
    }
    return o;
}

// The floor any OSM reader pays: libosmium decoding nodes and ways, nothing kept.
struct CountHandler : osmium::handler::Handler {
    std::uint64_t nodes = 0, ways = 0, refs = 0;
    void node(const osmium::Node&) { ++nodes; }
    void way(const osmium::Way& way) { ++ways, refs += way.nodes().size(); }
};

double bare_osmium_read_seconds(const std::string& path) {
    const auto start = bench::Clock::now();
    osmium::io::Reader reader(path, osmium::osm_entity_bits::node | osmium::osm_entity_bits::way);
    CountHandler counter;
    osmium::apply(reader, counter);
    reader.close();
    return bench::seconds_since(start);
}

// Mapping the cache with MAP_POPULATE and checksumming it are the two whole-file passes
// of load_region; timing them alone tells how much of a load they are.
struct LoadParts {
    double map_ms = 0.0;
    double checksum_ms = 0.0;
};

LoadParts time_load_parts(const std::string& path) {
    LoadParts parts;
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return parts;
    struct stat info {};
    ::fstat(fd, &info);
    const auto size = static_cast<std::size_t>(info.st_size);
    auto start = bench::Clock::now();
    void* mapping = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
    parts.map_ms = 1e3 * bench::seconds_since(start);
    ::close(fd);
    if (mapping == MAP_FAILED) return parts;
    start = bench::Clock::now();
    volatile std::uint64_t sink = alentour::detail::checksum64(static_cast<const unsigned char*>(mapping), size);
    (void)sink;
    parts.checksum_ms = 1e3 * bench::seconds_since(start);
    ::munmap(mapping, size);
    return parts;
}

void print_memory(const alentour::Network& network) {
    const auto& g = network.graph;
    const auto& a = g.arrays();
    struct Part {
        const char* name;
        std::size_t bytes;
    };
    const Part parts[] = {
        {"first_out", a.first_out.size_bytes()},       {"edges", a.edges.size_bytes()},
        {"first_in", a.first_in.size_bytes()},         {"in_edges", a.in_edges.size_bytes()},
        {"node_points", a.node_points.size_bytes()},   {"node_component", a.node_component.size_bytes()},
        {"component_sizes", a.component_sizes.size_bytes()}, {"shape_offsets", a.shape_offsets.size_bytes()},
        {"shape_bytes", a.shape_bytes.size_bytes()},   {"geometry_ends", a.geometry_ends.size_bytes()},
    };
    std::size_t total = 0;
    for (const auto& p : parts) total += p.bytes;
    const double edges = std::max<double>(1.0, g.edge_count());
    std::cout << "  " << network.mode << ": " << grouped(g.node_count()) << " nodes, " << grouped(g.edge_count())
              << " directed edges, " << grouped(g.geometry_count()) << " geometries; " << fixed(static_cast<double>(total) / 1e6, 1) << " MB = "
              << fixed(static_cast<double>(total) / edges, 1) << " bytes per directed edge\n    (";
    bool first = true;
    for (const auto& p : parts) {
        const double per_edge = static_cast<double>(p.bytes) / edges;
        if (per_edge < 0.05) continue;
        std::cout << (first ? "" : ", ") << p.name << ' ' << fixed(per_edge, 1);
        first = false;
    }
    std::cout << ")\n";
}

void bench_file(const std::string& path, const Options& options, bench::Summary& summary) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
        std::cout << "== " << path << "\n  skipped: file not found (the shared data folder is ../shared/data)\n\n";
        return;
    }
    const std::string key = bench::base_name(path);
    const double file_mb = static_cast<double>(std::filesystem::file_size(path)) / 1e6;
    std::cout << "== " << key << " (" << fixed(file_mb, 1) << " MB)\n";

    // Build: the first run also warms the page cache, so every run reads from memory.
    // The progress callback marks the end of the reading stage ("building graphs" at 0.8).
    std::vector<double> build_seconds, read_seconds;
    alentour::Region region;
    for (int run = 0; run < options.build_runs; ++run) {
        const auto start = bench::Clock::now();
        double read_s = 0.0;
        const alentour::Progress progress = [&](double, std::string_view message) {
            if (read_s == 0.0 && message == "building graphs") read_s = bench::seconds_since(start);
        };
        alentour::Region built = alentour::build_region(path, {}, progress);
        build_seconds.push_back(bench::seconds_since(start));
        read_seconds.push_back(read_s);
        region = std::move(built);  // the previous region is freed outside the timed part
    }
    const double build_s = bench::median(build_seconds);
    const double read_s = bench::median(read_seconds);
    const auto& stats = region.stats();
    std::cout << "  read " << grouped(stats.nodes_read) << " nodes, " << grouped(stats.ways_read) << " ways ("
              << grouped(stats.highway_ways) << " highway=*)\n";
    std::cout << "  build_region (default profiles): median " << fixed(build_s, 3) << " s over " << options.build_runs
              << " runs (min " << fixed(bench::percentile(build_seconds, 0.0), 3) << ", max "
              << fixed(bench::percentile(build_seconds, 1.0), 3) << "), " << fixed(file_mb / build_s, 1) << " MB/s\n";
    std::vector<double> graph_seconds;
    for (std::size_t i = 0; i < build_seconds.size(); ++i) graph_seconds.push_back(build_seconds[i] - read_seconds[i]);
    std::cout << "    stages (medians): reading OSM and resolving node refs " << fixed(read_s, 3)
              << " s, then the graphs, one profile after the other " << fixed(bench::median(graph_seconds), 3) << " s\n";
    summary.put("build_s." + key, build_s);
    if (options.build_only) {
        std::cout << '\n';
        return;
    }

    std::vector<double> bare;
    for (int run = 0; run < 3; ++run) bare.push_back(bare_osmium_read_seconds(path));
    const double bare_s = bench::median(bare);
    std::cout << "  for scale: libosmium alone reading nodes and ways: median " << fixed(bare_s, 3) << " s over 3 runs ("
              << fixed(build_s / bare_s, 2) << "x less than build_region)\n";
    summary.put("bare_read_s." + key, bare_s);

    std::cout << "  memory per profile (all arrays of Graph::arrays()):\n";
    for (const auto& network : region.networks()) print_memory(network);

    // Cache: saved once, then loaded many times from the page cache (warm loads).
    const std::string cache = "/tmp/alentour-bench-" + std::to_string(::getpid()) + "-" + key + ".alentour";
    auto start = bench::Clock::now();
    alentour::save_region(region, cache, true);
    const double save_s = bench::seconds_since(start);
    const double cache_mb = static_cast<double>(std::filesystem::file_size(cache)) / 1e6;
    std::cout << "  cache file: " << fixed(cache_mb, 1) << " MB (" << grouped(std::filesystem::file_size(cache))
              << " bytes), saved in " << fixed(save_s * 1e3, 0) << " ms\n";

    std::vector<double> load_ms;
    std::size_t loaded_nodes = 0;
    for (int run = 0; run < options.load_runs; ++run) {
        start = bench::Clock::now();
        alentour::Region loaded = alentour::load_region(cache);
        load_ms.push_back(1e3 * bench::seconds_since(start));
        for (const auto& n : loaded.networks()) loaded_nodes += n.graph.node_count();
    }
    const double load = bench::median(load_ms);
    std::vector<double> map_ms, checksum_ms;
    for (int run = 0; run < 5; ++run) {
        const LoadParts parts = time_load_parts(cache);
        map_ms.push_back(parts.map_ms);
        checksum_ms.push_back(parts.checksum_ms);
    }
    const double map = bench::median(map_ms), sum = bench::median(checksum_ms);
    std::cout << "  load_region (warm page cache): median " << fixed(load, 2) << " ms over " << options.load_runs
              << " runs (p90 " << fixed(bench::percentile(load_ms, 0.9), 2) << " ms)\n";
    const double rest = load - map - sum;
    std::cout << "    of which, measured alone: mmap with MAP_POPULATE " << fixed(map, 2) << " ms, checksum "
              << fixed(sum, 2) << " ms (" << fixed(cache_mb / (sum / 1e3) / 1e3, 1) << " GB/s), "
              << (rest > 0.0 ? "rest (JSON, checks) ~" + fixed(rest, 2) + " ms"
                             : std::string("rest not measurable (the parts alone took longer than the whole: a noisy machine)"))
              << "\n\n";
    summary.put("load_ms." + key, load);
    summary.put("cache_mb." + key, cache_mb);
    if (loaded_nodes == 0) std::cout << "  (the loaded cache has no node)\n";
    std::filesystem::remove(cache, ec);
}

} // namespace

int main(int argc, char** argv) {
    const Options options = parse(argc, argv);
    bench::Summary summary(options.summary);
    try {
        for (const auto& file : options.files) bench_file(file, options, summary);
    } catch (const alentour::Error& e) {
        std::cerr << "bench_network: " << e.what() << '\n';
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "bench_network: " << e.what() << '\n';
        return 2;
    }
    return 0;
}
