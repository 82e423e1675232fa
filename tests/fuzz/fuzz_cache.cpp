// The cache loader on any bytes. A real header's checksum would stop nearly every
// mutation at the door, so unless the input's last header byte (reserved, always 0 in
// files alentour writes) says otherwise, the header's size and checksum are made right
// first: the fuzzer then reaches the description block and the arrays behind them.

#include "targets.hpp"

#include "cache/checksum.hpp"

#include <alentour/cache.hpp>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace alentour::fuzz {
namespace {

constexpr std::size_t header_size = 64;

void make_header_right(std::string& file) {
    if (file.size() < header_size || file.compare(0, 8, "ALENTOUR") != 0 || file[header_size - 1] != 0) return;
    const std::uint64_t size = file.size();
    const std::uint64_t sum = detail::checksum64(reinterpret_cast<const unsigned char*>(file.data()) + header_size, size - header_size);
    std::memcpy(file.data() + 16, &size, sizeof size);
    std::memcpy(file.data() + 24, &sum, sizeof sum);
}

[[noreturn]] void inconsistent(const char* what) {
    std::fprintf(stderr, "load_region accepted a graph with %s\n", what);
    std::abort();
}

// What a search, a snap or a trace may rely on once a cache is loaded: every index
// points inside its array. Checked here independently of the loader's own checks.
void check_graph(const Graph& g) {
    const GraphArrays& a = g.arrays();
    const std::size_t nodes = a.node_points.size(), geometries = a.geometry_ends.size() / 2;
    const auto offsets_fit = [](std::span<const std::uint32_t> offsets, std::size_t count, std::size_t items) {
        if (offsets.size() != count + 1 || offsets.front() != 0 || offsets.back() != items) return false;
        for (std::size_t i = 1; i < offsets.size(); ++i) {
            if (offsets[i] < offsets[i - 1]) return false;
        }
        return true;
    };
    if (!offsets_fit(a.first_out, nodes, a.edges.size())) inconsistent("out-edge offsets that do not fit");
    if (!offsets_fit(a.first_in, nodes, a.in_edges.size())) inconsistent("in-edge offsets that do not fit");
    if (!offsets_fit(a.shape_offsets, geometries, a.shape_bytes.size())) inconsistent("shape offsets that do not fit");
    for (const Edge& e : a.edges) {
        if (e.target >= nodes || (e.geometry & ~against_geometry) >= geometries) inconsistent("an edge pointing outside");
    }
    for (const InEdge& e : a.in_edges) {
        if (e.source >= nodes || e.edge >= a.edges.size()) inconsistent("an in-edge pointing outside");
    }
    for (const std::uint32_t c : a.node_component) {
        if (c >= a.component_sizes.size()) inconsistent("a node in a component that does not exist");
    }
    if (a.geometry_ends.size() % 2 != 0) inconsistent("geometry ends of an odd count");
    for (const NodeId n : a.geometry_ends) {
        if (n >= nodes) inconsistent("a geometry ending at a node outside");
    }
    // Shapes are decoded from their bytes and a geometry's edges found among its ends'
    // out edges: both must stay inside whatever the bytes say.
    std::vector<FixedPoint> shape;
    for (GeometryId geometry = 0; geometry < geometries; ++geometry) {
        g.shape(geometry, shape);
        const GeometryEdges e = g.edges_of(geometry);
        if ((e.along != invalid_id && e.along >= a.edges.size()) || (e.against != invalid_id && e.against >= a.edges.size())) {
            inconsistent("a geometry pointing at an edge outside");
        }
    }
}

} // namespace

void cache(std::string_view bytes) {
    std::string file(bytes);
    make_header_right(file);
    const Region region = load_region(scratch_file("region.alentour", file));
    for (const auto& network : region.networks()) check_graph(network.graph);
}

} // namespace alentour::fuzz
