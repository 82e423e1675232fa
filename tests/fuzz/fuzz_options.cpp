// What the command line parses beyond CLI11's own checks, each line of the input given
// to every parser: --from/--to/--space (LAT,LON), --date, --depart/--arrive, --paper,
// --orientation, --decay, --csv-dialect, --mode (a profile name) and --minutes (split
// and converted as CLI11 does, then the bands a catchment is drawn with).

#include "targets.hpp"
#include "worlds.hpp"

#include <alentour/catchment.hpp>
#include <alentour/error.hpp>
#include <alentour/geo.hpp>
#include <alentour/network.hpp>
#include <alentour/partners_rank.hpp>
#include <alentour/poster.hpp>
#include <alentour/profile.hpp>
#include <alentour/transit.hpp>

#include <CLI/CLI.hpp>

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace alentour::fuzz {
namespace {

template <typename Parse>
void quietly(Parse&& parse) {
    try {
        parse();
    } catch (const InputError&) {
        // the expected answer; the other parsers still get the line
    }
}

void check_point(LatLon p, std::string_view text) {
    if (!(std::isfinite(p.lat) && std::isfinite(p.lon) && std::abs(p.lat) <= 90 && std::abs(p.lon) <= 180)) {
        std::fprintf(stderr, "parse_lat_lon('%.*s') gave %g,%g\n", static_cast<int>(text.size()), text.data(), p.lat, p.lon);
        std::abort();
    }
}

std::vector<double> minutes_list(std::string_view text) {
    std::vector<double> minutes;
    for (const auto& part : CLI::detail::split(std::string(text), ',')) {
        double value = 0;
        if (!CLI::detail::lexical_cast(part, value)) throw InputError("not a number", {"", 0, "--minutes"});
        minutes.push_back(value);
    }
    return minutes;
}

void bands(std::string_view text) {
    static const Region block = build_region_from_data(test::one_way_block, "opl");
    CatchmentOptions options;
    options.minutes = minutes_list(text);
    (void)compute_catchment(block.graph("walk"), {{"A", {48.0005, 2.0005}, 0}}, options);
}

} // namespace

void options(std::string_view bytes) {
    static const std::vector<Profile> profiles = default_profiles();
    std::size_t start = 0;
    while (start <= bytes.size()) {
        const std::size_t end = std::min(bytes.find('\n', start), bytes.size());
        const std::string_view line = bytes.substr(start, end - start);
        start = end + 1;
        quietly([&] { check_point(parse_lat_lon(line, "--from"), line); });
        quietly([&] { (void)format_day(parse_day(line)); });
        quietly([&] { (void)parse_clock(line, "--depart"); });
        quietly([&] { (void)parse_paper(line); });
        quietly([&] { (void)parse_orientation(line); });
        quietly([&] { (void)parse_decay(line); });
        quietly([&] { (void)parse_csv_dialect(line); });
        quietly([&] { (void)select_profiles(profiles, {std::string(line)}); });
        quietly([&] { bands(line); });
    }
}

} // namespace alentour::fuzz
