// A tour of Porto written out, and read back as users' tools read it: GDAL for the GPX and
// GeoJSON, the bytes for the CSV and the PDF.

#include "tour_support.hpp"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <fstream>
#include <regex>

using namespace alentour;
using namespace alentour::test;
using namespace alentour::test::tour;

namespace {

const TourResult* porto_tour() {
    const Region* region = porto();
    if (region == nullptr) return nullptr;
    static const TourResult tour = [&] {
        const auto points = random_points(region->graph("car"), 25, 11);
        std::vector<TourStop> stops;
        for (std::size_t i = 1; i < points.size(); ++i) {
            TourStop s;
            s.id = std::to_string(i);
            s.name = "Lieu " + std::to_string(i);
            s.position = points[i];
            stops.push_back(s);
        }
        TourOptions options;
        options.day_minutes = 75;  // short half-days: several loops
        options.stop_minutes = 15;
        options.space_name = "Espace de test";
        return plan_tour(*region, points[0], stops, options);
    }();
    return &tour;
}

double line_metres(const std::vector<LatLon>& line) {
    double metres = 0;
    for (std::size_t i = 1; i < line.size(); ++i) metres += haversine_metres(line[i - 1], line[i]);
    return metres;
}

struct Dataset {
    GDALDataset* data;
    explicit Dataset(const std::string& path) : data(static_cast<GDALDataset*>(GDALOpenEx(path.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr))) {}
    ~Dataset() { GDALClose(data); }
};

// The first and last points of every line of a layer.
std::vector<std::pair<OGRPoint, OGRPoint>> line_ends(OGRLayer* layer) {
    std::vector<std::pair<OGRPoint, OGRPoint>> ends;
    for (auto& feature : *layer) {
        const OGRGeometry* g = feature->GetGeometryRef();
        if (g == nullptr) continue;
        const OGRLineString* line = nullptr;
        if (wkbFlatten(g->getGeometryType()) == wkbLineString) line = g->toLineString();
        if (wkbFlatten(g->getGeometryType()) == wkbMultiLineString && g->toMultiLineString()->getNumGeometries() == 1) {
            line = g->toMultiLineString()->getGeometryRef(0);
        }
        if (line == nullptr) continue;
        OGRPoint first, last;
        line->StartPoint(&first);
        line->EndPoint(&last);
        ends.emplace_back(first, last);
    }
    return ends;
}

} // namespace

TEST_CASE("the half-days of a Porto tour each fit the day, and each leg follows the streets") {
    const TourResult* tour = porto_tour();
    ALENTOUR_REQUIRE_SHARED(tour == nullptr ? std::string() : std::string("porto"));
    REQUIRE(tour->loops.size() >= 2);
    std::size_t visited = 0;
    for (const TourLoop& loop : tour->loops) {
        double clock = 0;
        for (const TourVisit& v : loop.visits) clock += v.drive_seconds + 15 * 60.0;
        CHECK(loop.return_seconds == Approx(clock + loop.return_drive_seconds));
        CHECK(loop.return_seconds <= 75 * 60.0 + 1e-6);
        REQUIRE(loop.legs.size() == loop.visits.size() + 1);
        // a leg's drawn length is the search's metres plus the short walks to and from the streets
        for (std::size_t i = 0; i < loop.visits.size(); ++i) {
            CHECK(line_metres(loop.legs[i]) == Approx(loop.visits[i].metres).margin(300.0).epsilon(0.02));
        }
        CHECK(line_metres(loop.legs.back()) == Approx(loop.return_metres).margin(300.0).epsilon(0.02));
        visited += loop.visits.size();
    }
    std::size_t reported = 0;
    for (const StopStatus s : tour->status) reported += s != StopStatus::visited;
    CHECK(visited + reported == tour->stops.size());
    CHECK(tour->lower_bound_seconds <= tour->drive_seconds);
}

TEST_CASE("the tour folder opens in GDAL, its lines start and end at the space") {
    const TourResult* tour = porto_tour();
    ALENTOUR_REQUIRE_SHARED(tour == nullptr ? std::string() : std::string("porto"));
    GDALAllRegister();
    const auto dir = scratch_dir("tour-outputs");
    const auto files = write_tour(*tour, (dir / "tournee").string(), false);
    REQUIRE(files.size() == 4);
    const auto at_space = [&](const OGRPoint& p) { return std::abs(p.getY() - tour->space.lat) < 1e-6 && std::abs(p.getX() - tour->space.lon) < 1e-6; };

    Dataset gpx((dir / "tournee" / "tournee.gpx").string());
    REQUIRE(gpx.data != nullptr);
    OGRLayer* tracks = gpx.data->GetLayerByName("tracks");
    REQUIRE(tracks != nullptr);
    CHECK(tracks->GetFeatureCount() == static_cast<GIntBig>(tour->loops.size()));
    OGRLayer* waypoints = gpx.data->GetLayerByName("waypoints");
    REQUIRE(waypoints != nullptr);
    std::size_t visits = 0;
    for (const auto& loop : tour->loops) visits += loop.visits.size();
    CHECK(waypoints->GetFeatureCount() == static_cast<GIntBig>(visits + 1));
    for (const auto& [first, last] : line_ends(tracks)) CHECK((at_space(first) && at_space(last)));

    Dataset geojson((dir / "tournee" / "tournee.geojson").string());
    REQUIRE(geojson.data != nullptr);
    const auto lines = line_ends(geojson.data->GetLayer(0));
    CHECK(lines.size() == tour->loops.size());
    for (const auto& [first, last] : lines) CHECK((at_space(first) && at_space(last)));

    const std::string csv = read_bytes(dir / "tournee" / "tournee.csv");
    CHECK(csv.rfind("\xEF\xBB\xBF" "demi_journee;ordre;id;nom;", 0) == 0);
    CHECK(csv.find("Jour 1, matin;1;") != std::string::npos);
    const std::string pdf = read_bytes(dir / "tournee" / "tournee.pdf");
    const std::regex page(R"(/Type\s*/Page[^s])");
    const auto pages = std::distance(std::sregex_iterator(pdf.begin(), pdf.end(), page), std::sregex_iterator());
    bool left_out = false;
    for (const StopStatus s : tour->status) left_out = left_out || s != StopStatus::visited;
    CHECK(pages == static_cast<long>(tour->loops.size() + (left_out ? 1 : 0)));
    // the folder is never replaced without --overwrite
    CHECK_THROWS_AS(write_tour(*tour, (dir / "tournee").string(), false), InputError);
}
