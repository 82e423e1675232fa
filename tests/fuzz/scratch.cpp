#include "targets.hpp"

#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace alentour::fuzz {
namespace {

// /dev/shm when there is one: a fuzzer writes a file per input, tens of thousands a second.
std::filesystem::path scratch_folder() {
    static const std::filesystem::path folder = [] {
        const std::filesystem::path shm = "/dev/shm";
        const auto base = std::filesystem::is_directory(shm) ? shm : std::filesystem::temp_directory_path();
        auto dir = base / ("alentour-fuzz-" + std::to_string(::getpid()));
        std::filesystem::create_directories(dir);
        return dir;
    }();
    return folder;
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
    };
    return all;
}

} // namespace alentour::fuzz
