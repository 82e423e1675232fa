#include "shape_codec.hpp"

namespace alentour::detail {
namespace {

void put_varint(std::int64_t value, std::vector<std::uint8_t>& out) {
    auto zigzag = static_cast<std::uint64_t>((value << 1) ^ (value >> 63));
    while (zigzag >= 0x80) {
        out.push_back(static_cast<std::uint8_t>(zigzag | 0x80));
        zigzag >>= 7;
    }
    out.push_back(static_cast<std::uint8_t>(zigzag));
}

// False when the bytes end inside the varint.
bool get_varint(const std::uint8_t*& at, const std::uint8_t* end, std::int64_t& value) {
    std::uint64_t zigzag = 0;
    for (int shift = 0; at != end && shift < 64; shift += 7) {
        const std::uint8_t byte = *at++;
        zigzag |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
        if ((byte & 0x80) == 0) {
            value = static_cast<std::int64_t>(zigzag >> 1) ^ -static_cast<std::int64_t>(zigzag & 1);
            return true;
        }
    }
    return false;
}

} // namespace

void encode_interior(std::span<const FixedPoint> shape, std::vector<std::uint8_t>& out) {
    for (std::size_t i = 1; i + 1 < shape.size(); ++i) {
        put_varint(static_cast<std::int64_t>(shape[i].lat) - shape[i - 1].lat, out);
        put_varint(static_cast<std::int64_t>(shape[i].lon) - shape[i - 1].lon, out);
    }
}

void decode_shape(FixedPoint start, std::span<const std::uint8_t> bytes, FixedPoint end, std::vector<FixedPoint>& out) {
    out.push_back(start);
    const std::uint8_t* at = bytes.data();
    const std::uint8_t* stop = at + bytes.size();
    std::int64_t lat = start.lat, lon = start.lon, d_lat = 0, d_lon = 0;
    while (get_varint(at, stop, d_lat) && get_varint(at, stop, d_lon)) {
        lat += d_lat, lon += d_lon;
        out.push_back({static_cast<std::int32_t>(lat), static_cast<std::int32_t>(lon)});
    }
    out.push_back(end);
}

} // namespace alentour::detail
