#pragma once
// Where a GTFS feed's files come from: a folder, or a .zip read through GDAL's virtual
// file system (/vsizip/), so no other zip library is needed.

#include <optional>
#include <string>

namespace alentour::detail {

class GtfsSource {
public:
    // Throws InputError when `path` is neither a folder nor a zip archive holding a feed.
    explicit GtfsSource(const std::string& path);

    // The whole text of one file of the feed, or nothing when the feed lacks it.
    std::optional<std::string> read(const std::string& name) const;
    // The same, throwing InputError naming the missing file.
    std::string read_required(const std::string& name) const;

private:
    std::string m_path;
    std::string m_prefix;  // what a file name is appended to
};

} // namespace alentour::detail
