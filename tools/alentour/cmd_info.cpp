#include "commands.hpp"

#include <alentour/cache.hpp>
#include <alentour/transit.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <memory>

namespace alentour::cli {
namespace {

struct InfoArgs {
    std::string cache;
    std::vector<std::string> feeds;
    bool json = false;
};

nlohmann::json feed_json(const TransitFeedInfo& f) {
    return {{"source", f.source}, {"agencies", f.agencies}, {"first_day", format_day(f.first_day)},
            {"last_day", format_day(f.last_day)}, {"stops", f.stops}, {"routes", f.routes}, {"trips", f.trips},
            {"stop_times", f.stop_times}, {"frequencies", f.frequencies}, {"transfers", f.transfers},
            {"stops_linked", f.linked}, {"stops_not_linked", f.unlinked}, {"remarks", f.remarks}};
}

// The feeds kept in the cache (alentour build --gtfs), then those given to describe.
nlohmann::json describe_feeds(const Region& region, const std::vector<std::string>& feeds) {
    nlohmann::json out = nlohmann::json::array();
    for (const TransitFeedInfo& f : stored_feeds(region)) out.push_back(feed_json(f));
    for (const auto& path : feeds) out.push_back(feed_json(describe_feed(region.graph("walk"), path)));
    return out;
}

void print_feeds(const nlohmann::json& feeds) {
    for (const auto& f : feeds) {
        std::printf("\nfeed %s\n", f["source"].get<std::string>().c_str());
        for (const auto& agency : f["agencies"]) std::printf("  agency       %s\n", agency.get<std::string>().c_str());
        std::printf("  service      %s to %s\n", f["first_day"].get<std::string>().c_str(), f["last_day"].get<std::string>().c_str());
        std::printf("  timetable    %zu stops, %zu routes, %zu trips, %zu stop times, %zu frequencies, %zu transfers\n",
                    f["stops"].get<std::size_t>(), f["routes"].get<std::size_t>(), f["trips"].get<std::size_t>(),
                    f["stop_times"].get<std::size_t>(), f["frequencies"].get<std::size_t>(), f["transfers"].get<std::size_t>());
        std::printf("  stops served %u linked to the walk network, %u not\n", f["stops_linked"].get<unsigned>(),
                    f["stops_not_linked"].get<unsigned>());
        for (const auto& [reason, count] : f["remarks"].items()) {
            std::printf("  note %7llu  %s\n", count.get<unsigned long long>(), reason.c_str());
        }
    }
}

// Every category, with zero where the extract has none.
nlohmann::json place_counts(const Region& region) {
    nlohmann::json counts = nlohmann::json::object();
    for (const auto& c : place_categories()) counts[c.id] = 0;
    for (const auto& p : region.places()) counts[p.category] = counts[p.category].get<int>() + 1;
    return counts;
}

void print_places(const Region& region) {
    std::printf("\nflyer places   %zu\n", region.places().size());
    for (const auto& c : place_categories()) {
        const auto n = std::count_if(region.places().begin(), region.places().end(), [&](const Place& p) { return p.category == c.id; });
        std::printf("  %-17s %5td  %s\n", c.id.c_str(), n, c.label_fr.c_str());
    }
}

nlohmann::json describe(const Region& region) {
    const auto& s = region.stats();
    const auto box = region.bounds();
    nlohmann::json out = {{"source", s.source}, {"nodes_read", s.nodes_read}, {"ways_read", s.ways_read},
                          {"highway_ways", s.highway_ways}, {"ways_damaged", s.ways_damaged},
                          {"bounds", {{"min_lat", box.min_lat}, {"min_lon", box.min_lon}, {"max_lat", box.max_lat}, {"max_lon", box.max_lon}}},
                          {"networks", nlohmann::json::array()}, {"places", place_counts(region)}};
    for (const auto& n : region.networks()) {
        out["networks"].push_back({{"mode", n.mode}, {"nodes", n.graph.node_count()}, {"edges", n.graph.edge_count()},
                                   {"geometries", n.graph.geometry_count()}, {"ways_used", n.stats.ways_used},
                                   {"ways_skipped", n.stats.ways_skipped}, {"components", n.stats.component_count},
                                   {"share_outside_largest_component", n.stats.share_outside_largest},
                                   {"profile", nlohmann::json::parse(n.profile_json)}});
    }
    return out;
}

void print_text(const nlohmann::json& info) {
    std::printf("source         %s\n", info["source"].get<std::string>().c_str());
    std::printf("read           %llu nodes, %llu ways (%llu highways)\n", info["nodes_read"].get<unsigned long long>(),
                info["ways_read"].get<unsigned long long>(), info["highway_ways"].get<unsigned long long>());
    for (const auto& [reason, count] : info["ways_damaged"].items()) {
        std::printf("damaged ways   %llu: %s\n", count.get<unsigned long long>(), reason.c_str());
    }
    const auto& b = info["bounds"];
    std::printf("bounds         lat %.5f to %.5f, lon %.5f to %.5f\n", b["min_lat"].get<double>(), b["max_lat"].get<double>(),
                b["min_lon"].get<double>(), b["max_lon"].get<double>());
    for (const auto& n : info["networks"]) {
        std::printf("\n%s: %u nodes, %u directed edges, %llu ways used\n", n["mode"].get<std::string>().c_str(),
                    n["nodes"].get<unsigned>(), n["edges"].get<unsigned>(), n["ways_used"].get<unsigned long long>());
        std::printf("  components   %u, %.2f %% of nodes outside the largest\n", n["components"].get<unsigned>(),
                    100.0 * n["share_outside_largest_component"].get<double>());
        for (const auto& [reason, count] : n["ways_skipped"].items()) {
            std::printf("  skipped %7llu  %s\n", count.get<unsigned long long>(), reason.c_str());
        }
    }
}

} // namespace

void add_info_command(CLI::App& app, const GlobalOptions&) {
    auto args = std::make_shared<InfoArgs>();
    auto* command = app.add_subcommand("info", "describe a network cache (sizes, components, skipped ways and why) and GTFS feeds");
    command->add_option("cache", args->cache, "REGION.alentour")->required();
    command->add_flag("--json", args->json, "print JSON");
    command->add_option("--gtfs", args->feeds, "GTFS feeds to describe against the walk network (repeat for several)");
    command->callback([args] {
        const Region region = load_region(args->cache);
        auto info = describe(region);
        const auto feeds = describe_feeds(region, args->feeds);
        if (!feeds.empty()) info["feeds"] = feeds;
        if (args->json) {
            std::cout << info.dump(2) << '\n';
        } else {
            print_text(info);
            print_places(region);
            if (!feeds.empty()) print_feeds(feeds);
        }
    });
}

} // namespace alentour::cli
