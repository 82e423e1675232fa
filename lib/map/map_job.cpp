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
#include <alentour/places_reach.hpp>
#include <alentour/population.hpp>
#include <alentour/umap.hpp>
#include <alentour/web_page.hpp>

#include <algorithm>
#include <filesystem>
#include <optional>

namespace alentour {
namespace {

namespace fs = std::filesystem;

bool is_transit(const std::string& mode) { return mode == "transit"; }

bool uses_transit(const MapOptions& options) { return std::any_of(options.modes.begin(), options.modes.end(), is_transit); }

void check_transit(const MapOptions& options) {
    if (!uses_transit(options)) return;
    if (options.transit.search.direction != options.direction) {
        throw InputError("the timetable's window must run the way the bands do (--arrive with --direction to)", {"", 0, "--direction"});
    }
    if (!options.partners_file.empty() && options.direction != Direction::reverse) {
        throw InputError("a transit map with partners shows trips to the space: leave out --direction from", {"", 0, "--direction"});
    }
}

void check_options(const Region& region, const MapOptions& options) {
    if (options.modes.empty()) throw InputError("give at least one mode", {"", 0, "--mode"});
    for (const auto& mode : options.modes) region.network(is_transit(mode) ? "walk" : mode);  // an unknown mode fails now
    if (options.space_name.empty()) throw InputError("give the space a name (--space-name)", {"", 0, "--space-name"});
    for (const auto& id : options.place_categories) place_category(id);
    if (options.places && is_transit(options.modes.front())) {
        throw InputError("the flyer places are timed like the first mode's bands: put walk, bike or car first to draw them",
                         {"", 0, "--places"});
    }
    check_transit(options);
}

// The timetable read and linked once for the bands and the ranking, when a mode rides it.
std::optional<LinkedFeed> map_feed(RegionSnappers& snappers, const MapOptions& options, const Progress& progress) {
    if (!uses_transit(options)) return std::nullopt;
    return region_timetable(snappers.region(), snappers.get("walk"), options.transit.feed, options.transit.links, progress);
}

CatchmentOptions catchment_options(const MapOptions& options, const std::string& mode) {
    CatchmentOptions c;
    c.mode = mode;
    c.minutes = options.minutes;
    c.direction = options.direction;
    return c;
}

// One catchment per mode, in the direction the ranking times (by default trips to the
// space, so that a structure drawn in the 20-minute band reads at most 20 minutes).
std::vector<Catchment> map_catchments(RegionSnappers& snappers, const std::optional<LinkedFeed>& feed, const MapOptions& options,
                                      const Progress& progress) {
    std::vector<Catchment> catchments;
    const double share = 0.3 / static_cast<double>(options.modes.size());
    const std::vector<NamedPoint> space = {{options.space_name, options.space, 0}};
    for (const auto& mode : options.modes) {
        const double base = share * static_cast<double>(catchments.size());
        const Progress part = sub_progress(progress, base, base + share / 2);
        if (is_transit(mode)) {
            const Graph& walk = snappers.region().graph("walk");
            catchments.push_back(transit_catchment(walk, snappers.get("walk", part), *feed, space, catchment_options(options, mode), options.transit.search));
        } else {
            const Snapper& snapper = snappers.get(mode, part);
            catchments.push_back(compute_catchment(snappers.region().graph(mode), snapper, space, catchment_options(options, mode)));
        }
        report(progress, base + share, "catchments");
    }
    return catchments;
}

Ranking map_ranking(RegionSnappers& snappers, const std::optional<LinkedFeed>& feed, const MapOptions& options, const Progress& progress) {
    PartnerTable table = read_partners(options.partners_file, options.partner_reading);
    RankOptions rank;
    rank.modes = options.modes;
    rank.space = options.space;
    rank.space_name = options.space_name;
    rank.near_minutes = options.minutes.back();
    RankSearches searches;
    if (feed) searches.emplace("transit", transit_rank_search(snappers.region().graph("walk"), *feed, options.transit.search));
    return rank_partners(snappers, std::move(table), rank, searches, progress);
}

// The flyer places within the largest band of the first mode, timed as the bands are.
PlacesInReach map_places_found(RegionSnappers& snappers, const MapOptions& options) {
    PlacesOptions p;
    p.spaces = {{options.space_name, options.space, 0}};
    p.mode = options.modes.front();
    p.minutes = *std::max_element(options.minutes.begin(), options.minutes.end());
    p.direction = options.direction;
    p.categories = options.place_categories;
    return places_in_reach(snappers, p);
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
    const std::optional<LinkedFeed> feed = map_feed(snappers, options, progress);
    std::vector<Catchment> catchments = map_catchments(snappers, feed, options, progress);
    if (population) {
        population_overlap(*population, region.bounds());
        for (auto& catchment : catchments) add_population(catchment, *population, region.bounds());
    }
    writer.text("catchment.geojson", catchments_geojson(catchments));
    MapContent content = base_content(options);
    content.bands = detail::map_bands(catchments);
    content.bands_qualifier = catchments.front().qualifier;
    // The maps open on the first mode's bands (a drive's bands are far wider, and shown
    // only on request), the space and the partners.
    detail::extend_with_bands(content.bounds, content.bands, options.modes.front());

    if (!options.partners_file.empty()) {
        const Ranking ranking = map_ranking(snappers, feed, options, sub_progress(progress, 0.3, 0.6));
        write_ranking(ranking, writer.path("partners.geojson"), {});
        write_ranking(ranking, writer.path("partners.csv"), {});
        content.partners = detail::map_partners(ranking, options.partner_reading.categories);
        for (const auto& p : content.partners) content.bounds.extend(p.position);
    }
    if (options.places) {
        const PlacesInReach found = map_places_found(snappers, options);
        write_places(found, writer.path("lieux.geojson"), {});
        write_places(found, writer.path("lieux.csv"), {});
        content.places = detail::map_places(found);
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
    result.summary = std::to_string(content.bands.size()) + " bands, " + std::to_string(content.partners.size()) + " structures on the map" +
                     (options.places ? ", " + std::to_string(content.places.size()) + " flyer places" : std::string());
    return result;
}

} // namespace alentour
