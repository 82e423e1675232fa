// The demo town's own addresses (data/adresses-demo.csv, written by generate_demo.py) and
// its partner list with a few positions left out (partenaires-adresses.csv): the address
// must put each of them back where partenaires.csv has it.

#include "support.hpp"

#include <alentour/geocode.hpp>
#include <alentour/partners.hpp>

#include <fstream>
#include <map>

using namespace alentour;
using namespace alentour::test;
namespace fs = std::filesystem;

namespace {

const fs::path data_dir = fs::path(ALENTOUR_SOURCE_DIR) / "data";

std::string index_of_demo(const fs::path& dir) {
    const std::string index = (dir / "adresses-demo.alentour-ban").string();
    build_geocode_index({(data_dir / "adresses-demo.csv").string()}, index, true);
    return index;
}

} // namespace

TEST_CASE("Demo town: the partners without a position are placed back by their address, near where they stand") {
    const auto dir = scratch_dir("geocode-demo");
    PartnerReadOptions options;
    options.geocoder = std::make_shared<const Geocoder>(Geocoder::load(index_of_demo(dir)));
    const PartnerTable by_address = read_partners((data_dir / "partenaires-adresses.csv").string(), options);
    const PartnerTable reference = read_partners((data_dir / "partenaires.csv").string());
    std::map<std::string, LatLon> where;
    for (const auto& p : reference.partners) {
        if (p.position) where[p.id] = *p.position;
    }
    std::size_t geocoded = 0, at_street = 0;
    for (const auto& p : by_address.partners) {
        if (!p.geocode) continue;
        ++geocoded;
        INFO(p.name << ", " << p.address << ": " << (p.geocode->best ? p.geocode->best->label : std::string("nothing")));
        REQUIRE(p.position);
        if (p.address == "Grande Rue") {  // no number: the street's middle, said so
            ++at_street;
            CHECK(p.geocode->status == GeocodeStatus::street);
            CHECK(p.geocode->best->label == "Grande Rue 36251 Saint-Aubin-les-Prés");
            continue;
        }
        CHECK(p.geocode->status == GeocodeStatus::housenumber);
        CHECK(p.geocode->best->score >= 0.85);
        // A partner's door stands 10-30 m off its street, as the BAN's points do (12 m): on
        // the same side, within the numbering's 22 m steps.
        CHECK(haversine_metres(*p.position, where.at(p.id)) < 60.0);
        CHECK(p.status == reference.partners[static_cast<std::size_t>(&p - by_address.partners.data())].status);
    }
    CHECK(geocoded == 7);
    CHECK(at_street == 1);
}

TEST_CASE("Demo town: rank --geocode ranks every structure partenaires.csv ranks, with geocode columns") {
    const auto dir = scratch_dir("geocode-demo-rank");
    const std::string index = index_of_demo(dir);
    const std::string space = "46.800425,1.697544";
    const std::string common = " --osm " + quoted((data_dir / "demo.osm").string()) + " --space " + space + " --mode walk --csv-dialect comma";
    const auto with = run_cli("rank" + common + " --partners " + quoted((data_dir / "partenaires-adresses.csv").string()) + " --geocode " +
                              quoted(index) + " -o " + quoted((dir / "with.csv").string()));
    INFO(with.output);
    REQUIRE(with.exit_code == 0);
    const auto without = run_cli("rank" + common + " --partners " + quoted((data_dir / "partenaires-adresses.csv").string()) + " -o " +
                                 quoted((dir / "without.csv").string()));
    REQUIRE(without.exit_code == 0);
    CHECK(without.output.find("7 missing_coordinates") != std::string::npos);
    CHECK(with.output.find("missing_coordinates") == std::string::npos);
    CHECK(with.output.find("read 64 structures") != std::string::npos);
    std::ifstream in(dir / "with.csv");
    std::string header;
    std::getline(in, header);
    CHECK(header.find(",lat,lon,geocode_score,geocode_label,snap_metres,") != std::string::npos);
    std::string text{std::istreambuf_iterator<char>(in), {}};
    CHECK(text.find(",1.00,146 Rue des Tilleuls 36250 Villeneuve-sur-Lieu,") != std::string::npos);  // from "146 RUE DES TILLEULS"
}
