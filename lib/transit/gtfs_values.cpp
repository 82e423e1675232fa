#include "gtfs_values.hpp"

#include <alentour/error.hpp>

#include <charconv>
#include <chrono>
#include <cstdio>
#include <string>

namespace alentour::detail {
namespace {

std::optional<int> digits(std::string_view text) {
    if (text.empty() || text.size() > 9) return std::nullopt;
    int value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value < 0) return std::nullopt;
    return value;
}

std::optional<Day> day_of(int year, int month, int day) {
    const std::chrono::year_month_day date{std::chrono::year(year), std::chrono::month(static_cast<unsigned>(month)),
                                           std::chrono::day(static_cast<unsigned>(day))};
    if (!date.ok()) return std::nullopt;
    return static_cast<Day>(std::chrono::sys_days(date).time_since_epoch().count());
}

} // namespace

std::optional<TransitTime> parse_time(std::string_view text, bool seconds_optional) {
    const auto first = text.find(':');
    if (first == std::string_view::npos) return std::nullopt;
    const auto second = text.find(':', first + 1);
    if (second == std::string_view::npos && !seconds_optional) return std::nullopt;
    const auto hours = digits(text.substr(0, first));
    const auto minutes = digits(text.substr(first + 1, second == std::string_view::npos ? std::string_view::npos : second - first - 1));
    const auto seconds = second == std::string_view::npos ? std::optional<int>(0) : digits(text.substr(second + 1));
    if (!hours || !minutes || !seconds || *hours > 240 || *minutes > 59 || *seconds > 59) return std::nullopt;
    if (text.substr(first + 1).size() < 2) return std::nullopt;
    return *hours * 3600 + *minutes * 60 + *seconds;
}

std::optional<Day> parse_gtfs_date(std::string_view text) {
    if (text.size() != 8) return std::nullopt;
    const auto year = digits(text.substr(0, 4)), month = digits(text.substr(4, 2)), day = digits(text.substr(6, 2));
    if (!year || !month || !day) return std::nullopt;
    return day_of(*year, *month, *day);
}

std::optional<long> parse_integer(std::string_view text) {
    long value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return value;
}

std::optional<double> parse_decimal(std::string_view text) {
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return value;
}

} // namespace alentour::detail

namespace alentour {

Day parse_day(std::string_view text, std::string_view what) {
    std::optional<Day> day;
    if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
        const std::string compact = std::string(text.substr(0, 4)) + std::string(text.substr(5, 2)) + std::string(text.substr(8, 2));
        day = detail::parse_gtfs_date(compact);
    } else {
        day = detail::parse_gtfs_date(text);
    }
    if (!day) throw InputError("'" + std::string(text) + "' is not a date: write it 2026-03-10", {"", 0, std::string(what)});
    return *day;
}

std::string format_day(Day day) {
    const std::chrono::year_month_day date{std::chrono::sys_days(std::chrono::days(day))};
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                  static_cast<unsigned>(date.day()));
    return text;
}

TransitTime parse_clock(std::string_view text, std::string_view what) {
    const auto time = detail::parse_time(text, true);
    if (!time) throw InputError("'" + std::string(text) + "' is not a time of day: write it 08:00", {"", 0, std::string(what)});
    return *time;
}

} // namespace alentour
