#include "targets.hpp"

#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace alentour::fuzz {
namespace {

// /dev/shm when there is one: a fuzzer writes a file per input, thousands a second.
// Removed when the process ends (a crash leaves it, with the input that caused it).
struct ScratchFolder {
    std::filesystem::path path;
    ScratchFolder() {
        const std::filesystem::path shm = "/dev/shm";
        const auto base = std::filesystem::is_directory(shm) ? shm : std::filesystem::temp_directory_path();
        path = base / ("alentour-fuzz-" + std::to_string(::getpid()));
        std::filesystem::create_directories(path);
    }
    ~ScratchFolder() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
};

const std::filesystem::path& scratch_folder() {
    static const ScratchFolder folder;
    return folder.path;
}

} // namespace

std::string scratch_file(const std::string& name, std::string_view bytes) {
    const auto path = scratch_folder() / name;
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary | std::ios::trunc).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return path.string();
}

std::span<const Target> targets() {
    static const Target all[] = {
        {"cache", cache},           {"profile", profile}, {"partners_csv", partners_csv}, {"partners_json", partners_json},
        {"osm_opl", osm_opl},       {"osm_xml", osm_xml}, {"options", options},           {"points_csv", points_csv},
        {"gtfs", gtfs},             {"population", population},
        {"geocode_ban", geocode_ban}, {"geocode_index", geocode_index}, {"geocode_query", geocode_query},
        {"places", places},         {"tour_stops", tour_stops},
    };
    return all;
}

} // namespace alentour::fuzz
