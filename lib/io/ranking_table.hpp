#pragma once
// A ranking as one table: the attributes of each structure in output order, the same
// columns for CSV, GeoJSON and every GDAL format, so that a spreadsheet and a map agree.

#include <alentour/partners_rank.hpp>

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace alentour::detail {

enum class ColumnType { text, integer, real };

struct Cell {
    std::optional<double> number;
    std::string text;
    bool empty() const { return !number && text.empty(); }
};

struct Column {
    std::string name;
    ColumnType type = ColumnType::text;
    int decimals = 0;  // for reals written as text
};

struct RankingTable {
    std::vector<Column> columns;
    std::vector<std::vector<Cell>> rows;
    std::vector<const RankedPartner*> ranked;  // the row each line comes from
};

RankingTable ranking_table(const Ranking& ranking);

// Columns and rows as CSV in the dialect (header first; excel_fr with its byte-order mark).
void write_table_csv(const std::vector<Column>& columns, const std::vector<std::vector<Cell>>& rows, std::ostream& out, CsvDialect dialect);

// The space as a row of the table, for the formats that list it first (GDAL): only its
// list ("espace") and its name are filled.
std::vector<Cell> space_cells(const RankingTable& table, const Ranking& ranking);

} // namespace alentour::detail
