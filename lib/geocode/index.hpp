#pragma once
// The geocoding index as plain arrays: the same records are written to the index file and
// used in place from its memory mapping. Little-endian, as every machine this runs on.

#include <alentour/geo.hpp>

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace alentour::detail {

class MappedFile;

// A piece of the text pool.
struct TextRef {
    std::uint32_t offset = 0;
    std::uint32_t size = 0;
};

// A commune as addresses name it: its name, and the former commune (commune déléguée) or
// the postal name people may write instead.
struct CommuneRecord {
    TextRef name;       // nom_commune, as printed in labels
    TextRef keys[3];    // normalised: nom_commune, nom_ancienne_commune, libelle_acheminement
    char insee[8];      // code_insee, NUL-padded
    std::uint32_t first_street = 0;  // streets of a commune are contiguous
    std::uint32_t street_count = 0;
};
static_assert(sizeof(CommuneRecord) == 48);

struct StreetRecord {
    TextRef name;   // nom_voie, as printed
    TextRef key;    // normalised tokens (street_key)
    std::uint32_t commune = 0;
    std::uint32_t postcode = 0;      // code_postal as a number (leading zeros lost), 0 when none
    std::uint32_t first_point = 0;   // numbered points, sorted by number then suffix
    std::uint32_t point_count = 0;
    FixedPoint middle;               // the median of its numbered points, or its position
};
static_assert(sizeof(StreetRecord) == 40);

// 128 bits, one per hashed trigram of the key: a quick upper bound of the likeness.
struct Signature {
    std::uint64_t bits[2] = {0, 0};
};
static_assert(sizeof(Signature) == 16);

struct PointRecord {
    std::uint32_t number = 0;
    char suffix[8];       // rep in lower case ("bis", "ter", "a"), NUL-padded
    FixedPoint position;
};
static_assert(sizeof(PointRecord) == 20);

struct GeocodeIndex {
    std::span<const char> text;
    std::span<const CommuneRecord> communes;
    std::span<const StreetRecord> streets;
    std::span<const Signature> signatures;  // one per street
    std::span<const PointRecord> points;
    std::shared_ptr<const void> storage;    // what the spans point into

    std::string_view str(TextRef r) const noexcept { return {text.data() + r.offset, r.size}; }
};

// Reads an index file (checks magic, version, size, checksum and every reference).
std::shared_ptr<const GeocodeIndex> load_geocode_index(const std::string& path);

} // namespace alentour::detail

namespace alentour::detail {

// The arrays of an index being built, owned.
struct GeocodeIndexData {
    std::vector<char> text;
    std::vector<CommuneRecord> communes;
    std::vector<StreetRecord> streets;
    std::vector<Signature> signatures;
    std::vector<PointRecord> points;
};

void save_geocode_index(const GeocodeIndexData& data, const std::string& path, bool overwrite);

} // namespace alentour::detail
