#include "core/output_folder.hpp"
#include "io/gdal_util.hpp"
#include "map/band_shape.hpp"

#include <alentour/catchment.hpp>
#include <alentour/error.hpp>
#include <alentour/map.hpp>
#include <alentour/partners_rank.hpp>
#include <alentour/umap.hpp>
#include <alentour/web_page.hpp>

#include <nlohmann/json.hpp>

#include <ctime>
#include <filesystem>
#include <fstream>

namespace alentour {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::string french_date() {
    static const char* months[] = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"};
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return std::to_string(local.tm_mday) + " " + months[local.tm_mon] + " " + std::to_string(local.tm_year + 1900);
}

std::string mode_words(const std::string& mode) {
    if (mode == "walk") return "à pied";
    if (mode == "bike") return "à vélo";
    if (mode == "car") return "en voiture";
    return "(" + mode + ")";
}

void write_text(const fs::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
    out.close();
    if (!out) throw InputError("cannot write", {path.string(), 0, {}});
}

void extend_with_band(BoundingBox& box, const MapBand& band) {
    OGREnvelope envelope;
    detail::band_shape(band)->getEnvelope(&envelope);
    if (envelope.IsInit()) box.extend({envelope.MinY, envelope.MinX}), box.extend({envelope.MaxY, envelope.MaxX});
}

// The bands of every mode, each with the name and colour its GeoJSON feature carries.
std::vector<MapBand> map_bands(const std::vector<Catchment>& catchments) {
    std::vector<MapBand> bands;
    for (const auto& catchment : catchments) {
        const json features = json::parse(catchment_geojson(catchment))["features"];
        for (const auto& feature : features) {
            const auto& p = feature["properties"];
            if (!p.contains("minutes")) continue;  // the origin point
            for (const auto& band : catchment.bands) {
                if (band.minutes != p["minutes"].get<double>()) continue;
                bands.push_back({band.minutes, catchment.mode, p["name"].get<std::string>(), p["fill"].get<std::string>(), band.area_km2, band.wkb});
            }
        }
    }
    return bands;
}

std::vector<MapPartner> map_partners(const Ranking& ranking, const CategoryTable& categories) {
    std::vector<MapPartner> partners;
    for (const auto& row : ranking.rows) {
        if (row.list != PartnerList::prospect && row.list != PartnerList::outreach) continue;
        const Partner& p = ranking.table.partners[row.partner];
        if (!p.position) continue;
        const PartnerCategory& category = categories.get(p.category);
        MapPartner m;
        m.number = static_cast<int>(partners.size()) + 1;
        m.name = p.name;
        m.address = p.address.empty() ? p.commune : (p.commune.empty() ? p.address : p.address + ", " + p.commune);
        m.category = category.id;
        m.category_label = category.label;
        m.colour = category.color;
        m.position = *p.position;
        m.minutes = row.times.empty() ? std::nullopt : row.times[0].minutes;
        m.time_text = m.minutes ? "à " + std::to_string(static_cast<int>(std::lround(*m.minutes))) + " min " + mode_words(ranking.options.modes[0])
                                : row.reason;
        m.list = std::string(list_code(row.list));
        partners.push_back(std::move(m));
    }
    return partners;
}

// Streets from the networks themselves: every way a walker uses, and over them the
// roads, thicker where cars drive fast.
std::vector<MapStreet> map_streets(const Region& region, const BoundingBox& bounds) {
    std::vector<MapStreet> streets;
    const auto add_graph = [&](const Graph& graph, bool roads) {
        for (GeometryId g = 0; g < graph.geometry_count(); ++g) {
            const auto shape = graph.shape(g);
            const bool inside = std::any_of(shape.begin(), shape.end(), [&](const FixedPoint& p) { return bounds.contains(to_lat_lon(p), 200.0); });
            if (!inside) continue;
            MapStreet street;
            for (const auto& p : shape) street.line.push_back(to_lat_lon(p));
            const GeometryEdges edges = graph.edges_of(g);
            const Edge& edge = graph.edge(edges.along != invalid_id ? edges.along : edges.against);
            const double kmh = edge.seconds > 0 ? edge.metres / edge.seconds * 3.6 : 0.0;
            street.rank = !roads ? 0 : (kmh >= 40.0 ? 2 : 1);
            streets.push_back(std::move(street));
        }
    };
    for (const auto& network : region.networks()) {
        if (network.mode == "walk") add_graph(network.graph, false);
    }
    for (const auto& network : region.networks()) {
        if (network.mode == "car") add_graph(network.graph, true);
    }
    // A region built for cycling only still gets its streets drawn.
    if (streets.empty() && !region.networks().empty()) add_graph(region.networks().front().graph, false);
    return streets;
}

// Every file a map folder holds: what --overwrite may replace.
const std::vector<std::string> map_file_names = {"affiche.pdf", "affiche.png",      "affiche.svg",     "carte.html", "carte.umap",
                                                 "catchment.geojson", "partners.geojson", "partners.csv", "LISEZMOI.txt"};

std::string readme(const MapContent& content, const std::vector<std::string>& files) {
    std::string text = content.title + "\n" + std::string(content.title.size() > 80 ? 80 : content.title.size(), '=') + "\n\n";
    text += "Carte produite par alentour le " + content.date_text + " autour de « " + content.space_name + " ».\n\n";
    const std::vector<std::pair<std::string, std::string>> descriptions = {
        {"affiche.pdf", "L'affiche à imprimer (format A3 conseillé) et à placer à l'entrée : la carte des zones, les structures\n  numérotées et leur liste. affiche.png et affiche.svg sont la même affiche en image et en dessin vectoriel."},
        {"carte.html", "La carte interactive : ouvrez-la dans un navigateur, même sans connexion. Cliquez sur un point pour\n  voir la structure ; le sélecteur de couches affiche ou masque les zones et les catégories. Elle peut être\n  mise en ligne telle quelle sur votre site."},
        {"carte.umap", "La carte pour uMap (umap.openstreetmap.fr) : créez une carte, ouvrez « Importer des données »,\n  choisissez ce fichier et le type « umap » ; les couches, couleurs et bulles sont reprises."},
        {"catchment.geojson", "Les zones accessibles en 10, 20, 30 minutes… (GeoJSON), pour QGIS, geojson.io ou tout outil web."},
        {"partners.geojson", "Les structures partenaires en points, avec leur temps d'accès et la raison de leur rang."},
        {"partners.csv", "La liste classée des structures, à ouvrir dans un tableur (séparateur ; et virgule décimale) :\n  à prospecter (prospect), pour un atelier itinérant (outreach), et celles non classées avec la raison."}};
    for (const auto& [name, description] : descriptions) {
        if (std::find(files.begin(), files.end(), name) != files.end()) text += "- " + name + " : " + description + "\n";
    }
    text += "\n" + content.attribution + ".\n";
    return text;
}

} // namespace

MapFiles make_map(const Region& region, const MapOptions& options, const std::string& folder, const Progress& progress) {
    detail::ensure_gdal();
    if (options.modes.empty()) throw InputError("give at least one mode", {"", 0, "--mode"});
    for (const auto& mode : options.modes) region.network(mode);  // an unknown mode fails now
    if (options.space_name.empty()) throw InputError("give the space a name (--space-name)", {"", 0, "--space-name"});
    detail::OutputFolder out(folder, options.overwrite, map_file_names);

    // Catchments, one per mode.
    std::vector<Catchment> catchments;
    for (const auto& mode : options.modes) {
        CatchmentOptions c;
        c.mode = mode;
        c.minutes = options.minutes;
        catchments.push_back(compute_catchment(region.graph(mode), {{options.space_name, options.space, 0}}, c));
        report(progress, 0.3 * static_cast<double>(catchments.size()) / static_cast<double>(options.modes.size()), "catchments");
    }
    std::vector<std::string> files;
    json all_bands = {{"type", "FeatureCollection"}, {"features", json::array()}};
    for (const auto& c : catchments) {
        const json one = json::parse(catchment_geojson(c));
        for (const auto& feature : one["features"]) all_bands["features"].push_back(feature);
    }
    write_text(out.file("catchment.geojson"), all_bands.dump() + "\n");
    files.push_back("catchment.geojson");

    MapContent content;
    content.space = options.space;
    content.space_name = options.space_name;
    content.title = options.title.empty() ? "Nos partenaires — " + options.space_name : options.title;
    content.date_text = french_date();
    content.bands = map_bands(catchments);
    // The maps open on the first mode's bands (a drive's bands are far wider, and shown
    // only on request), the space and the partners.
    content.bounds.extend(options.space);
    for (const auto& band : content.bands) {
        if (band.mode == options.modes.front()) extend_with_band(content.bounds, band);
    }

    if (!options.partners_file.empty()) {
        PartnerTable table = read_partners(options.partners_file, options.partner_reading);
        RankOptions rank;
        rank.modes = options.modes;
        rank.space = options.space;
        rank.space_name = options.space_name;
        rank.near_minutes = options.minutes.back();
        const Ranking ranking = rank_partners(region, std::move(table), rank);
        report(progress, 0.6, "partners");
        write_ranking(ranking, out.file("partners.csv").string(), {});
        write_ranking(ranking, out.file("partners.geojson").string(), {});
        files.push_back("partners.geojson");
        files.push_back("partners.csv");
        content.partners = map_partners(ranking, options.partner_reading.categories);
        for (const auto& p : content.partners) content.bounds.extend(p.position);
    }
    content.streets = map_streets(region, content.bounds);

    write_poster(content, options.poster, out.file("affiche.pdf").string(), out.file("affiche.png").string(),
                 out.file("affiche.svg").string(), false);
    files.insert(files.end(), {"affiche.pdf", "affiche.png", "affiche.svg"});
    report(progress, 0.8, "poster");
    write_web_page(content, out.file("carte.html").string(), false);
    files.push_back("carte.html");
    write_text(out.file("carte.umap"), umap_json(content));
    files.push_back("carte.umap");
    report(progress, 0.9, "maps");

    write_text(out.file("LISEZMOI.txt"), readme(content, files));
    files.push_back("LISEZMOI.txt");
    out.commit();
    report(progress, 1.0, "done");

    MapFiles result;
    result.folder = folder;
    for (const auto& f : files) result.files.push_back((fs::path(folder) / f).string());
    result.summary = std::to_string(content.bands.size()) + " bands, " + std::to_string(content.partners.size()) + " structures on the map";
    return result;
}

} // namespace alentour
