#include "tour/wording.hpp"

#include <cmath>
#include <cstdio>

namespace alentour::detail::tour {

std::string half_day_label(std::size_t loop) {
    return "Jour " + std::to_string(loop / 2 + 1) + (loop % 2 == 0 ? ", matin" : ", après-midi");
}

double half_day_start(std::size_t loop, const TourClock& clock) {
    return loop % 2 == 0 ? clock.morning_minutes : clock.afternoon_minutes;
}

std::string clock_text(double minutes) {
    const long total = std::lround(minutes);
    char text[16];
    std::snprintf(text, sizeof text, "%ld:%02ld", total / 60 % 24, total % 60);
    return text;
}

std::string loop_colour(std::size_t loop) {
    static const char* const colours[] = {"#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#666666"};
    return colours[loop % 8];
}

std::string stop_label(const TourStop& stop) {
    if (!stop.name.empty()) return stop.name;
    return stop.id.empty() ? std::string("(sans nom)") : stop.id;
}

} // namespace alentour::detail::tour
