#include "io/ranking_table.hpp"

#include "partners/text.hpp"
#include "io/ranking_style.hpp"

#include <set>

namespace alentour::detail {
namespace {

Cell real(std::optional<double> value) { return {value, {}}; }
Cell text(std::string value) { return {{}, std::move(value)}; }

std::string category_from_text(const CategoryMatch& m) {
    if (m.source == "aucune" || m.source.empty()) return "aucune indication";
    if (m.source == "format") return "format du fichier : " + m.value;
    if (m.source == "nom") return "nom (« " + m.value + " »)";
    return m.source + " « " + m.value + " »";
}

std::string joined_notes(const Partner& p) {
    std::string notes;
    for (const auto& n : p.notes) notes += (notes.empty() ? "" : " ; ") + n;
    return notes;
}

std::vector<Column> own_columns(const Ranking& r) {
    std::vector<Column> columns;
    const auto add = [&](std::string name, ColumnType type, int decimals = 0) { columns.push_back({std::move(name), type, decimals}); };
    add("rank", ColumnType::integer);
    for (const char* name : {"list", "id", "name", "category", "category_label", "address", "postcode", "commune", "phone", "email"}) {
        add(name, ColumnType::text);
    }
    if (r.table.has_orientations) add("orientations", ColumnType::real, 1);
    for (const auto& mode : r.options.modes) {
        add("minutes_" + mode, ColumnType::real, 1);
        add("metres_" + mode, ColumnType::real, 0);
    }
    add("score", ColumnType::real, 3);
    add("reason", ColumnType::text);
    add("status", ColumnType::text);
    add("lat", ColumnType::real, 7);
    add("lon", ColumnType::real, 7);
    if (r.table.geocoded) {
        add("geocode_score", ColumnType::real, 2);
        add("geocode_label", ColumnType::text);
    }
    add("snap_metres", ColumnType::real, 0);
    add("category_from", ColumnType::text);
    add("notes", ColumnType::text);
    add("line", ColumnType::integer);
    return columns;
}

// The columns passed through from the source file keep their names, prefixed with
// "source_" where one of ours already has it (a file with its own "score").
void add_source_columns(std::vector<Column>& columns, const PartnerTable& table) {
    std::set<std::string> taken;
    for (const auto& c : columns) taken.insert(normalise_column(c.name));
    for (const auto& extra : table.extra_columns) {
        std::string name = extra;
        while (taken.contains(normalise_column(name))) name = "source_" + name;
        taken.insert(normalise_column(name));
        columns.push_back({name, ColumnType::text, 0});
    }
}

std::vector<Cell> row_cells(const Ranking& r, const RankedPartner& row) {
    const Partner& p = r.table.partners[row.partner];
    std::vector<Cell> cells;
    cells.push_back(row.rank ? real(static_cast<double>(row.rank)) : Cell{});
    cells.push_back(text(std::string(list_code(row.list))));
    for (const std::string* value : {&p.id, &p.name, &p.category}) cells.push_back(text(*value));
    cells.push_back(text(p.category.empty() ? std::string() : r.table.categories.get(p.category).label));
    for (const std::string* value : {&p.address, &p.postcode, &p.commune, &p.phone, &p.email}) cells.push_back(text(*value));
    if (r.table.has_orientations) cells.push_back(real(p.orientations));
    for (const auto& time : row.times) {
        cells.push_back(real(time.minutes));
        cells.push_back(real(time.metres));
    }
    const bool ranked = row.list == PartnerList::prospect || row.list == PartnerList::outreach;
    cells.push_back(ranked ? real(row.score) : Cell{});
    cells.push_back(text(row.reason));
    cells.push_back(text(std::string(status_code(p.status))));
    cells.push_back(p.position ? real(p.position->lat) : Cell{});
    cells.push_back(p.position ? real(p.position->lon) : Cell{});
    if (r.table.geocoded) {
        const bool placed = p.geocode && p.geocode->best && p.geocode->status != GeocodeStatus::address_not_found;
        cells.push_back(p.geocode && p.geocode->best ? real(p.geocode->best->score) : Cell{});
        cells.push_back(text(placed ? p.geocode->best->label : std::string()));
    }
    cells.push_back(real(row.times.front().snap_metres));
    cells.push_back(text(category_from_text(p.category_from)));
    cells.push_back(text(joined_notes(p)));
    cells.push_back(real(static_cast<double>(p.line)));
    for (const auto& value : p.extra) cells.push_back(text(value));
    return cells;
}

} // namespace

RankingTable ranking_table(const Ranking& r) {
    RankingTable t;
    t.columns = own_columns(r);
    add_source_columns(t.columns, r.table);
    for (const auto& row : r.rows) {
        t.rows.push_back(row_cells(r, row));
        t.ranked.push_back(&row);
    }
    return t;
}

std::vector<Cell> space_cells(const RankingTable& table, const Ranking& ranking) {
    std::vector<Cell> cells(table.columns.size());
    const auto set = [&](std::string_view name, std::string value) {
        for (std::size_t i = 0; i < table.columns.size(); ++i) {
            if (table.columns[i].name == name) cells[i] = text(std::move(value));
        }
    };
    set("list", "espace");
    set("name", space_name(ranking.options));
    return cells;
}

} // namespace alentour::detail
