#include "gtfs_source.hpp"

#include "core/gdal.hpp"

#include <alentour/error.hpp>

#include <cpl_vsi.h>

#include <filesystem>
#include <fstream>
#include <memory>

namespace alentour::detail {
namespace {

struct VsiCloser {
    void operator()(VSILFILE* file) const noexcept { VSIFCloseL(file); }
};

std::optional<std::string> read_vsi(const std::string& path) {
    VSIStatBufL stat;
    if (VSIStatL(path.c_str(), &stat) != 0 || VSI_ISDIR(stat.st_mode)) return std::nullopt;
    const std::unique_ptr<VSILFILE, VsiCloser> file(VSIFOpenL(path.c_str(), "rb"));
    if (!file) return std::nullopt;
    std::string text;
    char buffer[1 << 16];
    std::size_t got = 0;
    while ((got = VSIFReadL(buffer, 1, sizeof buffer, file.get())) > 0) text.append(buffer, got);
    return text;
}

bool is_zip(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    char magic[2] = {0, 0};
    in.read(magic, 2);
    return in.gcount() == 2 && magic[0] == 'P' && magic[1] == 'K';
}

} // namespace

GtfsSource::GtfsSource(const std::string& path) : m_path(path) {
    ensure_gdal();
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        m_prefix = (std::filesystem::path(path) / "").string();
    } else if (!std::filesystem::exists(path, ec)) {
        throw InputError("no such file or folder", {path, 0, ""});
    } else if (is_zip(path)) {
        m_prefix = "/vsizip/" + std::filesystem::absolute(path).string() + "/";
    } else {
        throw InputError("not a GTFS feed: neither a folder nor a .zip archive", {path, 0, ""});
    }
    if (!read("stops.txt") && !read("trips.txt") && !read("stop_times.txt")) {
        throw InputError("not a GTFS feed: it holds no stops.txt, trips.txt or stop_times.txt", {path, 0, ""});
    }
}

std::optional<std::string> GtfsSource::read(const std::string& name) const { return read_vsi(m_prefix + name); }

std::string GtfsSource::read_required(const std::string& name) const {
    auto text = read(name);
    if (!text) throw InputError("the feed lacks " + name + ", which GTFS requires", {m_path, 0, name});
    return std::move(*text);
}

} // namespace alentour::detail
