#pragma once
// Who lives there: a population layer read from the files people have (a raster, points
// or polygons with a count, INSEE's Filosofi grid), and the people inside polygons —
// polygons and raster cells apportioned by the area of their intersection in an
// equal-area projection, points counted where they fall.

#include <alentour/catchment.hpp>
#include <alentour/geo.hpp>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace alentour {

namespace detail {
struct PopulationData;
}

struct PopulationReadOptions {
    // The count column; empty: recognised by name (population, pop, ind, habitants…).
    std::string field;
    // The layer of a file holding several; empty: the first one with features.
    std::string layer;
};

enum class PopulationForm { points, polygons, raster_cells };

// Read once, used for as many catchments as wanted. Cheap to copy (shared, immutable).
class PopulationLayer {
public:
    explicit PopulationLayer(std::shared_ptr<const detail::PopulationData> data);

    const std::string& file() const noexcept;
    const std::string& field() const noexcept;  // the count column, or the raster band
    PopulationForm form() const noexcept;
    std::size_t size() const noexcept;          // points, polygons or populated cells
    double total() const noexcept;              // everyone in the layer
    BoundingBox bounds() const noexcept;

    const detail::PopulationData& data() const noexcept { return *m_data; }

private:
    std::shared_ptr<const detail::PopulationData> m_data;
};

// Throws InputError (file, line, field) for a layer that cannot be read as a population:
// no count column, a negative or non-numeric count, no position, no coordinate system
// and coordinates that are not degrees.
PopulationLayer read_population(const std::string& path, const PopulationReadOptions& options = {});

// "1 227 points, population, 1 479 117 people".
std::string describe(const PopulationLayer& layer);

struct PopulationOverlap {
    double total = 0;          // everyone in the layer
    double inside = 0;         // the people inside the region
    double share_outside = 0;  // 0 when the layer lies wholly in the region
};

// How much of the layer lies in the region's box. Throws InputError naming the layer
// when none of it does (a layer of another country, or of swapped coordinates).
PopulationOverlap population_overlap(const PopulationLayer& layer, const BoundingBox& region);

// Zones that tile without overlapping (rings, the areas of several spaces) share their
// edges: a point on a shared edge goes to the first zone listed that holds it, so that
// nobody is counted twice. Zones that overlap (nested bands) each count every point they
// hold, edges included.
enum class Zones { overlapping, disjoint };

// The people inside each zone (MultiPolygon or Polygon, WGS84, ISO WKB).
std::vector<double> people_within(const PopulationLayer& layer, std::span<const std::vector<std::uint8_t>> zones, Zones zones_kind);

// The people of the region's box: what a band's share is a share of.
double people_in_box(const PopulationLayer& layer, const BoundingBox& box);

// Fills `population` and `population_share` (of the people in `region`) of every band.
void add_population(Catchment& catchment, const PopulationLayer& layer, const BoundingBox& region);

} // namespace alentour
