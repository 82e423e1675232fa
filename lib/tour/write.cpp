// Where the tour goes: a folder of every output, or one file chosen by its extension.

#include "core/french.hpp"
#include "core/output_folder.hpp"
#include "poster/streets.hpp"
#include "tour/wording.hpp"

#include <alentour/error.hpp>
#include <alentour/output_file.hpp>

#include <cmath>
#include <filesystem>
#include <sstream>

namespace alentour {
namespace {

const std::vector<std::string> folder_files = {"tournee.csv", "tournee.geojson", "tournee.gpx", "tournee.pdf"};

std::string extension_of(const std::string& path) {
    std::string ext = std::filesystem::path(path).extension().string();
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext;
}

bool is_file_output(const std::string& ext) { return ext == ".csv" || ext == ".geojson" || ext == ".json" || ext == ".gpx" || ext == ".pdf"; }

// Every route and the space: what the PDF's pages show between them.
BoundingBox tour_bounds(const TourResult& t) {
    BoundingBox box;
    box.extend(t.space);
    for (const auto& loop : t.loops) {
        for (const auto& leg : loop.legs) {
            for (const LatLon& p : leg) box.extend(p);
        }
    }
    return box;
}

void write_one(const TourResult& t, const std::string& path, const std::string& ext, bool overwrite, const TourClock& clock,
               const Region* region) {
    if (ext == ".csv") write_file(path, overwrite, [&](std::ostream& out) { write_tour_csv(t, out, clock); });
    else if (ext == ".geojson" || ext == ".json") write_file(path, overwrite, [&](std::ostream& out) { write_tour_geojson(t, out, clock); });
    else if (ext == ".gpx") write_file(path, overwrite, [&](std::ostream& out) { write_tour_gpx(t, out); });
    else write_tour_pdf(t, path, overwrite, clock, region == nullptr ? std::vector<MapStreet>() : detail::map_streets(*region, tour_bounds(t)));
}

} // namespace

void check_tour_output(const std::string& output, bool overwrite) {
    const std::string ext = extension_of(output);
    if (!ext.empty() && !is_file_output(ext)) {
        throw InputError("'" + ext + "' is not a tour output: give a folder, or a .csv, .geojson, .gpx or .pdf file", {output, 0, "-o"});
    }
    if (!overwrite && std::filesystem::exists(output)) throw InputError("exists already (--overwrite replaces it)", {output, 0, "-o"});
}

std::vector<std::string> write_tour(const TourResult& t, const std::string& output, bool overwrite, const TourClock& clock, const Region* region) {
    check_tour_output(output, overwrite);
    const std::string ext = extension_of(output);
    if (is_file_output(ext)) {
        write_one(t, output, ext, overwrite, clock, region);
        return {output};
    }
    detail::OutputFolder folder(output, overwrite, folder_files);
    std::vector<std::string> written;
    for (const auto& name : folder_files) {
        write_one(t, folder.file(name).string(), extension_of(name), true, clock, region);
        written.push_back((std::filesystem::path(output) / name).string());
    }
    folder.commit();
    return written;
}

std::string tour_summary(const TourResult& t) {
    using detail::french_minutes;
    std::ostringstream out;
    std::size_t visited = 0;
    for (const auto& loop : t.loops) visited += loop.visits.size();
    out << visited << " visite(s) " << detail::french_mode(t.options.mode) << " en " << t.loops.size() << " demi-journée(s) de "
        << french_minutes(t.options.day_minutes) << " au plus, " << french_minutes(t.options.stop_minutes) << " par visite\n";
    for (std::size_t l = 0; l < t.loops.size(); ++l) {
        const TourLoop& loop = t.loops[l];
        out << "  " << detail::tour::half_day_label(l) << " : " << loop.visits.size() << " visite(s), " << french_minutes(loop.drive_seconds / 60.0)
            << " de trajet (" << detail::french_number(loop.metres / 1000.0, 1) << " km), de retour après "
            << french_minutes(loop.return_seconds / 60.0) << "\n";
    }
    const auto gap = [](double length, double bound) { return bound > 0 ? detail::french_number(100.0 * (length / bound - 1.0), 1) : "0"; };
    out << "trajet total " << french_minutes(t.drive_seconds / 60.0) << " ; borne inférieure " << french_minutes(t.lower_bound_seconds / 60.0)
        << " (écart au plus " << gap(t.drive_seconds, t.lower_bound_seconds) << " %)\n";
    if (t.loops.size() > 1) {
        out << "en une seule boucle : " << french_minutes(t.one_loop_seconds / 60.0) << " ; borne inférieure "
            << french_minutes(t.one_loop_bound_seconds / 60.0) << " (écart au plus " << gap(t.one_loop_seconds, t.one_loop_bound_seconds) << " %)\n";
    }
    for (std::size_t s = 0; s < t.stops.size(); ++s) {
        if (t.status[s] == StopStatus::visited) continue;
        out << "  non visitée : " << detail::tour::stop_label(t.stops[s]) << " (" << stop_status_code(t.status[s]) << ") " << t.status_detail[s] << "\n";
    }
    return out.str();
}

} // namespace alentour
