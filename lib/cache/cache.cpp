#include "checksum.hpp"
#include "file_layout.hpp"
#include "mapped_file.hpp"

#include <alentour/cache.hpp>
#include <alentour/error.hpp>
#include <alentour/output_file.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstring>
#include <span>

// File layout: a 64-byte header, then the arrays of every network (each 64-byte
// aligned so the mapping can be used in place), then the flyer places' arrays, then the
// region's sections (a timetable), 64-byte aligned too, then a JSON block describing them.
// The checksum covers everything after the header. Little-endian, as every machine
// this runs on.

namespace alentour {
namespace {

using nlohmann::json;

constexpr char magic[8] = {'A', 'L', 'E', 'N', 'T', 'O', 'U', 'R'};
constexpr std::size_t alignment = 64;

struct Header {
    char magic[8];
    std::uint32_t version;
    std::uint32_t header_size;
    std::uint64_t file_size;
    std::uint64_t checksum;
    std::uint64_t meta_offset;
    std::uint64_t meta_size;
    std::uint64_t reserved[2];
};
static_assert(sizeof(Header) == 64);

// Visits every array of a graph with its name; `Arrays` is const when writing.
template <typename Arrays, typename Visit>
void for_each_array(Arrays& a, Visit&& visit) {
    visit("first_out", a.first_out);
    visit("edges", a.edges);
    visit("first_in", a.first_in);
    visit("in_edges", a.in_edges);
    visit("node_points", a.node_points);
    visit("node_component", a.node_component);
    visit("component_sizes", a.component_sizes);
    visit("shape_offsets", a.shape_offsets);
    visit("shape_bytes", a.shape_bytes);
    visit("geometry_ends", a.geometry_ends);
}

json region_stats_to_json(const RegionStats& s) {
    return {{"source", s.source}, {"nodes_read", s.nodes_read}, {"ways_read", s.ways_read},
            {"highway_ways", s.highway_ways}, {"ways_damaged", s.ways_damaged}};
}

RegionStats region_stats_from_json(const json& j) {
    RegionStats s;
    s.source = j.at("source").get<std::string>();
    s.nodes_read = j.at("nodes_read").get<std::uint64_t>();
    s.ways_read = j.at("ways_read").get<std::uint64_t>();
    s.highway_ways = j.at("highway_ways").get<std::uint64_t>();
    s.ways_damaged = j.at("ways_damaged").get<ReasonCounts>();
    return s;
}

json network_stats_to_json(const NetworkStats& s) {
    return {{"ways_used", s.ways_used}, {"ways_skipped", s.ways_skipped}, {"component_count", s.component_count},
            {"share_outside_largest", s.share_outside_largest}};
}

NetworkStats network_stats_from_json(const json& j) {
    NetworkStats s;
    s.ways_used = j.at("ways_used").get<std::uint64_t>();
    s.ways_skipped = j.at("ways_skipped").get<ReasonCounts>();
    s.component_count = j.at("component_count").get<std::uint32_t>();
    s.share_outside_largest = j.at("share_outside_largest").get<double>();
    return s;
}

// Appends one array, aligned, and returns its entry for the description block.
template <typename T>
json append_array(detail::FileLayout& layout, std::span<const T> span) {
    layout.pad_to(alignment);
    const auto offset = layout.add({reinterpret_cast<const unsigned char*>(span.data()), span.size_bytes()});
    return {{"offset", offset}, {"count", span.size()}, {"element_size", sizeof(T)}};
}

// The same for an array made for the file, which the layout keeps.
template <typename T>
json append_owned_array(detail::FileLayout& layout, const std::vector<T>& values) {
    layout.pad_to(alignment);
    const auto offset = layout.add_owned(std::string(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(T)));
    return {{"offset", offset}, {"count", values.size()}, {"element_size", sizeof(T)}};
}

// The array an entry describes, checked against the file. Throws CacheError.
template <typename T>
std::span<const T> mapped_array(const json& entry, const detail::MappedFile& file, const std::string& name, const std::string& path) {
    const auto offset = entry.at("offset").get<std::uint64_t>();
    const auto count = entry.at("count").get<std::uint64_t>();
    if (entry.at("element_size").get<std::size_t>() != sizeof(T) || offset % alignof(T) != 0 || offset > file.size() ||
        count > (file.size() - offset) / sizeof(T)) {
        throw CacheError("damaged array '" + name + "'; rebuild it with 'alentour build'", {path, 0, {}});
    }
    return {reinterpret_cast<const T*>(file.data() + offset), static_cast<std::size_t>(count)};
}

// Flyer places as four arrays: positions, category indices into the meta block's list,
// and a string table holding each place's name then its OSM id.
json append_places(detail::FileLayout& layout, const std::vector<Place>& places) {
    json categories = json::array();
    for (const auto& c : place_categories()) categories.push_back(c.id);
    std::vector<FixedPoint> points;
    std::vector<std::uint8_t> category_index;
    std::vector<std::uint32_t> text_offsets{0};
    std::string text;
    for (const auto& p : places) {
        points.push_back(to_fixed(p.position));
        const auto& all = place_categories();
        const auto it = std::find_if(all.begin(), all.end(), [&](const PlaceCategory& c) { return c.id == p.category; });
        category_index.push_back(static_cast<std::uint8_t>(it - all.begin()));
        for (const std::string* s : {&p.name, &p.osm_id}) text += *s, text_offsets.push_back(static_cast<std::uint32_t>(text.size()));
    }
    const std::vector<char> text_bytes(text.begin(), text.end());
    json arrays = {{"points", append_owned_array(layout, points)},
                   {"categories", append_owned_array(layout, category_index)},
                   {"text_offsets", append_owned_array(layout, text_offsets)},
                   {"text", append_owned_array(layout, text_bytes)}};
    return {{"categories", categories}, {"arrays", arrays}};
}

std::vector<Place> load_places(const json& meta, const detail::MappedFile& file, const std::string& path) {
    const auto& arrays = meta.at("arrays");
    const auto points = mapped_array<FixedPoint>(arrays.at("points"), file, "places.points", path);
    const auto categories = mapped_array<std::uint8_t>(arrays.at("categories"), file, "places.categories", path);
    const auto offsets = mapped_array<std::uint32_t>(arrays.at("text_offsets"), file, "places.text_offsets", path);
    const auto text = mapped_array<char>(arrays.at("text"), file, "places.text", path);
    const auto ids = meta.at("categories").get<std::vector<std::string>>();
    const bool ok = categories.size() == points.size() && offsets.size() == 2 * points.size() + 1 && offsets.back() == text.size() &&
                    std::is_sorted(offsets.begin(), offsets.end()) &&
                    std::all_of(categories.begin(), categories.end(), [&](std::uint8_t c) { return c < ids.size(); });
    if (!ok) throw CacheError("inconsistent place arrays; rebuild it with 'alentour build'", {path, 0, {}});
    std::vector<Place> places;
    const auto string_at = [&](std::size_t k) { return std::string(text.data() + offsets[k], offsets[k + 1] - offsets[k]); };
    for (std::size_t i = 0; i < points.size(); ++i) {
        const PlaceCategory& category = place_category(ids[categories[i]]);
        places.push_back({string_at(2 * i), category.id, category.label_fr, to_lat_lon(points[i]), string_at(2 * i + 1)});
    }
    return places;
}

// The file's pieces in order, the description block last, whose offset it returns;
// the header comes apart.
std::uint64_t lay_out(const Region& region, detail::FileLayout& layout) {
    json meta = {{"region", region_stats_to_json(region.stats())}, {"networks", json::array()}};
    for (const auto& network : region.networks()) {
        json arrays = json::object();
        for_each_array(network.graph.arrays(), [&](const char* name, const auto& span) { arrays[name] = append_array(layout, span); });
        meta["networks"].push_back({{"mode", network.mode}, {"profile", network.profile_json},
                                    {"stats", network_stats_to_json(network.stats)}, {"arrays", arrays}});
    }
    meta["places"] = append_places(layout, region.places());
    meta["sections"] = json::array();
    for (const auto& [name, section] : region.sections()) {
        layout.pad_to(alignment);
        const auto offset = layout.add(section.bytes);
        meta["sections"].push_back({{"name", name}, {"meta", section.meta}, {"offset", offset}, {"size", section.bytes.size()}});
    }
    layout.pad_to(alignment);
    return layout.add_owned(meta.dump());
}

Header header_of(const detail::FileLayout& layout, std::uint64_t meta_offset) {
    Header header{};
    std::memcpy(header.magic, magic, sizeof magic);
    header.version = cache_format_version;
    header.header_size = sizeof(Header);
    header.meta_offset = meta_offset;
    header.meta_size = layout.size() - meta_offset;
    header.file_size = layout.size();
    header.checksum = layout.checksum_after_header();
    return header;
}

Header read_header(const detail::MappedFile& file, const std::string& path) {
    const auto refuse = [&](const std::string& why) { throw CacheError(why, {path, 0, {}}); };
    if (file.size() < sizeof(Header)) refuse("not an alentour cache (too short to hold a header); build one with 'alentour build'");
    Header header;
    std::memcpy(&header, file.data(), sizeof header);
    if (std::memcmp(header.magic, magic, sizeof magic) != 0) refuse("not an alentour cache file; build one with 'alentour build'");
    if (header.version != cache_format_version) {
        refuse("made with cache format version " + std::to_string(header.version) + ", this alentour reads version " +
               std::to_string(cache_format_version) + "; rebuild it with 'alentour build'");
    }
    if (header.file_size != file.size()) {
        refuse("truncated or extended: " + std::to_string(file.size()) + " bytes where the header says " +
               std::to_string(header.file_size) + "; rebuild it with 'alentour build'");
    }
    // Compared without adding, so that no offset near 2^64 wraps round into range.
    if (header.header_size != sizeof(Header) || header.meta_offset < sizeof(Header) || header.meta_offset > file.size() ||
        header.meta_size > file.size() - header.meta_offset) {
        refuse("damaged header; rebuild it with 'alentour build'");
    }
    if (detail::checksum64(file.data() + sizeof(Header), file.size() - sizeof(Header)) != header.checksum) {
        refuse("damaged (checksum mismatch); rebuild it with 'alentour build'");
    }
    return header;
}

GraphArrays map_arrays(const json& arrays, const detail::MappedFile& file, const std::string& path) {
    GraphArrays out;
    for_each_array(out, [&](const char* name, auto& span) {
        using Element = std::remove_const_t<typename std::remove_reference_t<decltype(span)>::element_type>;
        span = mapped_array<Element>(arrays.at(name), file, name, path);
    });
    return out;
}

// Offsets from 0 to `items`, never going back: every range they give lies inside.
bool offsets_fit(std::span<const std::uint32_t> offsets, std::size_t count, std::size_t items) {
    if (offsets.size() != count + 1 || offsets.front() != 0 || offsets.back() != items) return false;
    return std::is_sorted(offsets.begin(), offsets.end());
}

// Every index points inside its array. The checksum already reads the whole file: a
// file it passes was written so, or made on purpose, and a search must not read past
// an array of either.
bool indices_fit(const GraphArrays& a) {
    const std::size_t nodes = a.node_points.size(), edges = a.edges.size(), geometries = a.geometry_ends.size() / 2;
    const auto edge_fits = [&](const Edge& e) { return e.target < nodes && (e.geometry & ~against_geometry) < geometries; };
    const auto in_edge_fits = [&](const InEdge& e) { return e.source < nodes && e.edge < edges; };
    const auto component_fits = [&](std::uint32_t c) { return c < a.component_sizes.size(); };
    const auto node_fits = [&](NodeId n) { return n < nodes; };
    return std::all_of(a.edges.begin(), a.edges.end(), edge_fits) && std::all_of(a.in_edges.begin(), a.in_edges.end(), in_edge_fits) &&
           std::all_of(a.node_component.begin(), a.node_component.end(), component_fits) &&
           std::all_of(a.geometry_ends.begin(), a.geometry_ends.end(), node_fits);
}

// Sizes that must agree and indices that must fit, so a search never reads past an array.
void check_consistency(const GraphArrays& a, const std::string& path) {
    const std::size_t nodes = a.node_points.size(), geometries = a.geometry_ends.size() / 2;
    const bool ok = offsets_fit(a.first_out, nodes, a.edges.size()) && offsets_fit(a.first_in, nodes, a.in_edges.size()) &&
                    offsets_fit(a.shape_offsets, geometries, a.shape_bytes.size()) && a.node_component.size() == nodes &&
                    a.geometry_ends.size() % 2 == 0 && (nodes == 0 || !a.component_sizes.empty()) && indices_fit(a);
    if (!ok) throw CacheError("inconsistent graph arrays; rebuild it with 'alentour build'", {path, 0, {}});
}

// The sections stay in the mapping, kept alive by each of them.
void map_sections(Region& region, const json& sections, const std::shared_ptr<const detail::MappedFile>& file, const std::string& path) {
    for (const auto& entry : sections) {
        const auto offset = entry.at("offset").get<std::uint64_t>();
        const auto size = entry.at("size").get<std::uint64_t>();
        if (offset % alignment != 0 || offset > file->size() || size > file->size() - offset) {
            throw CacheError("damaged section '" + entry.at("name").get<std::string>() + "'; rebuild it with 'alentour build'", {path, 0, {}});
        }
        region.set_section(entry.at("name").get<std::string>(),
                           {entry.at("meta").get<std::string>(), {file->data() + offset, static_cast<std::size_t>(size)}, file});
    }
}

} // namespace

void save_region(const Region& region, const std::string& path, bool overwrite) {
    detail::FileLayout layout(sizeof(Header));
    const Header header = header_of(layout, lay_out(region, layout));
    write_file(path, overwrite, [&](std::ostream& out) {
        layout.write(out, {reinterpret_cast<const unsigned char*>(&header), sizeof header});
    });
}

Region load_region(const std::string& path) {
    auto file = std::make_shared<const detail::MappedFile>(path);
    const Header header = read_header(*file, path);
    try {
        const auto meta = json::parse(file->data() + header.meta_offset, file->data() + header.meta_offset + header.meta_size);
        std::vector<Network> networks;
        for (const auto& entry : meta.at("networks")) {
            Network network;
            network.mode = entry.at("mode").get<std::string>();
            network.profile_json = entry.at("profile").get<std::string>();
            network.stats = network_stats_from_json(entry.at("stats"));
            const auto arrays = map_arrays(entry.at("arrays"), *file, path);
            check_consistency(arrays, path);
            network.graph = Graph(arrays, file);
            networks.push_back(std::move(network));
        }
        Region region(std::move(networks), region_stats_from_json(meta.at("region")), load_places(meta.at("places"), *file, path));
        map_sections(region, meta.at("sections"), file, path);
        return region;
    } catch (const json::exception& e) {
        throw CacheError(std::string("damaged description block (") + e.what() + "); rebuild it with 'alentour build'", {path, 0, {}});
    }
}

} // namespace alentour
