// A tour of 60 stops by car on Porto (aim: under 1 s, matrix included): the median of
// several runs, split into the travel-time matrix, the heuristic (order, half-days,
// bound) and the route lines, with the driving time against the lower bound.
//
//   bench_tour [PORTO.osm.pbf] [--runs N] [--stops N]

#include "bench_util.hpp"

#include <alentour/tour.hpp>

#include <random>

namespace {

struct Args {
    std::string path = std::string(ALENTOUR_SHARED_DATA) + "/r5/porto_portugal.osm.pbf";
    int runs = 7;
    std::size_t stops = 60;
};

Args parse(int argc, char** argv) {
    Args a;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--runs" && i + 1 < argc) a.runs = std::atoi(argv[++i]);
        else if (arg == "--stops" && i + 1 < argc) a.stops = static_cast<std::size_t>(std::atoi(argv[++i]));
        else a.path = arg;
    }
    return a;
}

// Random nodes of the largest component (std::mt19937 seed 42): the space first.
std::vector<alentour::LatLon> places(const alentour::Graph& graph, std::size_t count) {
    std::mt19937 random(42);
    std::uniform_int_distribution<alentour::NodeId> node(0, graph.node_count() - 1);
    std::vector<alentour::LatLon> points;
    while (points.size() < count) {
        const alentour::NodeId n = node(random);
        if (graph.component(n) == 0) points.push_back(graph.node_position(n));
    }
    return points;
}

double process_cpu_seconds() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

} // namespace

int main(int argc, char** argv) {
    using namespace alentour;
    const Args args = parse(argc, argv);
    if (!std::filesystem::exists(args.path)) {
        std::printf("bench_tour: skipped, %s not found\n", args.path.c_str());
        return 0;
    }
    BuildOptions build;
    build.profiles = select_profiles(default_profiles(), {"car"});
    const Region region = build_region(args.path, build);
    const auto points = places(region.graph("car"), args.stops + 1);
    std::vector<TourStop> stops;
    for (std::size_t i = 1; i < points.size(); ++i) {
        TourStop stop;
        stop.id = std::to_string(i);
        stop.position = points[i];
        stops.push_back(stop);
    }
    TourOptions options;
    options.stop_minutes = 20;
    options.day_minutes = 210;

    std::vector<double> total, cpu, matrix, heuristic, routes;
    TourResult last;
    for (int run = 0; run < args.runs; ++run) {
        const auto start = bench::Clock::now();
        const double cpu_start = process_cpu_seconds();
        last = plan_tour(region, points[0], stops, options);
        total.push_back(bench::seconds_since(start));
        cpu.push_back(process_cpu_seconds() - cpu_start);
        matrix.push_back(last.matrix_seconds);
        heuristic.push_back(last.heuristic_seconds);
        routes.push_back(last.route_seconds);
    }
    std::printf("tour of %zu stops by car on %s, median of %d runs (snapping index included)\n", args.stops,
                std::filesystem::path(args.path).filename().c_str(), args.runs);
    std::printf("  total %.3f s (aim under 1 s: %s) = matrix %.3f s + heuristic %.3f s + route lines %.3f s + placing the rest\n",
                bench::median(total), bench::median(total) < 1.0 ? "met" : "MISSED", bench::median(matrix), bench::median(heuristic),
                bench::median(routes));
    std::printf("  CPU time of every thread: %.3f s (on a busy machine the wall time overstates the cost)\n", bench::median(cpu));
    std::printf("  one loop through the %zu stops: %.1f min, lower bound %.1f min (gap at most %.1f %%)\n", args.stops, last.one_loop_seconds / 60.0,
                last.one_loop_bound_seconds / 60.0, 100.0 * (last.one_loop_seconds / last.one_loop_bound_seconds - 1.0));
    std::printf("  %zu half-days of 3 h 30 with 20 min per visit; driving %.1f min, lower bound %.1f min (gap at most %.1f %%)\n",
                last.loops.size(), last.drive_seconds / 60.0, last.lower_bound_seconds / 60.0,
                100.0 * (last.drive_seconds / last.lower_bound_seconds - 1.0));
    return 0;
}
