// `alentour map`: catchments and ranking on the same snapping indexes, gathered into one
// MapContent, then every writer into one folder swapped into place at the end.

#include "core/french.hpp"
#include "core/output_folder.hpp"
#include "map/content.hpp"
#include "map/readme.hpp"
#include "poster/streets.hpp"

#include <alentour/error.hpp>
#include <alentour/map.hpp>
#include <alentour/output_file.hpp>
#include <alentour/population.hpp>
#include <alentour/umap.hpp>
#include <alentour/web_page.hpp>

#include <filesystem>
#include <optional>

namespace alentour {
namespace {

namespace fs = std::filesystem;

void check_options(const Region& region, const MapOptions& options) {
    if (options.modes.empty()) throw InputError("give at least one mode", {"", 0, "--mode"});
    for (const auto& mode : options.modes) region.network(mode);  // an unknown mode fails now
    if (options.space_name.empty()) throw InputError("give the space a name (--space-name)", {"", 0, "--space-name"});
}

// One catchment per mode, in the direction the ranking times (by default trips to the
// space, so that a structure drawn in the 20-minute band reads at most 20 minutes).
std::vector<Catchment> map_catchments(RegionSnappers& snappers, const MapOptions& options, const Progress& progress) {
    std::vector<Catchment> catchments;
    const double share = 0.3 / static_cast<double>(options.modes.size());
    for (const auto& mode : options.modes) {
        const double base = share * static_cast<double>(catchments.size());
        CatchmentOptions c;
        c.mode = mode;
        c.minutes = options.minutes;
        c.direction = options.direction;
        const Snapper& snapper = snappers.get(mode, sub_progress(progress, base, base + share / 2));
        catchments.push_back(compute_catchment(snappers.region().graph(mode), snapper, {{options.space_name, options.space, 0}}, c));
        report(progress, base + share, "catchments");
    }
    return catchments;
}

Ranking map_ranking(RegionSnappers& snappers, const MapOptions& options, const Progress& progress) {
    PartnerTable table = read_partners(options.partners_file, options.partner_reading);
    RankOptions rank;
    rank.modes = options.modes;
    rank.space = options.space;
    rank.space_name = options.space_name;
    rank.near_minutes = options.minutes.back();
    return rank_partners(snappers, std::move(table), rank, progress);
}

MapContent base_content(const MapOptions& options) {
    MapContent content;
    content.space = options.space;
    content.space_name = options.space_name;
    content.title = options.title.empty() ? "Nos partenaires — " + options.space_name : options.title;
    content.date_text = detail::french_date();
    content.bands_heading = detail::bands_heading(options.direction);
    content.bounds.extend(options.space);
    return content;
}

// The files of the folder, written in the order LISEZMOI.txt lists them.
class MapWriter {
public:
    MapWriter(detail::OutputFolder& out) : m_out(out) {}
    std::string path(const std::string& name) {
        m_files.push_back(name);
        return m_out.file(name).string();
    }
    void text(const std::string& name, const std::string& text) { write_file(path(name), true, text); }
    const std::vector<std::string>& files() const noexcept { return m_files; }

private:
    detail::OutputFolder& m_out;
    std::vector<std::string> m_files;
};

void write_maps(MapWriter& writer, const MapContent& content, const PosterOptions& poster) {
    const std::string pdf = writer.path("affiche.pdf"), png = writer.path("affiche.png"), svg = writer.path("affiche.svg");
    write_poster(content, poster, pdf, png, svg, false);
    write_web_page(content, writer.path("carte.html"), false);
    writer.text("carte.umap", umap_json(content));
}

} // namespace

MapFiles make_map(const Region& region, const MapOptions& options, const std::string& folder, const Progress& progress) {
    check_options(region, options);
    detail::OutputFolder out(folder, options.overwrite, detail::map_file_names());
    MapWriter writer(out);
    RegionSnappers snappers(region);

    // Read first: a bad layer stops the job before any drawing.
    const auto population = options.population_file.empty() ? std::nullopt
                                                             : std::optional(read_population(options.population_file, options.population_reading));
    std::vector<Catchment> catchments = map_catchments(snappers, options, progress);
    if (population) {
        population_overlap(*population, region.bounds());
        for (auto& catchment : catchments) add_population(catchment, *population, region.bounds());
    }
    writer.text("catchment.geojson", catchments_geojson(catchments));
    MapContent content = base_content(options);
    content.bands = detail::map_bands(catchments);
    // The maps open on the first mode's bands (a drive's bands are far wider, and shown
    // only on request), the space and the partners.
    detail::extend_with_bands(content.bounds, content.bands, options.modes.front());

    if (!options.partners_file.empty()) {
        const Ranking ranking = map_ranking(snappers, options, sub_progress(progress, 0.3, 0.6));
        write_ranking(ranking, writer.path("partners.geojson"), {});
        write_ranking(ranking, writer.path("partners.csv"), {});
        content.partners = detail::map_partners(ranking, options.partner_reading.categories);
        for (const auto& p : content.partners) content.bounds.extend(p.position);
    }
    content.streets = detail::map_streets(region, content.bounds);
    write_maps(writer, content, options.poster);
    report(progress, 0.9, "maps");
    writer.text("LISEZMOI.txt", detail::map_readme(content, writer.files()));
    out.commit();
    report(progress, 1.0, "done");

    MapFiles result;
    result.folder = folder;
    for (const auto& f : writer.files()) result.files.push_back((fs::path(folder) / f).string());
    result.summary = std::to_string(content.bands.size()) + " bands, " + std::to_string(content.partners.size()) + " structures on the map";
    return result;
}

} // namespace alentour
