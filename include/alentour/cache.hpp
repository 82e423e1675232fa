#pragma once
// A region's networks saved to one file and loaded back by memory-mapping it.
// The file has a versioned header and a checksum over everything after it: a cache
// from another format version, truncated or damaged, is refused before any use.

#include <alentour/network.hpp>

#include <cstdint>
#include <string>

namespace alentour {

// 2: compact graphs (8-byte reverse index, delta-coded shapes), the flyer places (meta
// key "places") and sections beside the graphs (a timetable, `alentour build --gtfs`).
constexpr std::uint32_t cache_format_version = 2;

// Writes through a temporary file renamed into place. Throws InputError when `path`
// exists and `overwrite` is false.
void save_region(const Region& region, const std::string& path, bool overwrite = false);

// Maps the file; the returned Region's graphs point into the mapping.
// Throws CacheError (an InputError) on a damaged, truncated or foreign file.
Region load_region(const std::string& path);

} // namespace alentour
