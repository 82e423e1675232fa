// A ranking (or any table of cells) as CSV, by default as French Excel opens it right.

#include "io/ranking_table.hpp"

#include <alentour/error.hpp>
#include <alentour/partners_rank.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ostream>

namespace alentour {
namespace {

using detail::Cell;
using detail::Column;
using detail::ColumnType;

struct CsvFormat {
    char separator;
    const char* end_of_line;
    bool decimal_comma;
};

CsvFormat csv_format(CsvDialect dialect) {
    if (dialect == CsvDialect::excel_fr) return {';', "\r\n", true};
    return {',', "\n", false};
}

std::string quoted_field(const std::string& value, char separator) {
    if (value.find_first_of(std::string(1, separator) + "\"\r\n") == std::string::npos) return value;
    std::string quoted = "\"";
    for (const char c : value) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

std::string number_text(double value, const Column& column, bool decimal_comma) {
    if (column.type == ColumnType::integer) return std::to_string(std::llround(value));
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", column.decimals, value);
    std::string out = buffer;
    if (out.front() == '-' && std::strtod(out.c_str(), nullptr) == 0.0) out.erase(0, 1);  // no "-0,0"
    if (decimal_comma) std::replace(out.begin(), out.end(), '.', ',');
    return out;
}

std::string cell_text(const Cell& cell, const Column& column, const CsvFormat& format) {
    if (cell.number) return number_text(*cell.number, column, format.decimal_comma);
    return quoted_field(cell.text, format.separator);
}

} // namespace

CsvDialect parse_csv_dialect(std::string_view text) {
    if (text == "excel-fr" || text == "semicolon" || text == "fr") return CsvDialect::excel_fr;
    if (text == "comma" || text == "plain") return CsvDialect::comma;
    throw InputError("'" + std::string(text) + "' is not a CSV dialect (excel-fr or comma)", {"", 0, "--csv-dialect"});
}

void write_ranking_csv(const Ranking& ranking, std::ostream& out, CsvDialect dialect) {
    const detail::RankingTable t = detail::ranking_table(ranking);
    detail::write_table_csv(t.columns, t.rows, out, dialect);
}

namespace detail {

void write_table_csv(const std::vector<Column>& columns, const std::vector<std::vector<Cell>>& rows, std::ostream& out, CsvDialect dialect) {
    const CsvFormat format = csv_format(dialect);
    if (dialect == CsvDialect::excel_fr) out << "\xEF\xBB\xBF";  // the byte-order mark tells Excel it is UTF-8
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (i) out << format.separator;
        out << quoted_field(columns[i].name, format.separator);
    }
    out << format.end_of_line;
    for (const auto& cells : rows) {
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (i) out << format.separator;
            out << cell_text(cells[i], columns[i], format);
        }
        out << format.end_of_line;
    }
}

} // namespace detail

} // namespace alentour
