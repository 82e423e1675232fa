#pragma once
// Building routable networks from an OpenStreetMap extract: one Graph per profile.

#include <alentour/geo.hpp>
#include <alentour/graph.hpp>
#include <alentour/places.hpp>
#include <alentour/profile.hpp>
#include <alentour/progress.hpp>

#include <cstdint>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace alentour {

using ReasonCounts = std::map<std::string, std::uint64_t, std::less<>>;

struct NetworkStats {
    std::uint64_t ways_used = 0;
    ReasonCounts ways_skipped;          // why ways were not used by this profile
    std::uint32_t component_count = 0;
    double share_outside_largest = 0.0;  // share of nodes outside the largest component
};

struct Network {
    std::string mode;          // the profile name: walk, bike, car…
    std::string profile_json;  // the profile it was built with, for `info` and reproducibility
    Graph graph;
    NetworkStats stats;
};

struct RegionStats {
    std::string source;        // the OSM file it was built from
    std::uint64_t nodes_read = 0;
    std::uint64_t ways_read = 0;
    std::uint64_t highway_ways = 0;
    ReasonCounts ways_damaged;  // ways whose nodes are missing from the extract
    // Of the build that just ran; not stored, so that a cache is the same bytes whenever
    // it is built from the same file (0 in a region loaded from its cache).
    double build_seconds = 0.0;
};

// Data kept beside the graphs in a region's cache (a timetable): bytes and a JSON
// description, written and read by the area that owns them; `owner` keeps the bytes
// alive (the cache's mapping, or a buffer).
struct RegionSection {
    std::string meta;
    std::span<const unsigned char> bytes;
    std::shared_ptr<const void> owner;
};

class Region {
public:
    Region() = default;
    Region(std::vector<Network> networks, RegionStats stats, std::vector<Place> places = {});

    const std::vector<Network>& networks() const noexcept { return m_networks; }
    const RegionStats& stats() const noexcept { return m_stats; }
    // The flyer places read from the extract with the networks (places.hpp).
    const std::vector<Place>& places() const noexcept { return m_places; }

    // The network of a mode. Throws InputError naming the modes this region has.
    const Network& network(std::string_view mode) const;
    const Graph& graph(std::string_view mode) const { return network(mode).graph; }
    BoundingBox bounds() const;

    // Sections by name, saved and loaded with the cache; nullptr when absent.
    const RegionSection* section(std::string_view name) const;
    const std::map<std::string, RegionSection, std::less<>>& sections() const noexcept { return m_sections; }
    void set_section(std::string name, RegionSection section) { m_sections[std::move(name)] = std::move(section); }

private:
    std::vector<Network> m_networks;
    RegionStats m_stats;
    std::vector<Place> m_places;
    std::map<std::string, RegionSection, std::less<>> m_sections;
};

struct BuildOptions {
    std::vector<Profile> profiles = default_profiles();
};

// Reads an .osm.pbf, .osm (XML) or .opl file and builds one network per profile.
// Throws InputError on a missing or unreadable file.
Region build_region(const std::string& osm_path, const BuildOptions& options = {}, const Progress& progress = {});

// Same from OSM data held in memory; `format` is "opl", "xml" or "pbf".
Region build_region_from_data(std::string_view data, std::string_view format, const BuildOptions& options = {});

} // namespace alentour
