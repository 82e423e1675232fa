// The same command twice writes the same bytes: the demo job run twice, in two folders,
// a second apart, with SOURCE_DATE_EPOCH fixing the one date the outputs carry (the
// poster's, the PDF's creation date). The ranking places structures on several threads.

#include "support.hpp"

using namespace alentour::test;
namespace fs = std::filesystem;

namespace {

fs::path run_demo(const fs::path& dir) {
    fs::create_directories(dir);
    const auto result = run_command("cd " + quoted(dir) + " && SOURCE_DATE_EPOCH=1700000000 bash " +
                                    quoted(fs::path(ALENTOUR_SOURCE_DIR) / "scripts/run_demo.sh") + " " + quoted(ALENTOUR_CLI) + " " +
                                    quoted(dir) + " 2>&1");
    INFO(result.output);
    REQUIRE(result.exit_code == 0);
    return dir / "carte";
}

} // namespace

TEST_CASE("the map job writes the same bytes every time", "[map][determinism]") {
    const fs::path dir = scratch_dir("determinism");
    const fs::path first = run_demo(dir / "first");
    ::sleep(1);  // a clock read anywhere would now differ
    const fs::path second = run_demo(dir / "second");
    const auto names = listing(first);
    REQUIRE(names == listing(second));
    REQUIRE(names.size() == 11);  // with lieux.csv and lieux.geojson (run_demo.sh asks for --places)
    for (const auto& name : names) {
        INFO(name);
        CHECK(read_bytes(first / name) == read_bytes(second / name));
    }
    // The fixed date is the one written (14 November 2023, 22:13:20 UTC).
    CHECK(read_bytes(first / "LISEZMOI.txt").find("14 novembre 2023") != std::string::npos);
    fs::remove_all(dir);
}
