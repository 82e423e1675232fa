#pragma once
// What a file's name says about it.

#include <string>

namespace alentour::detail {

// A file's extension with its dot, in lower case: people name files .CSV as often as .csv.
std::string lower_extension(const std::string& path);

// Throws InputError for an input table that is an empty file, or a text table (.csv,
// .tsv, .txt) whose first 64 KB hold a zero byte: a binary file under the wrong name,
// which a CSV reader would take for a header of garbage columns.
void check_table_file(const std::string& path);

} // namespace alentour::detail
