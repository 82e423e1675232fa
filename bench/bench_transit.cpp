// bench_transit: Range RAPTOR over a 60-minute window from seeded origins, on Porto
// Alegre (EPTC) and Rhein-Neckar (rnv), then the same with the catchment's polygons.
//
//   bench_transit [--summary FILE] [--origins N] [REGION.osm.pbf FEED.zip YYYY-MM-DD ...]
//   (files given on the command line are searched from 8:00)
//
// Each region is built in-process and its feed read and linked once (timed apart);
// origins are nodes of the walk network's largest component near a linked stop, drawn
// with std::mt19937 seeded 42. One core. The figures are printed, never checked.

#include "bench_util.hpp"

#include <alentour/cache.hpp>
#include <alentour/catchment.hpp>
#include <alentour/error.hpp>
#include <alentour/network.hpp>
#include <alentour/snap.hpp>
#include <alentour/transit.hpp>

#include <ctime>
#include <exception>
#include <filesystem>
#include <iostream>
#include <random>
#include <string>
#include <vector>

namespace {

// Processor time of this process, in seconds: on a shared machine the wall clock
// also counts the time other programs hold the cores.
double cpu_seconds() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

struct Case {
    std::string osm, feed, date;
    int time = 8 * 3600;  // the window's first departure
};

struct Options {
    std::vector<Case> cases;
    std::string summary;
    int origins = 20;
};

Options parse(int argc, char** argv) {
    Options o;
    const auto files = bench::CommandLine("bench_transit", "prints Range RAPTOR times", "[REGION.osm.pbf FEED.zip YYYY-MM-DD ...]")
                           .count("--origins", o.origins)
                           .parse(argc, argv, o.summary);
    for (std::size_t i = 0; i + 2 < files.size(); i += 3) o.cases.push_back({files[i], files[i + 1], files[i + 2], 8 * 3600});
    if (o.cases.empty()) {
        const std::string data = ALENTOUR_SHARED_DATA;
        // The EPTC sample holds the trips of 11:00 to 17:00 only: its window starts at 13:00.
        o.cases = {{data + "/poa/poa_osm.pbf", data + "/poa/poa_eptc.zip", "2019-05-14", 13 * 3600},
                   {data + "/rnv/rnv.osm.pbf", data + "/rnv/rnv_gtfs.zip", "2016-11-15", 8 * 3600}};
    }
    return o;
}

// Seeded origins: walk-network nodes of the largest component within 500 m of a linked
// stop (a catchment is asked for where transit runs).
std::vector<alentour::NamedPoint> pick_origins(const alentour::Graph& walk, const alentour::TransitFeed& feed,
                                               const alentour::StopLinks& links, int count) {
    std::vector<alentour::LatLon> stops;
    for (std::uint32_t s = 0; s < feed.stops.size(); ++s) {
        if (links.is_linked(s)) stops.push_back(links.snaps[s].position);
    }
    std::vector<alentour::NamedPoint> origins;
    std::mt19937 rng(42);
    std::uniform_int_distribution<std::size_t> pick_stop(0, stops.size() - 1);
    std::uniform_int_distribution<alentour::NodeId> pick_node(0, walk.node_count() - 1);
    while (static_cast<int>(origins.size()) < count) {
        const alentour::LatLon stop = stops[pick_stop(rng)];
        for (int tries = 0; tries < 100000; ++tries) {
            const alentour::NodeId n = pick_node(rng);
            if (walk.component(n) == 0 && alentour::haversine_metres(walk.node_position(n), stop) < 500.0) {
                origins.push_back({std::to_string(origins.size()), walk.node_position(n), 0});
                break;
            }
        }
    }
    return origins;
}

// The timetable kept in a cache file (alentour build --gtfs) and read back, as a transit
// command reads it: the cache mapped (graphs and all), then the timetable taken from it.
void time_reload(alentour::Region& region, const alentour::TransitFeed& feed, const alentour::StopLinks& links, const std::string& name,
                 bench::Summary& summary) {
    alentour::store_timetable(region, {feed, links, {}}, {});
    const std::string path = (std::filesystem::temp_directory_path() / ("bench_transit_" + name + ".alentour")).string();
    alentour::save_region(region, path, true);
    std::vector<double> load_ms, timetable_ms;
    for (int i = 0; i < 5; ++i) {
        auto start = bench::Clock::now();
        const alentour::Region loaded = alentour::load_region(path);
        load_ms.push_back(bench::seconds_since(start) * 1000);
        start = bench::Clock::now();
        const auto timetable = alentour::stored_timetable(loaded);
        timetable_ms.push_back(bench::seconds_since(start) * 1000);
    }
    std::filesystem::remove(path);
    std::cout << "  timetable in the cache: reloaded in " << bench::fixed(bench::median(timetable_ms), 1) << " ms (the cache file mapped and checked in "
              << bench::fixed(bench::median(load_ms), 1) << " ms before), median of 5\n";
    summary.put(name + ".timetable_reload_ms", bench::median(timetable_ms));
}

void run_case(const Case& c, int origin_count, bench::Summary& summary) {
    const std::string name = bench::base_name(c.feed);
    auto start = bench::Clock::now();
    alentour::BuildOptions build;
    build.profiles = alentour::select_profiles(alentour::default_profiles(), {"walk"});
    alentour::Region region = alentour::build_region(c.osm, build);
    const alentour::Graph& walk = region.graph("walk");
    const alentour::Snapper snapper(walk, "walk");
    std::cout << name << ": walk network " << bench::grouped(walk.node_count()) << " nodes, built in "
              << bench::fixed(bench::seconds_since(start), 1) << " s\n";

    start = bench::Clock::now();
    const alentour::TransitFeed feed = alentour::read_gtfs(c.feed);
    const double read_s = bench::seconds_since(start);
    start = bench::Clock::now();
    const alentour::StopLinks links = alentour::link_stops(feed, walk, snapper);
    const double link_s = bench::seconds_since(start);
    std::cout << "  feed: " << bench::grouped(feed.stop_times.size()) << " stop_times, read in " << bench::fixed(read_s * 1000, 0)
              << " ms; " << links.linked << " stops linked (" << links.unlinked << " not), transfers " << bench::grouped(links.transfers.size())
              << " in " << bench::fixed(link_s * 1000, 0) << " ms\n";
    summary.put(name + ".read_ms", read_s * 1000);
    summary.put(name + ".link_ms", link_s * 1000);
    time_reload(region, feed, links, name, summary);

    alentour::TransitOptions options;
    options.date = alentour::parse_day(c.date);
    options.time = c.time;
    options.window_minutes = 60;
    const auto origins = pick_origins(walk, feed, links, origin_count);
    std::vector<double> search_ms, catchment_ms, search_cpu_ms, catchment_cpu_ms;
    alentour::CatchmentOptions bands;
    bands.mode = "transit";
    bands.minutes = {15, 30, 45, 60};
    for (const auto& origin : origins) {
        start = bench::Clock::now();
        const double cpu = cpu_seconds();
        options.max_minutes = 60;
        const alentour::TransitResult result = alentour::transit_search(walk, snapper, feed, links, {origin}, options);
        search_ms.push_back(bench::seconds_since(start) * 1000);
        search_cpu_ms.push_back((cpu_seconds() - cpu) * 1000);
        const auto times = alentour::SearchResult::from_node_times(result.seconds[0], result.origins, result.direction, result.max_seconds);
        alentour::catchment_from_times(walk, times, {{origin.id, origin.position, result.origins[0]}}, bands);
        catchment_ms.push_back(bench::seconds_since(start) * 1000);
        catchment_cpu_ms.push_back((cpu_seconds() - cpu) * 1000);
    }
    std::cout << "  Range RAPTOR, " << c.time / 3600 << ":00 + 60 min, median of the 50th percentile up to 60 min, " << origins.size()
              << " origins: " << bench::fixed(bench::median(search_ms), 0) << " ms per origin (p90 "
              << bench::fixed(bench::percentile(search_ms, 0.9), 0) << "), processor time " << bench::fixed(bench::median(search_cpu_ms), 0) << " ms\n";
    std::cout << "  with the catchment's polygons (15/30/45/60 min): " << bench::fixed(bench::median(catchment_ms), 0)
              << " ms per origin, processor time " << bench::fixed(bench::median(catchment_cpu_ms), 0) << " ms\n";
    summary.put(name + ".raptor_ms", bench::median(search_ms));
    summary.put(name + ".catchment_ms", bench::median(catchment_ms));
    summary.put(name + ".raptor_cpu_ms", bench::median(search_cpu_ms));
    summary.put(name + ".catchment_cpu_ms", bench::median(catchment_cpu_ms));
}

} // namespace

int main(int argc, char** argv) {
    const Options options = parse(argc, argv);
    bench::Summary summary(options.summary);
    try {
        for (const Case& c : options.cases) run_case(c, options.origins, summary);
    } catch (const alentour::InputError& e) {
        std::cerr << "bench_transit: " << e.what() << "\n";
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "bench_transit: " << e.what() << "\n";
        return 2;
    }
    return 0;
}
