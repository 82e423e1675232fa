#include "graph_builder.hpp"
#include "osm_reader.hpp"

#include <alentour/error.hpp>
#include <alentour/network.hpp>

#include <osmium/io/any_input.hpp>

#include <chrono>
#include <filesystem>

namespace alentour {
namespace {

Region build_from_file(const osmium::io::File& file, std::uint64_t file_size, const BuildOptions& options,
                       const Progress& progress) {
    const auto start = std::chrono::steady_clock::now();
    if (options.profiles.empty()) throw InputError("no profile to build", {"", 0, "--profiles"});
    auto raw = detail::read_osm(file, options.profiles, file_size, progress);
    report(progress, 0.8, "building graphs");

    // One profile at a time: a builder's working arrays (pending edges, node maps) are
    // several times its graph, and three side by side made the build's peak.
    std::vector<Network> networks;
    for (std::size_t p = 0; p < options.profiles.size(); ++p) {
        auto built = detail::build_graph(raw, p, options.profiles.size());
        Network net;
        net.mode = options.profiles[p].name;
        net.profile_json = profile_to_json(options.profiles[p]);
        net.graph = std::move(built.graph);
        net.stats.ways_used = raw.used[p];
        net.stats.ways_skipped = std::move(raw.skipped[p]);
        net.stats.component_count = built.component_count;
        net.stats.share_outside_largest = built.share_outside_largest;
        networks.push_back(std::move(net));
    }
    raw.stats.source = file.filename();
    raw.stats.build_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    report(progress, 1.0, "done");
    return Region(std::move(networks), std::move(raw.stats), std::move(raw.places));
}

} // namespace

Region::Region(std::vector<Network> networks, RegionStats stats, std::vector<Place> places)
    : m_networks(std::move(networks)), m_stats(std::move(stats)), m_places(std::move(places)) {}

const Network& Region::network(std::string_view mode) const {
    for (const auto& n : m_networks) {
        if (n.mode == mode) return n;
    }
    std::string known;
    for (const auto& n : m_networks) known += (known.empty() ? "" : ", ") + n.mode;
    throw InputError("unknown mode '" + std::string(mode) + "': this region has " + (known.empty() ? "no network" : known),
                     {"", 0, "--mode"});
}

const RegionSection* Region::section(std::string_view name) const {
    const auto found = m_sections.find(name);
    return found == m_sections.end() ? nullptr : &found->second;
}

BoundingBox Region::bounds() const {
    BoundingBox box;
    for (const auto& n : m_networks) {
        const auto b = n.graph.bounds();
        if (!b.empty()) box.extend({b.min_lat, b.min_lon}), box.extend({b.max_lat, b.max_lon});
    }
    return box;
}

Region build_region(const std::string& osm_path, const BuildOptions& options, const Progress& progress) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(osm_path, ec)) throw InputError("no such file", {osm_path, 0, {}});
    const auto size = std::filesystem::file_size(osm_path, ec);
    osmium::io::File file;
    try {
        file = osmium::io::File(osm_path);
    } catch (const std::exception& e) {
        throw InputError(std::string("not an OpenStreetMap file this tool reads (.osm.pbf, .osm, .opl): ") + e.what(), {osm_path, 0, {}});
    }
    return build_from_file(file, ec ? 0 : size, options, progress);
}

Region build_region_from_data(std::string_view data, std::string_view format, const BuildOptions& options) {
    const osmium::io::File file(data.data(), data.size(), std::string(format));
    return build_from_file(file, 0, options, {});
}

} // namespace alentour
