#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include "support.hpp"

#include <array>
#include <cstdio>
#include <sys/wait.h>

namespace alentour::test {

CommandResult run_cli(const std::string& arguments) {
    const std::string command = std::string("'") + ALENTOUR_CLI + "' " + arguments + " 2>&1";
    FILE* pipe = ::popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    std::string output;
    std::array<char, 4096> buffer{};
    while (const std::size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe)) output.append(buffer.data(), n);
    const int status = ::pclose(pipe);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, output};
}

} // namespace alentour::test
