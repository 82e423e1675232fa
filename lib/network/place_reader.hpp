#pragma once
// The flyer places of an OSM file, gathered during the build's one pass: tagged nodes,
// closed ways and multipolygon relations, each reduced to one representative point once
// every node position is known (extracts are not always sorted).

#include <alentour/places.hpp>

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace osmium {
class Node;
class Way;
class Relation;
} // namespace osmium

namespace alentour::detail {

class PlaceCollector {
public:
    void node(const osmium::Node& node);
    void way(const osmium::Way& way);
    void relation(const osmium::Relation& relation);

    // The places with their positions; `locate` gives a node's position by OSM id.
    // Places whose nodes are all missing from the extract are dropped.
    std::vector<Place> resolve(const std::function<std::optional<FixedPoint>(std::int64_t)>& locate);

private:
    struct Pending {
        Place place;
        std::vector<std::int64_t> node_ids;  // a closed way's ring
        std::vector<std::int64_t> way_ids;   // a multipolygon's outer ways
    };
    // Two nodes of every way (the first, and the one half-way along), enough for a
    // multipolygon's point without keeping every way's nodes.
    struct WayEnds {
        std::int64_t id;
        std::int64_t first;
        std::int64_t middle;
    };
    std::optional<LatLon> ring_point(const std::vector<std::int64_t>& ids,
                                     const std::function<std::optional<FixedPoint>(std::int64_t)>& locate) const;
    std::optional<LatLon> multipolygon_point(const std::vector<std::int64_t>& way_ids,
                                             const std::function<std::optional<FixedPoint>(std::int64_t)>& locate);

    std::vector<Place> m_places;  // nodes, placed already
    std::vector<Pending> m_pending;
    std::vector<WayEnds> m_way_ends;
};

} // namespace alentour::detail
