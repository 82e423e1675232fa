// Ctrl-C or a kill during a write loses nothing: the map job is interrupted while its
// temporary folder exists, over a map folder written before; the earlier folder must be
// intact and nothing temporary left, and the tool must end as the signal ends it.

#include "support.hpp"

#include <fstream>

using namespace alentour::test;
namespace fs = std::filesystem;

namespace {

// Runs the demo job once, then the map again with --overwrite, sends `signal` as soon
// as the temporary folder appears, and prints the exit status.
std::string interrupted_map(const fs::path& dir, const std::string& signal) {
    const std::string script = R"(
set -u
set -m  # job control: the background job takes SIGINT as from a terminal, not ignored
bash ")" + (fs::path(ALENTOUR_SOURCE_DIR) / "scripts/run_demo.sh").string() + R"(" "$ALENTOUR" . >/dev/null 2>&1 || exit 90
mkdir before && cp carte/* before/
"$ALENTOUR" map --graph villeneuve.alentour --space 46.800425,1.697544 --space-name Espace \
    --partners ")" + (fs::path(ALENTOUR_SOURCE_DIR) / "data/partenaires.csv").string() + R"(" --mode walk --mode car \
    -o carte --overwrite >/dev/null 2>&1 &
pid=$!
for i in $(seq 1 1000); do ls -A | grep -q '^\.partial' && break; sleep 0.005; done
ls -A | grep -q '^\.partial' || { wait $pid; exit 91; }
kill -)" + signal + R"( $pid
wait $pid
echo "status $?"
)";
    const fs::path file = dir / "interrupt.sh";
    std::ofstream(file) << script;
    const auto result = run_command("cd " + quoted(dir.string()) + " && ALENTOUR=" + quoted(ALENTOUR_CLI) + " bash " + quoted(file.string()));
    INFO(result.output);
    REQUIRE(result.exit_code == 0);
    return result.output;
}

} // namespace

TEST_CASE("an interrupted map leaves the previous folder as it was and nothing temporary", "[map][interrupt]") {
    for (const auto& [signal, status] : {std::pair{std::string("INT"), 130}, std::pair{std::string("TERM"), 143}}) {
        const fs::path dir = scratch_dir("interrupt-" + signal);
        const std::string output = interrupted_map(dir, signal);
        CHECK(output.find("status " + std::to_string(status)) != std::string::npos);
        const auto names = listing(dir);
        for (const auto& name : names) CHECK_FALSE(name.starts_with(".partial"));
        for (const auto& name : names) CHECK_FALSE(name.starts_with(".replaced"));
        REQUIRE(names.count("carte") == 1);
        REQUIRE(listing(dir / "carte") == listing(dir / "before"));
        for (const auto& name : listing(dir / "before")) CHECK(read_bytes(dir / "carte" / name) == read_bytes(dir / "before" / name));
        fs::remove_all(dir);
    }
}
