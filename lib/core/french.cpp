#include "core/french.hpp"

#include "core/clock.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>

namespace alentour::detail {

std::string french_number(double value, int decimals) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    std::string text = buffer;
    if (text.find('.') != std::string::npos) {
        while (text.back() == '0') text.pop_back();
        if (text.back() == '.') text.pop_back();
    }
    for (char& c : text) {
        if (c == '.') c = ',';
    }
    if (text == "-0") text = "0";
    return text;
}

std::string french_count(double value) {
    const std::string digits = std::to_string(static_cast<long long>(std::llround(std::max(0.0, value))));
    std::string text;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) text += "\u202f";
        text += digits[i];
    }
    return text;
}

std::string french_minutes(double minutes) {
    if (minutes < 0.5) return "moins d'une minute";
    const long whole = std::lround(minutes);
    if (whole < 60) return std::to_string(whole) + " min";
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%ld h %02ld", whole / 60, whole % 60);
    return buffer;
}

std::string french_mode(std::string_view mode) {
    if (mode == "walk") return "à pied";
    if (mode == "bike") return "à vélo";
    if (mode == "car") return "en voiture";
    if (mode == "transit") return "en transports en commun";
    return "en " + std::string(mode);
}

std::string french_area(double km2) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", km2);
    std::string text = buffer;
    for (char& c : text) {
        if (c == '.') c = ',';
    }
    return text + " km²";
}

namespace {

const char* const months[] = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"};

} // namespace

std::string french_date() {
    const std::tm day = output_time().calendar;
    return std::to_string(day.tm_mday) + " " + months[day.tm_mon] + " " + std::to_string(day.tm_year + 1900);
}

std::string french_day(int days_since_1970) {
    static const char* const weekdays[] = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"};
    const std::chrono::year_month_day date{std::chrono::sys_days(std::chrono::days(days_since_1970))};
    // 1970-01-01 was a Thursday, the fourth day of a week starting on Monday.
    const int weekday = ((days_since_1970 % 7) + 7 + 3) % 7;
    return std::string(weekdays[weekday]) + " " + std::to_string(static_cast<unsigned>(date.day())) + " " +
           months[static_cast<unsigned>(date.month()) - 1] + " " + std::to_string(static_cast<int>(date.year()));
}

} // namespace alentour::detail
