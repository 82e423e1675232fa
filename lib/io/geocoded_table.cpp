// A partner list written back with its addresses placed: the file's own columns and
// values untouched, the position and the geocoding's answer beside them.

#include "io/ranking_table.hpp"

#include "core/paths.hpp"

#include <alentour/error.hpp>
#include <alentour/geocode_table.hpp>
#include <alentour/output_file.hpp>

#include <algorithm>

namespace alentour {
namespace {

using detail::Cell;
using detail::Column;
using detail::ColumnType;

// Where each of our columns goes: a column of the file with that role or name (a file
// geocoded before), or a new one at the end.
struct Layout {
    std::vector<Column> columns;
    std::size_t lat = 0, lon = 0, score = 0, label = 0, status = 0, notes = 0;
};

Layout layout_of(const PartnerTable& table) {
    Layout l;
    for (const auto& name : table.columns) l.columns.push_back({name, ColumnType::text, 0});
    const auto place = [&](std::optional<std::size_t> role, const std::string& name, ColumnType type, int decimals) {
        if (!role) {
            const auto it = std::find(table.columns.begin(), table.columns.end(), name);
            if (it != table.columns.end()) role = static_cast<std::size_t>(it - table.columns.begin());
        }
        if (!role) {
            role = l.columns.size();
            l.columns.push_back({name, type, decimals});
        }
        l.columns[*role] = {l.columns[*role].name, type, decimals};
        return *role;
    };
    l.lat = place(table.lat_column, "lat", ColumnType::real, 7);
    l.lon = place(table.lon_column, "lon", ColumnType::real, 7);
    l.score = place({}, "geocode_score", ColumnType::real, 2);
    l.label = place({}, "geocode_label", ColumnType::text, 0);
    l.status = place({}, "geocode_status", ColumnType::text, 0);
    l.notes = place({}, "geocode_notes", ColumnType::text, 0);
    return l;
}

std::vector<Cell> row_of(const Partner& p, const Layout& l) {
    std::vector<Cell> cells(l.columns.size());
    for (std::size_t c = 0; c < p.values.size(); ++c) cells[c].text = p.values[c];
    if (!p.geocode) return cells;
    const GeocodeResult& g = *p.geocode;
    const bool placed = g.status == GeocodeStatus::housenumber || g.status == GeocodeStatus::street;
    cells[l.lat] = placed ? Cell{g.best->position.lat, {}} : Cell{};
    cells[l.lon] = placed ? Cell{g.best->position.lon, {}} : Cell{};
    cells[l.score] = g.best ? Cell{g.best->score, {}} : Cell{};
    cells[l.label] = {{}, placed ? g.best->label : std::string()};
    cells[l.status] = {{}, std::string(geocode_status_code(g.status))};
    std::string notes;
    for (const auto& n : g.notes) notes += (notes.empty() ? "" : " ; ") + n;
    cells[l.notes] = {{}, notes};
    return cells;
}

void count(GeocodeTableSummary& s, const Partner& p) {
    ++s.rows;
    if (!p.geocode) {
        if (p.status == PartnerStatus::missing_coordinates) {
            ++s.no_address;
        } else {
            ++s.kept;
        }
        return;
    }
    switch (p.geocode->status) {
    case GeocodeStatus::housenumber: ++s.housenumber; break;
    case GeocodeStatus::street: ++s.street; break;
    case GeocodeStatus::address_not_found: ++s.not_found; break;
    case GeocodeStatus::no_address: ++s.no_address; break;
    }
}

} // namespace

std::string GeocodeTableSummary::text() const {
    return std::to_string(rows) + " rows: " + std::to_string(housenumber) + " placed at the house number, " + std::to_string(street) +
           " at the street, " + std::to_string(not_found) + " address_not_found, " + std::to_string(no_address) +
           " without position nor address, " + std::to_string(kept) + " kept as they were";
}

GeocodeTableSummary geocode_table(const std::string& input, const std::string& output, const GeocodeTableOptions& options) {
    if (!options.reading.geocoder) throw InputError("geocoding needs an address index (--index F.alentour-ban)");
    if (detail::lower_extension(output) != ".csv") throw InputError("writes CSV only: name the output .csv", {output, 0, "-o"});
    { const OutputFile early_check(output, options.overwrite); }  // refuse an existing output before the work
    const PartnerTable table = read_partners(input, options.reading);
    const Layout layout = layout_of(table);
    GeocodeTableSummary summary;
    std::vector<std::vector<Cell>> rows;
    for (const auto& p : table.partners) {
        rows.push_back(row_of(p, layout));
        count(summary, p);
    }
    write_file(output, options.overwrite, [&](std::ostream& out) { detail::write_table_csv(layout.columns, rows, out, options.csv_dialect); });
    return summary;
}

} // namespace alentour
