#pragma once
// A geometry's shape stored compactly: its end points are its graph nodes, so only the
// points between them are kept, each as the zigzag varint difference from the point
// before (usually 1–2 bytes per coordinate instead of 4). Porto's three networks went
// from 9.9 MB of shape points to about a quarter of that.

#include <alentour/geo.hpp>

#include <cstdint>
#include <span>
#include <vector>

namespace alentour::detail {

// Appends the points strictly between the first and the last of `shape`.
void encode_interior(std::span<const FixedPoint> shape, std::vector<std::uint8_t>& out);

// Appends start, the points `bytes` encode (relative to start), then end. A cut-off
// varint (a damaged cache) ends the decoding instead of reading past `bytes`.
void decode_shape(FixedPoint start, std::span<const std::uint8_t> bytes, FixedPoint end, std::vector<FixedPoint>& out);

} // namespace alentour::detail
