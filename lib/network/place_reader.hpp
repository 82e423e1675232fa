#pragma once
// The flyer places of an OSM file, gathered during the build's passes: tagged nodes,
// closed ways and multipolygon relations, each reduced to one representative point once
// the positions of the nodes they name are known. Relations are read first, so that only
// the ways they name keep their ends, then ways, then nodes.

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
    void relation(const osmium::Relation& relation);
    // Call between the relations and the ways.
    void relations_done();
    void way(const osmium::Way& way);
    // The nodes whose positions resolve() will ask for, appended to `ids`.
    void wanted_nodes(std::vector<std::int64_t>& ids) const;
    void node(const osmium::Node& node);

    // The places with their positions; `locate` gives a node's position by OSM id.
    // Places whose nodes are all missing from the extract are dropped. Nodes come first,
    // then ways, then relations, each by OSM id: the file's order does not matter.
    std::vector<Place> resolve(const std::function<std::optional<FixedPoint>(std::int64_t)>& locate);

private:
    struct Pending {
        std::int64_t id;
        Place place;
        std::vector<std::int64_t> node_ids;  // a closed way's ring
        std::vector<std::int64_t> way_ids;   // a multipolygon's outer ways
    };
    // Two nodes of a member way (the first, and the one half-way along), enough for a
    // multipolygon's point without keeping every way's nodes.
    struct WayEnds {
        std::int64_t id;
        std::int64_t first;
        std::int64_t middle;
    };
    std::vector<Place> node_places_by_id();
    std::optional<LatLon> ring_point(const std::vector<std::int64_t>& ids,
                                     const std::function<std::optional<FixedPoint>(std::int64_t)>& locate) const;
    std::optional<LatLon> multipolygon_point(const std::vector<std::int64_t>& way_ids,
                                             const std::function<std::optional<FixedPoint>(std::int64_t)>& locate);

    std::vector<Place> m_places;             // nodes, placed already
    std::vector<std::int64_t> m_place_ids;   // their OSM ids
    std::vector<Pending> m_pending_ways;       // kept apart so places come in the same order
    std::vector<Pending> m_pending_relations;  // as a one-pass reading of a sorted file
    std::vector<std::int64_t> m_member_ways;   // sorted: the ways a pending relation names
    std::vector<WayEnds> m_way_ends;           // of those ways only
};

} // namespace alentour::detail
