#include "osm_reader.hpp"
#include "node_locations.hpp"
#include "place_reader.hpp"

#include <alentour/error.hpp>

#include <osmium/handler.hpp>
#include <osmium/io/any_input.hpp>
#include <osmium/osm/node.hpp>
#include <osmium/osm/relation.hpp>
#include <osmium/osm/way.hpp>
#include <osmium/visitor.hpp>

#include <algorithm>
#include <numeric>
#include <optional>

namespace alentour::detail {
namespace {

// Reads the file three times, one entity type at a time: relations (the places' multipolygons),
// ways (the highways, and the places' rings), then only the nodes those name. Memory follows
// what is kept rather than the file's node count, and any entity order works, since some
// extracts are not sorted (ways before their nodes).
class Collector : public osmium::handler::Handler {
public:
    Collector(const std::vector<Profile>& profiles, RawWays& out) : m_profiles(profiles), m_out(out) {
        m_out.skipped.resize(profiles.size());
        m_out.used.resize(profiles.size());
        m_out.way_first_ref.push_back(0);
    }

    void relation(const osmium::Relation& relation) { m_places.relation(relation); }
    void relations_done() { m_places.relations_done(); }

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
        m_way_ids.push_back(way.id());
    }

    // Between the ways and the nodes: the wanted node ids, and each way ref turned into
    // its index among them (8 bytes a ref become 4).
    void ways_done() {
        sort_ways_by_id();
        std::vector<std::int64_t> wanted(m_ref_ids);
        m_places.wanted_nodes(wanted);
        m_nodes.emplace(std::move(wanted));
        m_out.refs.resize(m_ref_ids.size());
        for (std::size_t i = 0; i < m_ref_ids.size(); ++i) m_out.refs[i] = static_cast<std::uint32_t>(m_nodes->index_of(m_ref_ids[i]));
        std::vector<std::int64_t>().swap(m_ref_ids);
    }

    void node(const osmium::Node& node) {
        ++m_out.stats.nodes_read;
        const auto location = node.location();
        if (!location.valid()) return;
        m_nodes->offer(node.id(), FixedPoint{location.y(), location.x()});
        m_places.node(node);
    }

    // Places take their positions; way refs become indices into the positions found,
    // missing_node where the extract lacked the node.
    void nodes_done() {
        m_out.places = m_places.resolve([this](std::int64_t id) { return m_nodes->find(id); });
        auto found = m_nodes->compact(missing_node);
        m_nodes.reset();
        for (auto& ref : m_out.refs) ref = found.rank[ref];
        m_out.node_points = std::move(found.points);
        count_damaged_ways();
    }

private:
    // Ways in OSM id order, as a sorted file gives them: the graph does not depend on the
    // file's order.
    void sort_ways_by_id() {
        std::vector<std::int64_t> ids;
        ids.swap(m_way_ids);
        if (std::is_sorted(ids.begin(), ids.end())) return;
        std::vector<std::uint32_t> order(ids.size());
        std::iota(order.begin(), order.end(), 0u);
        std::stable_sort(order.begin(), order.end(), [&ids](std::uint32_t a, std::uint32_t b) { return ids[a] < ids[b]; });
        const std::size_t profiles = m_profiles.size();
        std::vector<std::int64_t> refs;
        std::vector<std::uint32_t> first{0};
        std::vector<WayProfileUse> uses;
        refs.reserve(m_ref_ids.size()), first.reserve(order.size() + 1), uses.reserve(m_out.uses.size());
        for (const auto w : order) {
            refs.insert(refs.end(), m_ref_ids.begin() + m_out.way_first_ref[w], m_ref_ids.begin() + m_out.way_first_ref[w + 1]);
            first.push_back(static_cast<std::uint32_t>(refs.size()));
            const auto use = m_out.uses.begin() + static_cast<std::ptrdiff_t>(w * profiles);
            uses.insert(uses.end(), use, use + static_cast<std::ptrdiff_t>(profiles));
        }
        m_ref_ids.swap(refs), m_out.way_first_ref.swap(first), m_out.uses.swap(uses);
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

    const std::vector<Profile>& m_profiles;
    RawWays& m_out;
    std::vector<std::int64_t> m_ref_ids;
    std::vector<std::int64_t> m_way_ids;  // of the kept ways, to put them in id order
    std::optional<NodeLocations> m_nodes;
    std::vector<WayProfileUse> m_scratch;
    PlaceCollector m_places;
};

// One pass over the entities of `types`, reporting progress from `from` to `to`.
void read_pass(const osmium::io::File& file, osmium::osm_entity_bits::type types, Collector& collector,
               std::uint64_t file_size, const Progress& progress, double from, double to) {
    osmium::io::Reader reader(file, types);
    while (osmium::memory::Buffer buffer = reader.read()) {
        osmium::apply(buffer, collector);
        if (file_size > 0) {
            report(progress, from + (to - from) * static_cast<double>(reader.offset()) / static_cast<double>(file_size), "reading");
        }
    }
    reader.close();
}

} // namespace

RawWays read_osm(const osmium::io::File& file, const std::vector<Profile>& profiles, std::uint64_t file_size,
                 const Progress& progress) {
    RawWays out;
    Collector collector(profiles, out);
    try {
        read_pass(file, osmium::osm_entity_bits::relation, collector, file_size, progress, 0.0, 0.1);
        collector.relations_done();
        read_pass(file, osmium::osm_entity_bits::way, collector, file_size, progress, 0.1, 0.4);
        collector.ways_done();
        read_pass(file, osmium::osm_entity_bits::node, collector, file_size, progress, 0.4, 0.8);
    } catch (const std::exception& e) {
        throw InputError(std::string("cannot read OpenStreetMap data: ") + e.what(), {file.filename(), 0, {}});
    }
    collector.nodes_done();
    return out;
}

} // namespace alentour::detail
