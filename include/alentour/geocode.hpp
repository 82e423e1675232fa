#pragma once
// Offline geocoding on the Base Adresse Nationale (BAN): the per-département files as
// they are published (adresses-94.csv.gz) indexed once into a file, then addresses as
// people write them ("12 bis av. du Gal de Gaulle, 94000 Creteil") placed with a score
// in 0–1 and the label of what was matched. Under the threshold an address is not
// placed, and its best candidate is said: never a silent guess.

#include <alentour/geo.hpp>
#include <alentour/progress.hpp>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace alentour {

// The format of the index file; a file of another version is refused, to be rebuilt.
inline constexpr std::uint32_t geocode_index_version = 1;

struct GeocodeIndexStats {
    std::vector<std::string> sources;  // the BAN files read
    std::uint64_t rows = 0;            // address rows read
    std::uint64_t rows_skipped = 0;    // rows without a usable position
    std::uint64_t addresses = 0;       // numbered points kept
    std::uint64_t streets = 0;         // (commune, postcode, street name)
    std::uint64_t communes = 0;        // (INSEE code, name, former commune)
    double seconds = 0.0;
};

// Reads BAN CSV files (';'-separated, columns found by name, gzip read as a stream or
// plain text) and writes the index to `output` (through a temporary file). Throws
// InputError naming the file and line on a missing column, a broken gzip stream or a
// malformed row, and when `output` exists without `overwrite`.
GeocodeIndexStats build_geocode_index(const std::vector<std::string>& ban_files, const std::string& output, bool overwrite,
                                      const Progress& progress = {});

// An address as a partner file gives it; `address` may hold the postcode and commune too.
struct AddressQuery {
    std::string address;
    std::string postcode;
    std::string commune;
};

enum class GeocodeStatus {
    housenumber,        // placed at the house number
    street,             // placed at the street's middle: no number given, or not on the street
    address_not_found,  // nothing scored the threshold; `best` says what came closest
    no_address,         // nothing to look for
};

// "housenumber", "street", "address_not_found", "no_address".
std::string_view geocode_status_code(GeocodeStatus status) noexcept;

struct GeocodeCandidate {
    double score = 0.0;   // 0–1
    LatLon position;
    std::string label;    // "12 Rue de la Paix 94000 Créteil"
    bool housenumber = false;
};

struct GeocodeResult {
    GeocodeStatus status = GeocodeStatus::no_address;
    std::optional<GeocodeCandidate> best;  // also when under the threshold
    std::vector<std::string> notes;        // in French: what differs from the query
};

struct GeocodeOptions {
    double min_score = 0.6;
};

namespace detail {
struct GeocodeIndex;
}

// A loaded index: memory-mapped, shared by copies, read-only, safe to use from several
// threads at once.
class Geocoder {
public:
    // Throws CacheError when the file is not an index, of another version, truncated or
    // damaged (checksum), with the command that rebuilds it.
    static Geocoder load(const std::string& path);

    GeocodeResult geocode(const AddressQuery& query, const GeocodeOptions& options = {}) const;

    std::size_t address_count() const noexcept;
    std::size_t street_count() const noexcept;
    std::size_t commune_count() const noexcept;

private:
    explicit Geocoder(std::shared_ptr<const detail::GeocodeIndex> index) : m_index(std::move(index)) {}
    std::shared_ptr<const detail::GeocodeIndex> m_index;
};

} // namespace alentour
