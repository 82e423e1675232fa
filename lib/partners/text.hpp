#pragma once
// Text helpers for partner files written by people: encodings, numbers as people write them, names
// compared without accents or punctuation.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace alentour::detail {

bool is_valid_utf8(std::string_view text) noexcept;

// Windows-1252 (a superset of Latin-1, what French Excel writes) to UTF-8, with GDAL's
// CPLRecode.
std::string recode_windows1252(std::string_view text);

// UTF-8 as it is, anything else read as Windows-1252.
std::string as_utf8(std::string_view text);

// Lower case ASCII words separated by single spaces: accents dropped (é→e, œ→oe),
// punctuation and apostrophes turned into spaces. Other scripts are kept as they are.
std::string normalise_words(std::string_view text);

// Column names compared this way: "Code postal" and "code_postal" are one name.
std::string normalise_column(std::string_view name);

std::string_view trim(std::string_view text) noexcept;

// A number as people write it: "48.77", "48,77", "6 543 210,5" (spaces, no-break spaces
// as thousands separators), "+2.3". Nothing when it is not one.
std::optional<double> parse_number(std::string_view text);

// Splits a list cell written with '|', ';' or ',' between items; items trimmed, empty ones dropped.
std::vector<std::string> split_list(std::string_view text, std::string_view separators = "|;,");

} // namespace alentour::detail
