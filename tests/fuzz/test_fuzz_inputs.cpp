// Every input of the seed corpus and every input a fuzzer once crashed on, through the
// fuzz targets' bodies in the normal build (and so under ASan + UBSan in the sanitizer
// pass): bad input ends in InputError, never in a crash.

#include "fuzz/targets.hpp"

#include "support.hpp"

#include <alentour/error.hpp>

#include <algorithm>
#include <filesystem>

namespace fs = std::filesystem;

namespace {

std::vector<fs::path> inputs_of(const std::string& target) {
    std::vector<fs::path> files;
    for (const char* kind : {"corpus", "regressions"}) {
        const fs::path dir = fs::path(ALENTOUR_SOURCE_DIR) / "tests" / "fuzz" / kind / target;
        if (!fs::is_directory(dir)) continue;
        for (const auto& entry : fs::directory_iterator(dir)) {
            if (entry.is_regular_file()) files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace

TEST_CASE("the fuzz corpus and every crash found so far: bad input is an InputError, never a crash") {
    std::size_t replayed = 0;
    for (const auto& target : alentour::fuzz::targets()) {
        const auto files = inputs_of(target.name);
        INFO("target " << target.name);
        CHECK_FALSE(files.empty());  // each target has a seed corpus
        for (const auto& file : files) {
            INFO("input " << file.string());
            const std::string bytes = alentour::test::read_bytes(file);
            try {
                target.run(bytes);
            } catch (const alentour::InputError&) {
                // the expected answer to bad input
            }
            ++replayed;
        }
    }
    CHECK(replayed >= alentour::fuzz::targets().size());
}
