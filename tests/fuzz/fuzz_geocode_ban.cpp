// `alentour geocode-index` on any bytes as its Base Adresse Nationale file: the CSV
// reader (columns by name, quotes, a gzip stream or plain text, as zlib tells them
// apart), the index built from the rows read, then loaded and asked a few addresses.

#include "geocode_checks.hpp"
#include "targets.hpp"

#include "geocode/ban_reader.hpp"
#include "geocode/index.hpp"

#include <set>
#include <utility>

namespace alentour::fuzz {
namespace {

// The positions the file's rows give, read here with strtod: the index may hold no other.
std::set<std::pair<std::int32_t, std::int32_t>> positions_of(const std::string& ban) {
    std::set<std::pair<std::int32_t, std::int32_t>> positions;
    detail::read_ban(ban, [&](const detail::BanRow& row) {
        const double lat = std::strtod(std::string(row.lat).c_str(), nullptr), lon = std::strtod(std::string(row.lon).c_str(), nullptr);
        if (std::abs(lat) <= 90 && std::abs(lon) <= 180) {
            const FixedPoint p = to_fixed({lat, lon});
            positions.emplace(p.lat, p.lon);
        }
    });
    return positions;
}

void check_positions(const std::string& index_path, const std::string& ban) {
    const auto given = positions_of(ban);
    const auto index = detail::load_geocode_index(index_path);
    const auto check = [&](FixedPoint p) {
        if (given.count({p.lat, p.lon}) == 0) {
            std::fprintf(stderr, "the index holds %g,%g, a position no row gave\n", to_lat_lon(p).lat, to_lat_lon(p).lon);
            std::abort();
        }
    };
    for (const auto& point : index->points) check(point.position);
    for (const auto& street : index->streets) check(street.middle);
}

} // namespace

void geocode_ban(std::string_view bytes) {
    const std::string ban = scratch_file("adresses-36.csv.gz", bytes);
    const std::string index = scratch_file("adresses.alentour-ban", "");
    (void)build_geocode_index({ban}, index, true);
    check_positions(index, ban);
    geocode_fixed_addresses(Geocoder::load(index));
}

} // namespace alentour::fuzz
