// What `alentour tour` reads: --day, --start and --afternoon as teams write durations
// and clock times, the stops file (any partner list or points table) and the --communes
// file, then the tour itself on a one-way ring with the stops read, written as CSV,
// GeoJSON and GPX. The input: three lines (the three options), then the stops file, then
// optionally a line "%%" and the communes file.

#include "targets.hpp"

#include <alentour/error.hpp>
#include <alentour/tour.hpp>

#include <sstream>

namespace alentour::fuzz {
namespace {

// A one-way ring n1 → n2 → n3 → n4 → n1, 0.002° a side, and an island road to the east.
const char* const ring_world =
    "n1 v1 x2.000 y48.000\nn2 v1 x2.002 y48.000\nn3 v1 x2.002 y48.002\nn4 v1 x2.000 y48.002\n"
    "n8 v1 x2.010 y48.000\nn9 v1 x2.011 y48.000\n"
    "w1 v1 Thighway=residential,oneway=yes Nn1,n2\nw3 v1 Thighway=residential,oneway=yes Nn2,n3\n"
    "w4 v1 Thighway=residential,oneway=yes Nn3,n4\nw5 v1 Thighway=residential,oneway=yes Nn4,n1\n"
    "w2 v1 Thighway=residential Nn8,n9\n";

// Beyond a few stops the ordering's search costs more than the reading it follows.
constexpr std::size_t most_stops_toured = 12;

std::string_view next_line(std::string_view& bytes) {
    const std::size_t end = bytes.find('\n');
    const std::string_view line = bytes.substr(0, end);
    bytes = end == std::string_view::npos ? std::string_view() : bytes.substr(end + 1);
    return line;
}

// A duration option as the command reads it; one the command would refuse leaves the default.
double duration_or(std::string_view text, std::string_view option, double fallback) {
    try {
        return parse_duration_minutes(text, option);
    } catch (const InputError&) {
        return fallback;
    }
}

void tour_of(std::vector<TourStop> stops, double day_minutes, const TourClock& clock) {
    static const Region ring = [] {
        BuildOptions car;
        car.profiles = select_profiles(default_profiles(), {"car"});
        return build_region_from_data(ring_world, "opl", car);
    }();
    TourOptions options;
    options.day_minutes = day_minutes;
    options.stop_minutes = 5;
    const TourResult tour = plan_tour(ring, {48.0, 2.0002}, std::move(stops), options);
    std::ostringstream out;
    write_tour_csv(tour, out, clock);
    write_tour_geojson(tour, out, clock);
    write_tour_gpx(tour, out);
    (void)tour_summary(tour);
}

} // namespace

void tour_stops(std::string_view bytes) {
    const double day = duration_or(next_line(bytes), "--day", 210);
    const TourClock clock{duration_or(next_line(bytes), "--start", 9 * 60), duration_or(next_line(bytes), "--afternoon", 14 * 60)};
    const std::size_t cut = bytes.find("\n%%\n");
    std::vector<TourStop> stops = read_tour_stops(scratch_file("stops.csv", bytes.substr(0, cut)));
    if (cut != std::string_view::npos) (void)add_communes(stops, scratch_file("communes.csv", bytes.substr(cut + 4)));
    if (stops.size() <= most_stops_toured) tour_of(std::move(stops), day, clock);
}

} // namespace alentour::fuzz
