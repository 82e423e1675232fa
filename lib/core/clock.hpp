#pragma once
// The time written into outputs (the poster's date, the PDF's creation date). When
// SOURCE_DATE_EPOCH is set, as reproducible builds define it, that time instead of now:
// the same command then writes the same bytes.

#include <ctime>
#include <string>

namespace alentour::detail {

struct OutputTime {
    std::tm calendar{};  // UTC under SOURCE_DATE_EPOCH, local time otherwise
    bool fixed = false;  // from SOURCE_DATE_EPOCH
};

OutputTime output_time();

// "2026-12-07T15:47:29": ISO 8601 as PDF metadata takes it.
std::string iso_8601(const OutputTime& time);

} // namespace alentour::detail
