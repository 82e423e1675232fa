// The address index loader (`geocode --index`) on any bytes. As for the cache, a real
// header's checksum would stop nearly every mutation at the door, so unless the input's
// last header byte (reserved, always 0 in files alentour writes) says otherwise, the
// header's size and checksum are made right first: mutations reach the arrays. A file
// that loads must then answer queries from inside its arrays.

#include "geocode_checks.hpp"
#include "targets.hpp"

#include "cache/checksum.hpp"
#include "geocode/index.hpp"

#include <cstring>

namespace alentour::fuzz {
namespace {

constexpr std::size_t header_size = 128;
constexpr std::size_t file_size_at = 16, checksum_at = 24;

void make_header_right(std::string& file) {
    if (file.size() < header_size || file.compare(0, 8, "ALENBAN1") != 0 || file[header_size - 1] != 0) return;
    const std::uint64_t size = file.size();
    const std::uint64_t sum = detail::checksum64(reinterpret_cast<const unsigned char*>(file.data()) + header_size, size - header_size);
    std::memcpy(file.data() + file_size_at, &size, sizeof size);
    std::memcpy(file.data() + checksum_at, &sum, sizeof sum);
}

[[noreturn]] void inconsistent(const char* what) {
    std::fprintf(stderr, "the address index loader accepted %s\n", what);
    std::abort();
}

// What matching relies on, checked here independently of the loader's own checks: every
// text, street, commune and point a record names lies inside its array.
void check_index(const detail::GeocodeIndex& index) {
    const auto text_inside = [&](detail::TextRef r) {
        return std::uint64_t{r.offset} + r.size <= index.text.size();
    };
    for (const auto& c : index.communes) {
        if (!text_inside(c.name) || !text_inside(c.keys[0]) || !text_inside(c.keys[1]) || !text_inside(c.keys[2])) inconsistent("a commune's text outside");
        if (std::uint64_t{c.first_street} + c.street_count > index.streets.size()) inconsistent("a commune's streets outside");
    }
    if (index.signatures.size() != index.streets.size()) inconsistent("a signature count unlike the street count");
    for (const auto& s : index.streets) {
        if (!text_inside(s.name) || !text_inside(s.key)) inconsistent("a street's text outside");
        if (s.commune >= index.communes.size()) inconsistent("a street in a commune that does not exist");
        if (std::uint64_t{s.first_point} + s.point_count > index.points.size()) inconsistent("a street's points outside");
    }
}

} // namespace

void geocode_index(std::string_view bytes) {
    std::string file(bytes);
    make_header_right(file);
    const std::string path = scratch_file("adresses.alentour-ban", file);
    check_index(*detail::load_geocode_index(path));
    geocode_fixed_addresses(Geocoder::load(path));
}

} // namespace alentour::fuzz
