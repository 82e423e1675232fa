// Spaces, candidate stops and partner structures come from the files people keep: the
// partner reader knows them all, and a place needs no more than a name and a position.

#include <alentour/coverage.hpp>
#include <alentour/error.hpp>
#include <alentour/partners.hpp>

namespace alentour {

std::vector<NamedPoint> read_places(const std::string& path) {
    const PartnerTable table = read_partners(path);
    std::vector<NamedPoint> places;
    for (const auto& row : table.partners) {
        if (!row.position) throw InputError("this place has no position" + (row.status_detail.empty() ? "" : ": " + row.status_detail), {path, row.line, {}});
        places.push_back({row.name.empty() ? row.id : row.name, *row.position, row.line});
    }
    if (places.empty()) throw InputError("no place in this file", {path, 0, {}});
    return places;
}

} // namespace alentour
