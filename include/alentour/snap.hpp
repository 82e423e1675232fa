#pragma once
// Placing a point on the network: the nearest usable edge of a profile, projected onto
// it, so that a search can start part-way along the edge.

#include <alentour/geo.hpp>
#include <alentour/graph.hpp>
#include <alentour/network.hpp>
#include <alentour/progress.hpp>

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

namespace alentour {

struct SnapOptions {
    double radius_metres = 300.0;
    // By default a point is not placed on a tiny piece of network cut off from the rest
    // (a courtyard path, a clipped road end): it goes to the nearest edge of a component
    // with at least `min_component_nodes` nodes, or of the largest one.
    bool allow_small_components = false;
    std::uint32_t min_component_nodes = 100;
};

struct Snap {
    LatLon input;
    LatLon position;         // the projected point on the edge
    double distance_metres = 0.0;
    GeometryId geometry = invalid_id;
    double fraction = 0.0;   // along the geometry's shape, by length, in [0,1]
};

class Snapper {
public:
    // `mode` names the network in error messages ("the nearest walk way is 512 m away").
    // Building the index costs more than a catchment: build it once per network.
    explicit Snapper(const Graph& graph, std::string mode = "usable", const Progress& progress = {});
    ~Snapper();
    Snapper(Snapper&&) noexcept;
    Snapper& operator=(Snapper&&) noexcept;

    // Throws SnapError saying why: outside the region, coordinates swapped, or how far
    // the nearest usable way is.
    Snap snap(LatLon point, const SnapOptions& options = {}) const;

    // The same for a point the user named: the error says which one, and on which line
    // of its file ("origin '3'", "destination 'ccas'").
    Snap snap_named(const NamedPoint& point, const SnapOptions& options, std::string_view what) const;

private:
    struct Index;
    void check_inside(LatLon point, const SnapOptions& options) const;

    const Graph* m_graph;
    std::string m_mode;
    BoundingBox m_bounds;
    std::unique_ptr<Index> m_index;
};

// One Snapper per mode of a region, built on first use and shared by every stage of a
// job (the map's catchments and its ranking place points on the same index).
// Thread-safe; the region must outlive it.
class RegionSnappers {
public:
    explicit RegionSnappers(const Region& region);
    const Region& region() const noexcept { return *m_region; }
    // Throws InputError naming the modes the region has.
    const Snapper& get(const std::string& mode, const Progress& progress = {});

private:
    const Region* m_region;
    std::mutex m_mutex;
    std::map<std::string, Snapper> m_snappers;
};

} // namespace alentour
