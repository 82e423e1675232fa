#pragma once
// The one source of French wording shared by every writer: numbers, durations, areas,
// dates and the way a mode is said, so that a CSV, a poster and a web page say the same.

#include <string>
#include <string_view>

namespace alentour::detail {

// 0.5 → "0,5" with at most `decimals` decimals, trailing zeros dropped.
std::string french_number(double value, int decimals);

// 18437.6 → "18 438": a count of people, rounded, thousands apart by a narrow no-break space.
std::string french_count(double value);

// 12.4 → "12 min", 65 → "1 h 05", 0.3 → "moins d'une minute".
std::string french_minutes(double minutes);

// "walk" → "à pied", "bike" → "à vélo", "car" → "en voiture", "transit" → "en transports en commun",
// any other profile "en <name>" (a custom profile "cargo" reads "en cargo").
std::string french_mode(std::string_view mode);

// 0.774 → "0,77 km²".
std::string french_area(double km2);

// Today as "5 décembre 2026" (SOURCE_DATE_EPOCH's day when set).
std::string french_date();

// A day counted from 1970-01-01 as "mardi 10 mars 2026": a timetable's day, said with
// its weekday since services run by weekday.
std::string french_day(int days_since_1970);

} // namespace alentour::detail
