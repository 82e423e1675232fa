#pragma once
// One GTFS file as a table: a header naming the columns, then rows that keep the line
// they came from, so that every error can name the file, the line and the field.

#include <alentour/error.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace alentour::detail {

class CsvTable {
public:
    // `text` is the whole file (a UTF-8 BOM and CRLF line ends are allowed).
    CsvTable(std::string file, std::string_view text);

    const std::string& file() const noexcept { return m_file; }
    std::size_t row_count() const noexcept { return m_rows.size(); }
    // 1-based line of the file where a row starts (the header is line 1).
    std::size_t line(std::size_t row) const noexcept { return m_lines[row]; }

    // The index of a column, or -1 when the file has none of that name.
    int column(std::string_view name) const noexcept;
    // The same, throwing InputError for a missing column.
    int required_column(std::string_view name) const;

    // The field of a row; empty when the column is absent (-1) or the row short.
    std::string_view field(std::size_t row, int column) const noexcept;
    // The same, throwing InputError (file, line, field) when it is empty.
    std::string_view required_field(std::size_t row, int column) const;

    ErrorContext where(std::size_t row, int column) const;

private:
    void parse(std::string_view text);

    std::string m_file;
    std::vector<std::string> m_header;
    std::vector<std::vector<std::string>> m_rows;
    std::vector<std::size_t> m_lines;
};

} // namespace alentour::detail
