#pragma once
// Helpers the tests share: tiny inline worlds, paths to real data, running the CLI.

#include <alentour/network.hpp>

#include <catch2/catch.hpp>

#include <filesystem>
#include <set>
#include <string>
#include <unistd.h>

namespace alentour::test {

// Builds the walk, bike and car networks of an OPL world written inline.
inline Region opl_world(const std::string& opl) { return build_region_from_data(opl, "opl"); }

// A file in ../shared/data, or an empty string when the shared data is absent.
inline std::string shared_file(const std::string& relative) {
    const std::filesystem::path path = std::filesystem::path(ALENTOUR_SHARED_DATA) / relative;
    return std::filesystem::exists(path) ? path.string() : std::string();
}

// A fresh folder under the build tree for one test's files.
inline std::filesystem::path scratch_dir(const std::string& name) {
    const auto dir = std::filesystem::temp_directory_path() / ("alentour-test-" + name + "-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

struct CommandResult {
    int exit_code;
    std::string output;  // stdout and stderr together
};

// Runs a shell command line and collects what it prints on stdout.
CommandResult run_command(const std::string& command_line);

// Runs the alentour tool with a shell-quoted argument string; stderr joins stdout.
CommandResult run_cli(const std::string& arguments);

// For command lines: the text in single quotes (paths here hold no quote).
inline std::string quoted(const std::string& text) { return "'" + text + "'"; }

// A whole file, bytes as they are.
std::string read_bytes(const std::filesystem::path& path);

// The names in a folder.
std::set<std::string> listing(const std::filesystem::path& dir);

} // namespace alentour::test

// Skips the current test case with a message when the shared data is missing.
#define ALENTOUR_REQUIRE_SHARED(path)                                              \
    do {                                                                           \
        if ((path).empty()) {                                                      \
            WARN("skipped: ../shared/data is not present next to the project");    \
            return;                                                                \
        }                                                                          \
    } while (false)
