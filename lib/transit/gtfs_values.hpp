#pragma once
// The values of GTFS fields: times (past 24:00 allowed), dates, numbers.

#include <alentour/transit.hpp>

#include <optional>
#include <string_view>

namespace alentour::detail {

// "8:05:00", "08:05:00", "25:10:00"; with `seconds_optional`, "08:05" too.
std::optional<TransitTime> parse_time(std::string_view text, bool seconds_optional = false);
// "20260310"
std::optional<Day> parse_gtfs_date(std::string_view text);
std::optional<long> parse_integer(std::string_view text);
std::optional<double> parse_decimal(std::string_view text);

} // namespace alentour::detail
