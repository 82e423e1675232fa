// The index file: a 128-byte header, then the arrays (each 64-byte aligned so the
// mapping is used in place). The checksum covers everything after the header.

#include "geocode/index.hpp"

#include "cache/checksum.hpp"
#include "cache/mapped_file.hpp"

#include <alentour/error.hpp>
#include <alentour/geocode.hpp>
#include <alentour/output_file.hpp>

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace alentour::detail {
namespace {

constexpr char magic[8] = {'A', 'L', 'E', 'N', 'B', 'A', 'N', '1'};
constexpr std::size_t alignment = 64;
constexpr std::size_t array_count = 5;

struct FileHeader {
    char magic[8];
    std::uint32_t version;
    std::uint32_t header_size;
    std::uint64_t file_size;
    std::uint64_t checksum;
    std::uint64_t offsets[array_count];
    std::uint64_t counts[array_count];
    std::uint64_t reserved[2];
};
static_assert(sizeof(FileHeader) == 128);

const std::string rebuild = "; rebuild it with 'alentour geocode-index'";

template <typename T>
void append(std::vector<unsigned char>& bytes, const std::vector<T>& array, FileHeader& header, std::size_t slot) {
    bytes.resize((bytes.size() + alignment - 1) / alignment * alignment, 0);
    header.offsets[slot] = bytes.size();
    header.counts[slot] = array.size();
    const auto* begin = reinterpret_cast<const unsigned char*>(array.data());
    bytes.insert(bytes.end(), begin, begin + array.size() * sizeof(T));
}

FileHeader read_header(const MappedFile& file, const std::string& path) {
    const auto refuse = [&](const std::string& why) { throw CacheError(why, {path, 0, {}}); };
    if (file.size() < sizeof(FileHeader)) refuse("not an alentour address index (too short to hold a header)" + rebuild);
    FileHeader header;
    std::memcpy(&header, file.data(), sizeof header);
    if (std::memcmp(header.magic, magic, sizeof magic) != 0) refuse("not an alentour address index" + rebuild);
    if (header.version != geocode_index_version) {
        refuse("made with address index version " + std::to_string(header.version) + ", this alentour reads version " +
               std::to_string(geocode_index_version) + rebuild);
    }
    if (header.file_size != file.size()) {
        refuse("truncated or extended: " + std::to_string(file.size()) + " bytes where the header says " + std::to_string(header.file_size) + rebuild);
    }
    if (header.header_size != sizeof(FileHeader)) refuse("damaged header" + rebuild);
    if (checksum64(file.data() + sizeof(FileHeader), file.size() - sizeof(FileHeader)) != header.checksum) {
        refuse("damaged (checksum mismatch)" + rebuild);
    }
    return header;
}

template <typename T>
std::span<const T> map_array(const MappedFile& file, const FileHeader& header, std::size_t slot, const std::string& path) {
    const std::uint64_t offset = header.offsets[slot], count = header.counts[slot];
    if (offset % alignof(T) != 0 || offset < sizeof(FileHeader) || offset > file.size() || count > (file.size() - offset) / sizeof(T)) {
        throw CacheError("damaged array " + std::to_string(slot) + rebuild, {path, 0, {}});
    }
    return {reinterpret_cast<const T*>(file.data() + offset), static_cast<std::size_t>(count)};
}

// Every reference inside its array, so matching never reads past one; every position on
// Earth, so no address is placed at latitude 200 (found by fuzz_geocode_index).
bool consistent(const GeocodeIndex& index) {
    const auto text_ok = [&](TextRef r) { return r.offset <= index.text.size() && r.size <= index.text.size() - r.offset; };
    const auto on_earth = [](FixedPoint p) {
        return std::abs(std::int64_t{p.lat}) <= 900'000'000 && std::abs(std::int64_t{p.lon}) <= 1'800'000'000;  // 1e-7 degree
    };
    std::uint64_t next_street = 0;
    for (const auto& c : index.communes) {
        if (!text_ok(c.name) || !text_ok(c.keys[0]) || !text_ok(c.keys[1]) || !text_ok(c.keys[2])) return false;
        if (c.first_street != next_street) return false;
        next_street += c.street_count;
    }
    if (next_street != index.streets.size() || index.signatures.size() != index.streets.size()) return false;
    for (const auto& s : index.streets) {
        if (!text_ok(s.name) || !text_ok(s.key) || s.commune >= index.communes.size()) return false;
        if (s.first_point > index.points.size() || s.point_count > index.points.size() - s.first_point) return false;
        if (!on_earth(s.middle)) return false;
    }
    return std::all_of(index.points.begin(), index.points.end(), [&](const PointRecord& p) { return on_earth(p.position); });
}

} // namespace

void save_geocode_index(const GeocodeIndexData& data, const std::string& path, bool overwrite) {
    FileHeader header{};
    std::vector<unsigned char> bytes(sizeof(FileHeader), 0);
    append(bytes, data.text, header, 0);
    append(bytes, data.communes, header, 1);
    append(bytes, data.streets, header, 2);
    append(bytes, data.signatures, header, 3);
    append(bytes, data.points, header, 4);
    std::memcpy(header.magic, magic, sizeof magic);
    header.version = geocode_index_version;
    header.header_size = sizeof(FileHeader);
    header.file_size = bytes.size();
    header.checksum = checksum64(bytes.data() + sizeof(FileHeader), bytes.size() - sizeof(FileHeader));
    std::memcpy(bytes.data(), &header, sizeof header);
    write_file(path, overwrite, std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
}

std::shared_ptr<const GeocodeIndex> load_geocode_index(const std::string& path) {
    auto file = std::make_shared<const MappedFile>(path);
    const FileHeader header = read_header(*file, path);
    auto index = std::make_shared<GeocodeIndex>();
    index->text = map_array<char>(*file, header, 0, path);
    index->communes = map_array<CommuneRecord>(*file, header, 1, path);
    index->streets = map_array<StreetRecord>(*file, header, 2, path);
    index->signatures = map_array<Signature>(*file, header, 3, path);
    index->points = map_array<PointRecord>(*file, header, 4, path);
    index->storage = file;
    if (!consistent(*index)) throw CacheError("inconsistent arrays" + rebuild, {path, 0, {}});
    return index;
}

} // namespace alentour::detail
