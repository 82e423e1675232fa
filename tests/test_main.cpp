#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include "support.hpp"

#include <array>
#include <cstdio>
#include <fstream>
#include <sys/wait.h>

namespace alentour::test {

CommandResult run_command(const std::string& command_line) {
    FILE* pipe = ::popen(command_line.c_str(), "r");
    REQUIRE(pipe != nullptr);
    std::string output;
    std::array<char, 4096> buffer{};
    while (const std::size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe)) output.append(buffer.data(), n);
    const int status = ::pclose(pipe);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, output};
}

CommandResult run_cli(const std::string& arguments) { return run_command(quoted(ALENTOUR_CLI) + " " + arguments + " 2>&1"); }

std::string read_bytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

std::set<std::string> listing(const std::filesystem::path& dir) {
    std::set<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) names.insert(entry.path().filename().string());
    return names;
}

} // namespace alentour::test
