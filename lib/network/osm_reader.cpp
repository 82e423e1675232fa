#include "osm_reader.hpp"
#include "place_reader.hpp"

#include <alentour/error.hpp>

#include <osmium/handler.hpp>
#include <osmium/io/any_input.hpp>
#include <osmium/osm/node.hpp>
#include <osmium/osm/relation.hpp>
#include <osmium/osm/way.hpp>
#include <osmium/visitor.hpp>

#include <algorithm>
#include <optional>

namespace alentour::detail {
namespace {

struct NodeRecord {
    std::int64_t id;
    FixedPoint point;
};

// Collects nodes and classified ways; refs stay OSM ids until every node is known,
// because some extracts are not sorted (ways before their nodes).
class Collector : public osmium::handler::Handler {
public:
    Collector(const std::vector<Profile>& profiles, RawWays& out) : m_profiles(profiles), m_out(out) {
        m_out.skipped.resize(profiles.size());
        m_out.used.resize(profiles.size());
        m_out.way_first_ref.push_back(0);
    }

    void node(const osmium::Node& node) {
        ++m_out.stats.nodes_read;
        const auto location = node.location();
        if (!location.valid()) return;
        m_nodes.push_back({node.id(), FixedPoint{location.y(), location.x()}});
        m_places.node(node);
    }

    void relation(const osmium::Relation& relation) { m_places.relation(relation); }

    void way(const osmium::Way& way) {
        ++m_out.stats.ways_read;
        m_places.way(way);
        if (way.tags().get_value_by_key("highway") == nullptr) return;
        ++m_out.stats.highway_ways;
        bool any = false;
        m_scratch.clear();
        for (std::size_t p = 0; p < m_profiles.size(); ++p) {
            const WayUse use = classify_way(way.tags(), m_profiles[p]);
            if (use.usable) {
                any = true;
                ++m_out.used[p];
                m_scratch.push_back({static_cast<float>(use.speed_kmh), use.forward, use.backward});
            } else {
                ++m_out.skipped[p][use.skip_reason];
                m_scratch.push_back({});
            }
        }
        if (!any) return;
        m_out.uses.insert(m_out.uses.end(), m_scratch.begin(), m_scratch.end());
        for (const auto& ref : way.nodes()) m_ref_ids.push_back(ref.ref());
        m_out.way_first_ref.push_back(static_cast<std::uint32_t>(m_ref_ids.size()));
    }

    // Turns OSM ids into node indices, marking absent nodes.
    void resolve() {
        const auto by_id = [](const NodeRecord& a, const NodeRecord& b) { return a.id < b.id; };
        if (!std::is_sorted(m_nodes.begin(), m_nodes.end(), by_id)) std::stable_sort(m_nodes.begin(), m_nodes.end(), by_id);
        m_out.places = m_places.resolve([this](std::int64_t id) -> std::optional<FixedPoint> {
            const auto it = std::lower_bound(m_nodes.begin(), m_nodes.end(), id, [](const NodeRecord& n, std::int64_t v) { return n.id < v; });
            if (it == m_nodes.end() || it->id != id) return std::nullopt;
            return it->point;
        });
        m_out.node_points.reserve(m_nodes.size());
        for (const auto& n : m_nodes) m_out.node_points.push_back(n.point);
        m_out.refs.resize(m_ref_ids.size());
        for (std::size_t i = 0; i < m_ref_ids.size(); ++i) {
            const auto it = std::lower_bound(m_nodes.begin(), m_nodes.end(), m_ref_ids[i],
                                             [](const NodeRecord& n, std::int64_t id) { return n.id < id; });
            m_out.refs[i] = (it != m_nodes.end() && it->id == m_ref_ids[i]) ? static_cast<std::uint32_t>(it - m_nodes.begin())
                                                                            : missing_node;
        }
        std::vector<NodeRecord>().swap(m_nodes);
        std::vector<std::int64_t>().swap(m_ref_ids);
        count_damaged_ways();
    }

    // Clipped extracts cut ways at the border: the known pieces are kept, and counted.
    void count_damaged_ways() {
        for (std::size_t w = 0; w < m_out.way_count(); ++w) {
            const auto first = m_out.refs.begin() + m_out.way_first_ref[w];
            const auto last = m_out.refs.begin() + m_out.way_first_ref[w + 1];
            const auto missing = std::count(first, last, missing_node);
            if (missing == 0) continue;
            ++m_out.stats.ways_damaged[last - first - missing < 2 ? "all but one node missing (dropped)"
                                                                   : "some nodes missing (known pieces kept)"];
        }
    }

private:
    const std::vector<Profile>& m_profiles;
    RawWays& m_out;
    std::vector<NodeRecord> m_nodes;
    std::vector<std::int64_t> m_ref_ids;
    std::vector<WayProfileUse> m_scratch;
    PlaceCollector m_places;
};

} // namespace

RawWays read_osm(const osmium::io::File& file, const std::vector<Profile>& profiles, std::uint64_t file_size,
                 const Progress& progress) {
    RawWays out;
    Collector collector(profiles, out);
    try {
        osmium::io::Reader reader(file, osmium::osm_entity_bits::node | osmium::osm_entity_bits::way |
                                                  osmium::osm_entity_bits::relation);
        while (osmium::memory::Buffer buffer = reader.read()) {
            osmium::apply(buffer, collector);
            if (file_size > 0) report(progress, 0.8 * static_cast<double>(reader.offset()) / static_cast<double>(file_size), "reading");
        }
        reader.close();
    } catch (const std::exception& e) {
        throw InputError(std::string("cannot read OpenStreetMap data: ") + e.what(), {file.filename(), 0, {}});
    }
    collector.resolve();
    return out;
}

} // namespace alentour::detail
