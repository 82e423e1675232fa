#include "place_reader.hpp"

#include "place_rules.hpp"

#include <osmium/osm/node.hpp>
#include <osmium/osm/relation.hpp>
#include <osmium/osm/way.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>

namespace alentour::detail {
namespace {

Place new_place(const PlaceCategory& category, const osmium::TagList& tags, const char* kind, std::int64_t id) {
    const char* name = tags.get_value_by_key("name");
    return {name != nullptr && *name != '\0' ? name : category.label_fr, category.id, category.label_fr, {},
            std::string(kind) + "/" + std::to_string(id)};
}

bool is_multipolygon(const osmium::Relation& relation) {
    const char* type = relation.tags().get_value_by_key("type");
    return type != nullptr && std::strcmp(type, "multipolygon") == 0;
}

} // namespace

void PlaceCollector::node(const osmium::Node& node) {
    if (node.tags().empty() || !node.location().valid()) return;
    if (const PlaceCategory* category = classify_place(node.tags())) {
        Place place = new_place(*category, node.tags(), "node", node.id());
        place.position = {node.location().lat(), node.location().lon()};
        m_places.push_back(std::move(place));
        m_place_ids.push_back(node.id());
    }
}

void PlaceCollector::way(const osmium::Way& way) {
    const auto& nodes = way.nodes();
    if (nodes.size() < 2) return;
    if (std::binary_search(m_member_ways.begin(), m_member_ways.end(), way.id())) {
        m_way_ends.push_back({way.id(), nodes.front().ref(), nodes[nodes.size() / 2].ref()});
    }
    // Only a closed way encloses a place; an open one tagged like a shop is a mistake.
    if (way.tags().empty() || nodes.size() < 4 || nodes.front().ref() != nodes.back().ref()) return;
    if (const PlaceCategory* category = classify_place(way.tags())) {
        Pending pending{way.id(), new_place(*category, way.tags(), "way", way.id()), {}, {}};
        for (const auto& ref : nodes) pending.node_ids.push_back(ref.ref());
        m_pending_ways.push_back(std::move(pending));
    }
}

void PlaceCollector::relation(const osmium::Relation& relation) {
    if (!is_multipolygon(relation)) return;
    const PlaceCategory* category = classify_place(relation.tags());
    if (category == nullptr) return;
    Pending pending{relation.id(), new_place(*category, relation.tags(), "relation", relation.id()), {}, {}};
    for (const auto& member : relation.members()) {
        const std::string_view role = member.role();
        if (member.type() == osmium::item_type::way && (role == "outer" || role.empty())) pending.way_ids.push_back(member.ref());
    }
    if (!pending.way_ids.empty()) m_pending_relations.push_back(std::move(pending));
}

void PlaceCollector::relations_done() {
    for (const auto& pending : m_pending_relations) m_member_ways.insert(m_member_ways.end(), pending.way_ids.begin(), pending.way_ids.end());
    std::sort(m_member_ways.begin(), m_member_ways.end());
    m_member_ways.erase(std::unique(m_member_ways.begin(), m_member_ways.end()), m_member_ways.end());
}

void PlaceCollector::wanted_nodes(std::vector<std::int64_t>& ids) const {
    for (const auto& pending : m_pending_ways) ids.insert(ids.end(), pending.node_ids.begin(), pending.node_ids.end());
    for (const auto& ends : m_way_ends) ids.push_back(ends.first), ids.push_back(ends.middle);
}

// The ring's centroid (shoelace formula: longitude scaling does not move it), or the mean
// of its nodes when it encloses no area. A concave building's centroid may fall just
// outside it: close enough for a marker and a travel time.
std::optional<LatLon> PlaceCollector::ring_point(const std::vector<std::int64_t>& ids,
                                                 const std::function<std::optional<FixedPoint>(std::int64_t)>& locate) const {
    std::vector<LatLon> ring;
    for (const auto id : ids) {
        if (const auto p = locate(id)) ring.push_back(to_lat_lon(*p));
    }
    if (ring.empty()) return std::nullopt;
    double area = 0, x = 0, y = 0, mean_lat = 0, mean_lon = 0;
    const LatLon o = ring.front();  // around the first node, for precision
    for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
        const double x0 = ring[i].lon - o.lon, y0 = ring[i].lat - o.lat, x1 = ring[i + 1].lon - o.lon, y1 = ring[i + 1].lat - o.lat;
        const double cross = x0 * y1 - x1 * y0;
        area += cross, x += (x0 + x1) * cross, y += (y0 + y1) * cross;
    }
    for (const auto& p : ring) mean_lat += p.lat, mean_lon += p.lon;
    if (std::abs(area) < 1e-14) return LatLon{mean_lat / static_cast<double>(ring.size()), mean_lon / static_cast<double>(ring.size())};
    return LatLon{o.lat + y / (3 * area), o.lon + x / (3 * area)};
}

// The mean of two nodes of each outer way: inside the usual compact campus or site.
std::optional<LatLon> PlaceCollector::multipolygon_point(const std::vector<std::int64_t>& way_ids,
                                                         const std::function<std::optional<FixedPoint>(std::int64_t)>& locate) {
    double lat = 0, lon = 0;
    int count = 0;
    for (const auto id : way_ids) {
        const auto it = std::lower_bound(m_way_ends.begin(), m_way_ends.end(), id, [](const WayEnds& w, std::int64_t v) { return w.id < v; });
        if (it == m_way_ends.end() || it->id != id) continue;
        for (const auto node : {it->first, it->middle}) {
            if (const auto p = locate(node)) lat += to_lat_lon(*p).lat, lon += to_lat_lon(*p).lon, ++count;
        }
    }
    if (count == 0) return std::nullopt;
    return LatLon{lat / count, lon / count};
}

std::vector<Place> PlaceCollector::node_places_by_id() {
    std::vector<std::size_t> order(m_places.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [this](std::size_t a, std::size_t b) { return m_place_ids[a] < m_place_ids[b]; });
    std::vector<Place> places;
    places.reserve(order.size());
    for (const auto i : order) places.push_back(std::move(m_places[i]));
    std::vector<Place>().swap(m_places);
    std::vector<std::int64_t>().swap(m_place_ids);
    return places;
}

std::vector<Place> PlaceCollector::resolve(const std::function<std::optional<FixedPoint>(std::int64_t)>& locate) {
    std::sort(m_way_ends.begin(), m_way_ends.end(), [](const WayEnds& a, const WayEnds& b) { return a.id < b.id; });
    std::vector<Place> places = node_places_by_id();
    for (auto* list : {&m_pending_ways, &m_pending_relations}) {
        std::stable_sort(list->begin(), list->end(), [](const Pending& a, const Pending& b) { return a.id < b.id; });
        for (auto& pending : *list) {
            const auto point = pending.way_ids.empty() ? ring_point(pending.node_ids, locate) : multipolygon_point(pending.way_ids, locate);
            if (!point) continue;
            pending.place.position = *point;
            places.push_back(std::move(pending.place));
        }
        std::vector<Pending>().swap(*list);
    }
    std::vector<WayEnds>().swap(m_way_ends);
    std::vector<std::int64_t>().swap(m_member_ways);
    return places;
}

} // namespace alentour::detail
