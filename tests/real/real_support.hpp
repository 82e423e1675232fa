#pragma once
// Helpers for the real-data tests. They check alentour as an outsider would: through the
// command line and the files it writes, with expected values computed by other tools
// (GDAL to read the exported edges, Boost.Graph for shortest paths), never by alentour's
// own search code.

#include "support.hpp"

// GCC reports a false "maybe uninitialized" inside Boost.Graph's edge iterators
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/graph/strong_components.hpp>
#pragma GCC diagnostic pop

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <limits>
#include <map>
#include <numbers>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace alentour::test::real {

// ---------------------------------------------------------------- geometry, our own

constexpr double earth_radius_m = 6371008.8;  // mean Earth radius, as the spec states

inline double radians(double degrees) { return degrees * std::numbers::pi / 180.0; }

struct Point {
    double lat = 0.0;
    double lon = 0.0;
};

inline double great_circle_metres(Point a, Point b) {
    const double dlat = radians(b.lat - a.lat), dlon = radians(b.lon - a.lon);
    const double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
                     std::cos(radians(a.lat)) * std::cos(radians(b.lat)) * std::sin(dlon / 2) * std::sin(dlon / 2);
    return 2.0 * earth_radius_m * std::asin(std::min(1.0, std::sqrt(h)));
}

// Exact identity of a coordinate at OSM precision (1e-7 degree).
using CoordKey = std::pair<std::int64_t, std::int64_t>;
inline CoordKey key_of(Point p) { return {std::llround(p.lat * 1e7), std::llround(p.lon * 1e7)}; }

// "LAT,LON" with OSM's 7 decimals: prints the stored coordinate exactly.
inline std::string lat_lon_text(Point p) {
    char text[64];
    std::snprintf(text, sizeof text, "%.7f,%.7f", p.lat, p.lon);
    return text;
}

// Distance in metres from p to segment a-b in a local plane around p (good to a few cm
// over the short distances it is used for).
inline double point_segment_metres(Point p, Point a, Point b) {
    const double m = earth_radius_m * std::numbers::pi / 180.0, c = std::cos(radians(p.lat));
    const double ax = (a.lon - p.lon) * c * m, ay = (a.lat - p.lat) * m;
    const double bx = (b.lon - p.lon) * c * m, by = (b.lat - p.lat) * m;
    const double dx = bx - ax, dy = by - ay, l2 = dx * dx + dy * dy;
    const double t = l2 > 0 ? std::clamp(-(ax * dx + ay * dy) / l2, 0.0, 1.0) : 0.0;
    return std::hypot(ax + t * dx, ay + t * dy);
}

// ---------------------------------------------------------------- scratch files, CLI

// One scratch folder for the whole test run, removed at exit.
inline const std::filesystem::path& run_dir() {
    struct Dir {
        std::filesystem::path path = scratch_dir("real");
        ~Dir() {
            std::error_code ec;
            std::filesystem::remove_all(path, ec);
        }
    };
    static const Dir dir;
    return dir.path;
}

inline std::string shell_arg(const std::filesystem::path& path) { return "'" + path.string() + "'"; }

// Builds REGION.alentour with the CLI once per run (several test cases share it).
inline std::string built_cache(const std::string& osm_relative, const std::string& profiles) {
    static std::map<std::string, std::string> done;
    const std::string key = osm_relative + "|" + profiles;
    if (const auto it = done.find(key); it != done.end()) return it->second;
    std::string stem = osm_relative + "-" + profiles;
    std::replace_if(stem.begin(), stem.end(), [](char c) { return c == '/' || c == ',' || c == '.'; }, '_');
    const auto cache = run_dir() / (stem + ".alentour");
    const auto result = run_cli("build " + shell_arg(shared_file(osm_relative)) + " -o " + shell_arg(cache) + " --profiles " + profiles);
    INFO(result.output);
    REQUIRE(result.exit_code == 0);
    REQUIRE(std::filesystem::exists(cache));
    return done[key] = cache.string();
}

inline nlohmann::json info_json(const std::string& cache) {
    const auto result = run_cli("info " + shell_arg(cache) + " --json");
    INFO(result.output);
    REQUIRE(result.exit_code == 0);
    // run_cli merges stderr into the output: keep the JSON document itself
    const auto first = result.output.find('{'), last = result.output.rfind('}');
    REQUIRE(first != std::string::npos);
    REQUIRE(last != std::string::npos);
    return nlohmann::json::parse(result.output.substr(first, last - first + 1));
}

inline const nlohmann::json& network_info(const nlohmann::json& info, const std::string& mode) {
    for (const auto& n : info.at("networks")) {
        if (n.at("mode") == mode) return n;
    }
    FAIL("info has no network for mode " << mode);
    throw std::logic_error("unreachable");
}

// Exports a network with the CLI once per run; `extension` is "gpkg" or "geojson".
inline std::string exported_edges(const std::string& cache, const std::string& mode, const std::string& extension) {
    static std::map<std::string, std::string> done;
    const std::string key = cache + "|" + mode + "|" + extension;
    if (const auto it = done.find(key); it != done.end()) return it->second;
    const auto path = std::filesystem::path(cache).replace_extension("").string() + "-" + mode + "." + extension;
    const auto result = run_cli("export-graph --graph " + shell_arg(cache) + " --mode " + mode + " -o " + shell_arg(path));
    INFO(result.output);
    REQUIRE(result.exit_code == 0);
    REQUIRE(std::filesystem::exists(path));
    return done[key] = path;
}

// ---------------------------------------------------------------- exported edges, read with GDAL

struct ExportedEdge {
    std::int64_t from = 0, to = 0;
    double seconds = 0.0, metres = 0.0;
    std::vector<Point> points;  // the LineString, first to last
};

struct ExportedGraph {
    std::vector<ExportedEdge> edges;
    std::size_t node_bound = 0;             // largest node id + 1
    std::vector<std::optional<Point>> node; // position of each node id, from line ends
    std::size_t position_conflicts = 0;     // a node id met at two different coordinates
    std::string layer_srs_authority;        // "EPSG:4326" expected
    bool integer_ids = false, real_weights = false;
};

inline ExportedGraph read_exported(const std::string& path) {
    GDALAllRegister();
    GDALDatasetUniquePtr dataset(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    REQUIRE(dataset);
    OGRLayer* layer = dataset->GetLayerByName("edges");
    if (layer == nullptr && dataset->GetLayerCount() == 1) layer = dataset->GetLayer(0);  // GeoJSON names its layer after the file
    REQUIRE(layer != nullptr);
    ExportedGraph out;
    if (const OGRSpatialReference* srs = layer->GetSpatialRef()) {
        const char* name = srs->GetAuthorityName(nullptr);
        const char* code = srs->GetAuthorityCode(nullptr);
        if (name && code) out.layer_srs_authority = std::string(name) + ":" + code;
    }
    OGRFeatureDefn& definition = *layer->GetLayerDefn();
    const int from_field = definition.GetFieldIndex("from_node"), to_field = definition.GetFieldIndex("to_node");
    const int seconds_field = definition.GetFieldIndex("seconds"), metres_field = definition.GetFieldIndex("metres");
    REQUIRE(from_field >= 0);
    REQUIRE(to_field >= 0);
    REQUIRE(seconds_field >= 0);
    REQUIRE(metres_field >= 0);
    const auto is_integer = [&](int f) {
        const auto t = definition.GetFieldDefn(f)->GetType();
        return t == OFTInteger || t == OFTInteger64;
    };
    out.integer_ids = is_integer(from_field) && is_integer(to_field);
    out.real_weights = definition.GetFieldDefn(seconds_field)->GetType() == OFTReal &&
                       definition.GetFieldDefn(metres_field)->GetType() == OFTReal;
    for (auto& feature : *layer) {
        ExportedEdge e;
        e.from = feature->GetFieldAsInteger64(from_field);
        e.to = feature->GetFieldAsInteger64(to_field);
        e.seconds = feature->GetFieldAsDouble(seconds_field);
        e.metres = feature->GetFieldAsDouble(metres_field);
        const OGRGeometry* geometry = feature->GetGeometryRef();
        // one assertion per file rather than per feature: these files hold 50 000 edges
        if (geometry == nullptr || wkbFlatten(geometry->getGeometryType()) != wkbLineString ||
            geometry->toLineString()->getNumPoints() < 2 || e.from < 0 || e.to < 0) {
            FAIL("feature " << feature->GetFID() << " of " << path << " is not a LineString of 2+ points between two node ids");
        }
        const auto* line = geometry->toLineString();
        for (int i = 0; i < line->getNumPoints(); ++i) e.points.push_back({line->getY(i), line->getX(i)});
        out.node_bound = std::max<std::size_t>(out.node_bound, static_cast<std::size_t>(std::max(e.from, e.to)) + 1);
        out.edges.push_back(std::move(e));
    }
    out.node.resize(out.node_bound);
    const auto place = [&](std::int64_t id, Point p) {
        auto& slot = out.node[static_cast<std::size_t>(id)];
        if (!slot) {
            slot = p;
        } else if (key_of(*slot) != key_of(p)) {
            ++out.position_conflicts;
        }
    };
    for (const auto& e : out.edges) {
        place(e.from, e.points.front());
        place(e.to, e.points.back());
    }
    return out;
}

// ---------------------------------------------------------------- Boost.Graph reference

using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, boost::no_property,
                                         boost::property<boost::edge_weight_t, double>>;

inline BoostGraph boost_graph(const ExportedGraph& g, bool reversed) {
    BoostGraph out(g.node_bound);
    for (const auto& e : g.edges) {
        const auto u = static_cast<std::size_t>(reversed ? e.to : e.from), v = static_cast<std::size_t>(reversed ? e.from : e.to);
        boost::add_edge(u, v, e.seconds, out);
    }
    return out;
}

constexpr double boost_unreached = std::numeric_limits<double>::max();

// Seconds from `source` to every node.
inline std::vector<double> boost_seconds(const BoostGraph& g, std::size_t source) {
    std::vector<double> distance(boost::num_vertices(g), boost_unreached);
    boost::dijkstra_shortest_paths(
        g, source, boost::distance_map(boost::make_iterator_property_map(distance.begin(), boost::get(boost::vertex_index, g))));
    return distance;
}

// Nodes of the largest strongly connected component: every pair of them is joined both ways.
inline std::vector<std::size_t> largest_strong_component(const BoostGraph& g) {
    std::vector<int> component(boost::num_vertices(g));
    const int count =
        boost::strong_components(g, boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, g)));
    std::vector<std::size_t> sizes(static_cast<std::size_t>(count), 0);
    for (const int c : component) ++sizes[static_cast<std::size_t>(c)];
    const auto largest = static_cast<int>(std::max_element(sizes.begin(), sizes.end()) - sizes.begin());
    std::vector<std::size_t> nodes;
    for (std::size_t v = 0; v < component.size(); ++v) {
        if (component[v] == largest) nodes.push_back(v);
    }
    return nodes;
}

// Nodes whose coordinate belongs to them alone: no other node and no inner point of any
// line lies there, so a query at that coordinate can only mean that node.
inline std::vector<bool> unambiguous_nodes(const ExportedGraph& g) {
    std::map<CoordKey, std::vector<std::int64_t>> owners;  // node ids at a coordinate; -1 for an inner line point
    for (std::size_t v = 0; v < g.node.size(); ++v) {
        if (g.node[v]) owners[key_of(*g.node[v])].push_back(static_cast<std::int64_t>(v));
    }
    for (const auto& e : g.edges) {
        for (std::size_t i = 1; i + 1 < e.points.size(); ++i) {
            const auto it = owners.find(key_of(e.points[i]));
            if (it != owners.end()) it->second.push_back(-1);
        }
    }
    std::vector<bool> ok(g.node_bound, false);
    for (const auto& [key, ids] : owners) {
        if (ids.size() == 1 && ids.front() >= 0) ok[static_cast<std::size_t>(ids.front())] = true;
    }
    return ok;
}

// ---------------------------------------------------------------- points files and times CSV

struct NamedPoint {
    std::string id;
    Point position;
};

inline void write_points_csv(const std::filesystem::path& path, const std::vector<NamedPoint>& points) {
    std::ofstream out(path);
    out << "id,lat,lon\n";
    for (const auto& p : points) {
        char line[128];
        std::snprintf(line, sizeof line, "%s,%.7f,%.7f\n", p.id.c_str(), p.position.lat, p.position.lon);
        out << line;
    }
    REQUIRE(out.good());
}

struct TimeRow {
    std::string from_id, to_id;
    std::optional<double> minutes, metres;
};

inline std::vector<std::string> split_csv_line(const std::string& line) {
    std::vector<std::string> fields(1);
    for (const char c : line) {
        if (c == ',') {
            fields.emplace_back();
        } else if (c != '\r') {
            fields.back() += c;
        }
    }
    return fields;
}

// Reads `from_id,to_id,minutes,metres`, checking the header and the two-decimal minutes.
inline std::vector<TimeRow> read_times_csv(const std::filesystem::path& path) {
    std::ifstream in(path);
    REQUIRE(in.good());
    std::string line;
    REQUIRE(std::getline(in, line));
    REQUIRE(split_csv_line(line) == std::vector<std::string>{"from_id", "to_id", "minutes", "metres"});
    std::vector<TimeRow> rows;
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        const auto f = split_csv_line(line);
        INFO("CSV line: " << line);
        REQUIRE(f.size() == 4);
        TimeRow row{f[0], f[1], {}, {}};
        if (!f[2].empty()) {
            const auto dot = f[2].find('.');
            CHECK((dot != std::string::npos && f[2].size() - dot - 1 == 2));  // two decimals
            row.minutes = std::stod(f[2]);
        }
        if (!f[3].empty()) row.metres = std::stod(f[3]);
        CHECK(row.minutes.has_value() == row.metres.has_value());
        rows.push_back(std::move(row));
    }
    return rows;
}

// Runs `alentour times` from one origin to the points of a CSV, returns the rows.
inline std::vector<TimeRow> cli_times(const std::string& cache, const std::string& mode, Point origin,
                                      const std::vector<NamedPoint>& destinations, const std::string& extra,
                                      const std::string& name) {
    const auto points = run_dir() / (name + "-points.csv");
    const auto output = run_dir() / (name + "-times.csv");
    write_points_csv(points, destinations);
    std::filesystem::remove(output);
    const auto result = run_cli("times --graph " + shell_arg(cache) + " --mode " + mode + " --from " + lat_lon_text(origin) +
                                " --to-file " + shell_arg(points) + " " + extra + " -o " + shell_arg(output));
    INFO(result.output);
    REQUIRE(result.exit_code == 0);
    auto rows = read_times_csv(output);
    REQUIRE(rows.size() == destinations.size());
    return rows;
}

// Draws `count` distinct items of `pool` (or all of them when fewer).
template <typename T>
std::vector<T> draw(const std::vector<T>& pool, std::size_t count, std::mt19937& random) {
    std::vector<T> out;
    std::sample(pool.begin(), pool.end(), std::back_inserter(out), count, random);
    std::shuffle(out.begin(), out.end(), random);
    return out;
}

} // namespace alentour::test::real
