#pragma once
// First stage of a build: passes over the OSM file keeping the positions of the nodes of
// the highway ways that at least one profile may use, with what each profile makes of them,
// and the flyer places (place_reader.hpp).

#include "way_rules.hpp"

#include <alentour/geo.hpp>
#include <alentour/network.hpp>
#include <alentour/places.hpp>

#include <cstdint>
#include <vector>

namespace osmium::io {
class File;
}

namespace alentour::detail {

constexpr std::uint32_t missing_node = 0xFFFFFFFFu;

// What one profile makes of one way, packed: speed and allowed directions.
struct WayProfileUse {
    float speed_kmh = 0.0f;
    bool forward = false;
    bool backward = false;
    bool usable() const noexcept { return forward || backward; }
};

struct RawWays {
    std::vector<FixedPoint> node_points;         // the kept ways' nodes, in OSM id order
    std::vector<std::uint32_t> refs;             // node indices of all kept ways, missing_node where absent
    std::vector<std::uint32_t> way_first_ref;    // way → first ref (one extra entry at the end)
    std::vector<WayProfileUse> uses;             // way × profile, profile-major within a way
    std::vector<ReasonCounts> skipped;           // per profile
    std::vector<std::uint64_t> used;             // per profile: ways usable
    std::vector<Place> places;                   // flyer places, read in the same pass
    RegionStats stats;

    std::size_t way_count() const noexcept { return way_first_ref.empty() ? 0 : way_first_ref.size() - 1; }
};

RawWays read_osm(const osmium::io::File& file, const std::vector<Profile>& profiles, std::uint64_t file_size,
                 const Progress& progress);

} // namespace alentour::detail
