#pragma once
// The Region the Python module hands out: the library's Region and its snapping indexes,
// built once per mode and shared by every later call (an index costs more than a catchment).

#include <alentour/network.hpp>
#include <alentour/snap.hpp>

#include <memory>

namespace alentour::python {

class PyRegion {
public:
    explicit PyRegion(Region region) : m_region(std::move(region)), m_snappers(m_region) {}
    PyRegion(const PyRegion&) = delete;
    PyRegion& operator=(const PyRegion&) = delete;

    const Region& region() const noexcept { return m_region; }
    RegionSnappers& snappers() noexcept { return m_snappers; }

private:
    Region m_region;
    RegionSnappers m_snappers;  // points into m_region: the object never moves (held by pointer)
};

} // namespace alentour::python
