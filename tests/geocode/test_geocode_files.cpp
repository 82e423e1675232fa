// The index file and the commands: damaged or foreign files refused, bad BAN files told
// in one message with exit code 1, partner lists placed by `geocode` and `rank --geocode`.

#include "ban_files.hpp"
#include "geocode/index.hpp"
#include "support.hpp"

#include <alentour/error.hpp>
#include <alentour/geocode.hpp>
#include <alentour/partners.hpp>

#include <fstream>
#include <limits>

using namespace alentour;
using namespace alentour::test;
namespace fs = std::filesystem;

namespace {

std::vector<BanAddress> two_streets() {
    return {{1, "", "Rue de la Paix", "94000", "94028", "Créteil", 48.7800, 2.4501},
            {3, "", "Rue de la Paix", "94000", "94028", "Créteil", 48.7801, 2.4503},
            {5, "", "Rue de la Paix", "94000", "94028", "Créteil", 48.7802, 2.4505},
            {2, "bis", "Avenue du Général de Gaulle", "94000", "94028", "Créteil", 48.7810, 2.4602}};
}

std::string read_text(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

int lines_of(const std::string& text) { return static_cast<int>(std::count(text.begin(), text.end(), '\n')); }

struct Files {
    fs::path dir, ban, index;
    explicit Files(const std::string& name) : dir(scratch_dir(name)), ban(dir / "adresses-94.csv.gz"), index(dir / "adresses-94.alentour-ban") {
        write_gzip(ban, ban_text(two_streets()));
        build_geocode_index({ban.string()}, index.string(), false);
    }
};

} // namespace

TEST_CASE("A damaged, truncated or foreign index file is refused with the command that rebuilds it") {
    Files f("geocode-damaged");
    std::string bytes = read_bytes(f.index);
    const auto refused = [&](const std::string& content, const std::string& why) {
        const fs::path path = f.dir / "bad.alentour-ban";
        write_plain(path, content);
        try {
            Geocoder::load(path.string());
            FAIL("accepted a bad index: " << why);
        } catch (const CacheError& e) {
            INFO(e.what());
            CHECK(std::string(e.what()).find(why) != std::string::npos);
            CHECK(std::string(e.what()).find("alentour geocode-index") != std::string::npos);
        }
    };
    std::string flipped = bytes;
    flipped[flipped.size() / 2] ^= 0x10;
    refused(flipped, "checksum");
    refused(bytes.substr(0, bytes.size() - 8), "truncated");
    refused(read_text(f.ban), "not an alentour address index");
    refused("", "too short");
    std::string version = bytes;
    version[8] = 9;
    refused(version, "version 9");
    CHECK(Geocoder::load(f.index.string()).address_count() == 4);
}

TEST_CASE("Bad BAN files: one message naming the file, exit code 1") {
    Files f("geocode-bad-ban");
    SECTION("a missing column") {
        std::string header = ban_header;
        header.replace(header.find(";lat;"), 5, ";latitude;");
        write_gzip(f.dir / "nolat.csv.gz", ban_text(two_streets(), header));
        const auto run = run_cli("geocode-index " + quoted((f.dir / "nolat.csv.gz").string()) + " -o " + quoted((f.dir / "x.alentour-ban").string()));
        CHECK(run.exit_code == 1);
        CHECK(run.output.find("nolat.csv.gz") != std::string::npos);
        CHECK(run.output.find("no column lat") != std::string::npos);
        CHECK(lines_of(run.output) == 1);
        CHECK(!fs::exists(f.dir / "x.alentour-ban"));
    }
    SECTION("a broken gzip stream") {
        std::string rows;
        for (int i = 0; i < 3000; ++i) rows += ban_row({i + 1, "", "Rue " + std::to_string(i % 97), "94000", "94028", "Créteil", 48.78, 2.45}) + "\n";
        write_gzip(f.dir / "whole.csv.gz", ban_header + "\n" + rows);
        const std::string whole = read_bytes(f.dir / "whole.csv.gz");
        write_plain(f.dir / "cut.csv.gz", whole.substr(0, whole.size() / 2));
        std::string garbled = whole;
        for (std::size_t i = whole.size() / 3; i < whole.size() / 3 + 64; ++i) garbled[i] = static_cast<char>(garbled[i] ^ 0x5A);
        write_plain(f.dir / "garbled.csv.gz", garbled);
        for (const auto* name : {"cut.csv.gz", "garbled.csv.gz"}) {
            const auto run = run_cli("geocode-index " + quoted((f.dir / name).string()) + " -o " + quoted((f.dir / "x.alentour-ban").string()));
            INFO(run.output);
            CHECK(run.exit_code == 1);
            CHECK(run.output.find(name) != std::string::npos);
            CHECK(run.output.find("broken gzip stream") != std::string::npos);
            CHECK(lines_of(run.output) == 1);
        }
    }
    SECTION("an index that is not one") {
        write_plain(f.dir / "p.csv", "nom;adresse;code_postal;commune\nCCAS;1 rue de la Paix;94000;Créteil\n");
        const auto run = run_cli("geocode " + quoted((f.dir / "p.csv").string()) + " -o " + quoted((f.dir / "out.csv").string()) + " --index " +
                                 quoted(f.ban.string()));
        CHECK(run.exit_code == 1);
        CHECK(run.output.find("adresses-94.csv.gz") != std::string::npos);
        CHECK(run.output.find("not an alentour address index") != std::string::npos);
        CHECK(lines_of(run.output) == 1);
    }
    SECTION("an existing output is not replaced without --overwrite") {
        const auto run = run_cli("geocode-index " + quoted(f.ban.string()) + " -o " + quoted(f.index.string()));
        CHECK(run.exit_code == 1);
        CHECK(run.output.find("--overwrite") != std::string::npos);
    }
}

TEST_CASE("geocode-index and geocode on a partner list: rows with an address and no position placed, the others kept") {
    Files f("geocode-cli");
    write_plain(f.dir / "partenaires.csv",
                "nom;adresse;code_postal;commune;lat;lon;orientations\n"
                "CCAS;3 r. de la Paix;94000;Creteil;;;4\n"
                "Mission Locale;2b av du Gal de Gaulle;94000;Créteil;;;\n"
                "Association;8 rue Totalement Inconnue;94000;Créteil;;;\n"
                "Mairie;1 place de la Mairie;94000;Créteil;48,7;2,4;\n"
                "Sans adresse;;;;;;\n");
    const fs::path out = f.dir / "geocoded.csv";
    const auto run = run_cli("geocode " + quoted((f.dir / "partenaires.csv").string()) + " -o " + quoted(out.string()) + " --index " +
                             quoted(f.index.string()) + " --csv-dialect comma");
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    CHECK(run.output.find("5 rows: 2 placed at the house number, 0 at the street, 1 address_not_found, 1 without position nor address, 1 kept") !=
          std::string::npos);
    const std::string text = read_text(out);
    INFO(text);
    CHECK(text.find("nom,adresse,code_postal,commune,lat,lon,orientations,geocode_score,geocode_label,geocode_status,geocode_notes\n") == 0);
    CHECK(text.find("CCAS,3 r. de la Paix,94000,Creteil,48.7801000,2.4503000,4,1.00,3 Rue de la Paix 94000 Créteil,housenumber,") != std::string::npos);
    CHECK(text.find("2 bis Avenue du Général de Gaulle 94000 Créteil,housenumber") != std::string::npos);
    CHECK(text.find("Association,8 rue Totalement Inconnue,94000,Créteil,,,,0.") != std::string::npos);
    CHECK(text.find(",address_not_found,\"meilleur candidat : « Rue de la Paix 94000 Créteil » (score 0,") != std::string::npos);
    CHECK(text.find("Mairie,1 place de la Mairie,94000,Créteil,\"48,7\",\"2,4\",,,,,\n") != std::string::npos);
}

TEST_CASE("read_partners with a geocoder: a file of addresses only is read and placed; address_not_found kept with its best candidate") {
    Files f("geocode-partners");
    write_plain(f.dir / "adresses.csv",
                "nom,adresse,cp,ville\n"
                "CCAS de Créteil,\"5, rue de la Paix\",94000,Créteil\n"
                "Inconnue,8 rue Totalement Inconnue,94000,Créteil\n");
    CHECK_THROWS_AS(read_partners((f.dir / "adresses.csv").string()), InputError);  // no coordinates, no geocoder
    PartnerReadOptions options;
    options.geocoder = std::make_shared<const Geocoder>(Geocoder::load(f.index.string()));
    const PartnerTable table = read_partners((f.dir / "adresses.csv").string(), options);
    REQUIRE(table.partners.size() == 2);
    CHECK(table.geocoded);
    const Partner& ccas = table.partners[0];
    CHECK(ccas.status == PartnerStatus::ok);
    REQUIRE(ccas.position);
    CHECK(haversine_metres(*ccas.position, {48.7802, 2.4505}) < 0.05);
    REQUIRE(ccas.geocode);
    CHECK(ccas.geocode->best->label == "5 Rue de la Paix 94000 Créteil");
    const Partner& unknown = table.partners[1];
    CHECK(unknown.status == PartnerStatus::address_not_found);
    CHECK(!unknown.position);
    CHECK(status_code(unknown.status) == "address_not_found");
    REQUIRE(!unknown.notes.empty());
    CHECK(unknown.notes.front().find("meilleur candidat : « ") == 0);
}

TEST_CASE("BAN rows without a usable position are skipped, NaN too (from_chars reads \"nan\")") {
    const auto dir = scratch_dir("geocode-nan");
    auto rows = two_streets();
    const double nan = std::numeric_limits<double>::quiet_NaN(), inf = std::numeric_limits<double>::infinity();
    rows.push_back({7, "", "Rue de la Paix", "94000", "94028", "Créteil", 48.7803, nan});
    rows.push_back({9, "", "Rue de la Paix", "94000", "94028", "Créteil", nan, 2.4509});
    rows.push_back({11, "", "Rue de la Paix", "94000", "94028", "Créteil", inf, 2.4511});
    rows.push_back({13, "", "Rue de la Paix", "94000", "94028", "Créteil", 48.7804, 181.0});
    write_plain(dir / "adresses-94.csv", ban_text(rows));
    const auto stats = build_geocode_index({(dir / "adresses-94.csv").string()}, (dir / "i.alentour-ban").string(), false);
    CHECK(stats.rows == 8);
    CHECK(stats.rows_skipped == 4);
    CHECK(stats.addresses == 4);
    const GeocodeResult seven = Geocoder::load((dir / "i.alentour-ban").string()).geocode({"7 rue de la Paix", "94000", "Créteil"});
    CHECK(seven.status == GeocodeStatus::street);  // not placed at longitude 0
}

TEST_CASE("An index whose checksum holds but a position lies off the Earth is refused (found by fuzz_geocode_index)") {
    const auto dir = scratch_dir("geocode-off-earth");
    const auto index_with_point_at = [&](FixedPoint position) {
        detail::GeocodeIndexData data;
        data.text = {'R', 'u', 'e'};
        detail::CommuneRecord commune{};
        commune.name = {0, 3};
        commune.street_count = 1;
        data.communes.push_back(commune);
        detail::StreetRecord street{};
        street.name = street.key = {0, 3};
        street.point_count = 1;
        street.middle = {487800000, 24501000};
        data.streets.push_back(street);
        data.signatures.emplace_back();
        detail::PointRecord point{};
        point.number = 1;
        point.position = position;
        data.points.push_back(point);
        const std::string path = (dir / "i.alentour-ban").string();
        detail::save_geocode_index(data, path, true);
        return path;
    };
    CHECK(Geocoder::load(index_with_point_at({487800000, 24501000})).address_count() == 1);
    for (const FixedPoint off : {FixedPoint{2000000000, 24501000}, FixedPoint{487800000, -1900000000}, FixedPoint{-2147483647 - 1, 0}}) {
        CHECK_THROWS_WITH(Geocoder::load(index_with_point_at(off)), Catch::Contains("inconsistent arrays"));
    }
}
