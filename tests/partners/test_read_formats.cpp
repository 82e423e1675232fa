// Every format and dialect a partner list comes in, from small files written here byte
// for byte (CSV encodings and separators) or through GDAL (spreadsheets, GIS formats).

#include "partner_support.hpp"

#include <alentour/error.hpp>

#include <ogr_spatialref.h>

#include <cmath>
#include <numbers>

using namespace alentour;
using namespace alentour::test;

namespace {

// Writes one layer with GDAL: string fields, optional point geometry in `epsg`.
struct Feature {
    std::vector<std::string> values;
    std::optional<std::pair<double, double>> xy;
};

std::string write_with_gdal(const std::string& name, const std::string& driver_name, const std::vector<std::string>& fields,
                            const std::vector<Feature>& features, int epsg = 0, const std::string& layer_name = "structures",
                            bool empty_first_layer = false) {
    GDALAllRegister();
    const auto path = (partner_dir() / name).string();
    std::filesystem::remove(path);
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driver_name.c_str());
    REQUIRE(driver != nullptr);
    GDALDatasetUniquePtr dataset(driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    REQUIRE(dataset);
    if (empty_first_layer) {
        OGRLayer* empty = dataset->CreateLayer("Feuil1", nullptr, wkbNone, nullptr);
        REQUIRE(empty != nullptr);
        OGRFieldDefn field("A", OFTString);
        empty->CreateField(&field);
    }
    OGRSpatialReference srs;
    if (epsg != 0) {
        srs.importFromEPSG(epsg);
        srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    }
    OGRLayer* layer = dataset->CreateLayer(layer_name.c_str(), epsg ? &srs : nullptr, epsg ? wkbPoint : wkbNone, nullptr);
    REQUIRE(layer != nullptr);
    for (const auto& f : fields) {
        OGRFieldDefn field(f.c_str(), OFTString);
        REQUIRE(layer->CreateField(&field) == OGRERR_NONE);
    }
    for (const auto& f : features) {
        OGRFeature feature(layer->GetLayerDefn());
        for (std::size_t i = 0; i < f.values.size(); ++i) feature.SetField(static_cast<int>(i), f.values[i].c_str());
        if (f.xy) {
            OGRPoint point(f.xy->first, f.xy->second);
            feature.SetGeometry(&point);
        }
        REQUIRE(layer->CreateFeature(&feature) == OGRERR_NONE);
    }
    return path;
}

// Lambert-93 (EPSG:2154) coordinates of a WGS84 point, by PROJ directly.
std::pair<double, double> lambert93(LatLon p) {
    OGRSpatialReference wgs84, l93;
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    l93.importFromEPSG(2154);
    l93.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> t(OGRCreateCoordinateTransformation(&wgs84, &l93));
    double x = p.lon, y = p.lat;
    REQUIRE(t->Transform(1, &x, &y));
    return {x, y};
}

PartnerReadOptions layer_option(const std::string& layer) {
    PartnerReadOptions o;
    o.layer = layer;
    return o;
}

PartnerReadOptions srs_option(const std::string& srs) {
    PartnerReadOptions o;
    o.srs = srs;
    return o;
}

const LatLon creteil{48.778295, 2.470384};  // Emmaüs Connect, 1 place de l'Abbaye, Créteil

void check_near(const std::optional<LatLon>& got, LatLon expected, double metres = 0.05) {
    REQUIRE(got.has_value());
    CHECK(haversine_metres(*got, expected) < metres);
}

} // namespace

TEST_CASE("CSV with commas in UTF-8: every column recognised, the others passed through") {
    const auto path = write_file("comma.csv", partners_csv({
        "cc1,CCAS de Créteil,,48.7784,2.4681,3",
        "ft1,\"Agence France Travail Créteil, Échat\",,48.7900,2.4500,",
        "x1,Association des Amis,Association,48.7701,2.4602,12",
    }, "id,nom,categorie,latitude,longitude,orientations"));
    const PartnerTable table = read_partners(path);
    REQUIRE(table.partners.size() == 3);
    CHECK(table.encoding == "UTF-8");
    CHECK(table.separator == ",");
    CHECK(table.format == "table");
    CHECK(table.has_orientations);
    const Partner& ccas = table.partners[0];
    CHECK(ccas.id == "cc1");
    CHECK(ccas.name == "CCAS de Créteil");
    CHECK(ccas.line == 2);
    CHECK(ccas.category == "ccas");
    CHECK(ccas.category_from.source == "nom");
    CHECK(ccas.orientations == 3.0);
    check_near(ccas.position, {48.7784, 2.4681});
    const Partner& ft = table.partners[1];
    CHECK(ft.name == "Agence France Travail Créteil, Échat");
    CHECK(ft.category == "france_travail");
    CHECK_FALSE(ft.orientations.has_value());
    CHECK(ft.line == 3);
    CHECK(table.partners[2].category == "association");
    CHECK(table.partners[2].category_from.source == "categorie");
    for (const auto& p : table.partners) CHECK(p.status == PartnerStatus::ok);
}

TEST_CASE("CSV with semicolons in Windows-1252 and decimal commas, as French Excel saves it") {
    // "Créteil", "Secours populaire français", "Mission Locale d'Orly – Choisy": é, ç and the
    // en dash (0x96, only in Windows-1252) are single bytes here.
    const std::string content =
        "Identifiant;Nom;Cat\xe9gorie;Adresse;Code postal;Commune;Latitude;Longitude\r\n"
        "1;Secours populaire fran\xe7" "ais;;3 rue de Paris;94000;Cr\xe9teil;48,7783;2,4704\r\n"
        "2;Mission Locale d'Orly \x96 Choisy;;;94310;Orly;48,7443;2,3933\r\n";
    const auto path = write_file("semicolon-1252.csv", content);
    const PartnerTable table = read_partners(path);
    REQUIRE(table.partners.size() == 2);
    CHECK(table.encoding == "Windows-1252");
    CHECK(table.separator == ";");
    CHECK(table.partners[0].name == "Secours populaire français");
    CHECK(table.partners[0].commune == "Créteil");
    CHECK(table.partners[0].postcode == "94000");
    CHECK(table.partners[0].address == "3 rue de Paris");
    CHECK(table.partners[0].category == "association");
    check_near(table.partners[0].position, {48.7783, 2.4704});
    CHECK(table.partners[1].name == "Mission Locale d'Orly \u2013 Choisy");
    CHECK(table.partners[1].category == "mission_locale");
    check_near(table.partners[1].position, {48.7443, 2.3933});
}

TEST_CASE("CSV with tabs, with a byte-order mark and CRLF, and a .tsv file") {
    const std::string rows = "id\tnom\tlat\tlon\r\n1\tCCAS d'Alfortville\t48.8050\t2.4200\r\n2\tMairie de Maisons-Alfort\t48.8058\t2.4378\r\n";
    for (const std::string name : {"tabs.csv", "tabs.tsv"}) {
        const PartnerTable table = read_partners(write_file(name, "\xEF\xBB\xBF" + rows));
        INFO(name);
        REQUIRE(table.partners.size() == 2);
        CHECK(table.separator == "tab");
        CHECK(table.partners[0].id == "1");  // the BOM is not part of the first column name
        CHECK(table.partners[0].category == "ccas");
        CHECK(table.partners[1].category == "mairie");
        check_near(table.partners[1].position, {48.8058, 2.4378});
    }
}

TEST_CASE("XLSX and ODS spreadsheets: header line forced, cells read as text, the sheet chosen") {
    const std::vector<std::string> fields = {"Nom", "Catégorie", "Code postal", "Latitude", "Longitude", "Orientations"};
    const std::vector<Feature> rows = {
        {{"EDS de Créteil", "", "01200", "48.7790", "2.4550", "0"}, {}},
        {{"Pôle emploi Créteil", "", "94000", "48,7801", "2,4602", "5"}, {}},
    };
    for (const auto& [name, driver] : {std::pair{"partners.xlsx", "XLSX"}, std::pair{"partners.ods", "ODS"}}) {
        INFO(driver);
        const auto path = write_with_gdal(name, driver, fields, rows, 0, "Partenaires", true);
        const PartnerTable table = read_partners(path);
        CHECK(table.layer == "Partenaires");  // the empty first sheet is skipped
        REQUIRE(table.partners.size() == 2);
        CHECK(table.partners[0].postcode == "01200");
        CHECK(table.partners[0].category == "departement");
        CHECK(table.partners[0].orientations == 0.0);
        CHECK(table.partners[0].line == 2);
        CHECK(table.partners[1].category == "france_travail");
        check_near(table.partners[1].position, {48.7801, 2.4602});
        // --layer picks a sheet by name, and names the sheets when it is wrong.
        CHECK(read_partners(path, layer_option("Partenaires")).partners.size() == 2);
        try {
            read_partners(path, layer_option("Feuille 3"));
            FAIL("an unknown sheet must be refused");
        } catch (const InputError& e) {
            CHECK(std::string(e.what()).find("Partenaires") != std::string::npos);
        }
    }
}

TEST_CASE("GeoJSON points, with a list property, read through GDAL") {
    const auto path = write_file("partners.geojson", R"({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [2.470384, 48.778295]},
         "properties": {"nom": "Emmaüs Connect", "typologie": ["TIERS_LIEUX", "ASSO"], "orientations": 4}},
        {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[2.45, 48.77], [2.46, 48.77], [2.46, 48.78], [2.45, 48.78], [2.45, 48.77]]]},
         "properties": {"nom": "Maison des solidarités", "typologie": ["MDS"]}},
        {"type": "Feature", "geometry": null, "properties": {"nom": "Sans position", "typologie": ["CCAS"]}}
    ]})");
    const PartnerTable table = read_partners(path);
    REQUIRE(table.partners.size() == 3);
    CHECK(table.coordinates.find("géométrie") != std::string::npos);
    const Partner& emmaus = table.partners[0];
    check_near(emmaus.position, creteil);
    CHECK(emmaus.category == "mediation_numerique");  // TIERS_LIEUX comes first in the list
    CHECK(emmaus.category_from.source == "typologie");
    CHECK(emmaus.orientations == 4.0);
    const Partner& mds = table.partners[1];
    CHECK(mds.category == "departement");
    REQUIRE(mds.position.has_value());
    CHECK(mds.position->lat > 48.77);
    CHECK(mds.position->lat < 48.78);
    CHECK(mds.notes.size() == 1);  // said how the polygon became a point
    CHECK(table.partners[2].status == PartnerStatus::missing_coordinates);
    CHECK(table.partners[2].category == "ccas");
}

TEST_CASE("GeoPackage and Shapefile in Lambert-93 are reprojected to WGS84") {
    const auto [x, y] = lambert93(creteil);
    CHECK(x == Approx(661000).margin(10000));  // plausibly Lambert-93 around Créteil
    const std::vector<Feature> rows = {{{"Emmaüs Connect", "EPN"}, std::pair{x, y}}};
    for (const auto& [name, driver] : {std::pair{"l93.gpkg", "GPKG"}, std::pair{"l93.shp", "ESRI Shapefile"}}) {
        INFO(driver);
        const auto path = write_with_gdal(name, driver, {"nom", "typologie"}, rows, 2154);
        const PartnerTable table = read_partners(path);
        REQUIRE(table.partners.size() == 1);
        check_near(table.partners[0].position, creteil, 0.01);
        CHECK(table.partners[0].category == "mediation_numerique");
        CHECK(table.coordinates.find("2154") != std::string::npos);
    }
}

TEST_CASE("INSEE BPE columns: LAMBERT_X/LAMBERT_Y without a system are Lambert-93, TYPEQU categorises") {
    const auto [x, y] = lambert93(creteil);
    char row[256];
    std::snprintf(row, sizeof row, "A122;Agence;%.2f;%.2f\nA129;Hôtel de ville;%.2f;%.2f\nZ999;Inconnu;%.2f;%.2f\n", x, y, x + 100, y, x,
                  y + 100);
    const PartnerTable table = read_partners(write_file("bpe.csv", "TYPEQU;NOM;LAMBERT_X;LAMBERT_Y\n" + std::string(row)));
    CHECK(table.format == "bpe");
    REQUIRE(table.partners.size() == 3);
    check_near(table.partners[0].position, creteil, 0.01);
    CHECK(table.partners[0].category == "france_travail");
    CHECK(table.partners[0].category_from.source == "typequ");
    CHECK(table.partners[1].category == "mairie");
    CHECK(table.partners[2].category == "autre");
    // Said, never silent: metres taken as Lambert-93.
    REQUIRE_FALSE(table.notes.empty());
    CHECK(table.notes.front().find("Lambert-93") != std::string::npos);

    // The same metres with --srs EPSG:2154 say nothing more; a per-row EPSG column works too.
    std::snprintf(row, sizeof row, "1;a;%.2f;%.2f;2154\n2;b;%.6f;%.6f;4326\n", x, y, creteil.lon, creteil.lat);
    const PartnerTable per_row = read_partners(write_file("epsg.csv", "id;nom;x;y;epsg\n" + std::string(row)));
    check_near(per_row.partners[0].position, creteil, 0.01);
    check_near(per_row.partners[1].position, creteil, 0.01);
}

TEST_CASE("--srs reprojects x/y columns from any system PROJ knows") {
    // Web Mercator metres of Créteil.
    const double x = creteil.lon * 20037508.342789244 / 180.0;
    const double y = std::log(std::tan((90.0 + creteil.lat) * std::numbers::pi / 360.0)) * 6378137.0;
    char row[128];
    std::snprintf(row, sizeof row, "CCAS;%.3f;%.3f\n", x, y);
    const auto path = write_file("mercator.csv", "nom;x;y\n" + std::string(row));
    const PartnerTable table = read_partners(path, srs_option("EPSG:3857"));
    check_near(table.partners[0].position, creteil, 0.05);
    // Without --srs the metres would be taken for Lambert-93 and land elsewhere.
    const PartnerTable wrong = read_partners(path);
    REQUIRE(wrong.partners[0].position.has_value());
    CHECK(haversine_metres(*wrong.partners[0].position, creteil) > 1000.0);
    CHECK_THROWS_AS(read_partners(path, srs_option("EPSG:999999")), InputError);
}

TEST_CASE("one column holding 'latitude, longitude', as open-data portals export geo_point_2d") {
    const auto path = write_file("geopoint.csv", "nom;geo_point_2d\nCCAS;48.778295, 2.470384\nMairie;\"48,778295; 2,470384\"\n");
    const PartnerTable table = read_partners(path);
    REQUIRE(table.partners.size() == 2);
    check_near(table.partners[0].position, creteil);
    check_near(table.partners[1].position, creteil);
}

TEST_CASE("the national mediation standard, v1.0.2 and v0, recognised from its columns") {
    const std::string header_v1 =
        "id,pivot,nom,commune,code_postal,code_insee,adresse,complement_adresse,latitude,longitude,typologie,telephone,courriels,"
        "site_web,horaires,presentation_resume,presentation_detail,source,itinerance,structure_parente,date_maj,services,"
        "publics_specifiquement_adresses,prise_en_charge_specifique,frais_a_charge,dispositif_programmes_nationaux,"
        "formations_labels,autres_formations_labels,modalites_acces,modalites_accompagnement,fiche_acces_libre,prise_rdv";
    const std::string row_v1 =
        "s1,43493312300029,La Quincaillerie,Créteil,94000,94028,12 rue X,Bâtiment B,48.7783,2.4704,CCAS|EPN,+33180059880,"
        "a@b.fr|c@d.fr,,,,,Hubik,,,2024-04-02,Maîtrise des outils numériques du quotidien,,,Gratuit,Conseillers numériques,,,,,,";
    const PartnerTable v1 = read_partners(write_file("mednum-v1.csv", header_v1 + "\n" + row_v1 + "\n"));
    CHECK(v1.format == "mednum-1.0.2");
    REQUIRE(v1.partners.size() == 1);
    CHECK(v1.partners[0].category == "ccas");
    CHECK(v1.partners[0].address == "12 rue X, Bâtiment B");
    CHECK(v1.partners[0].phone == "+33180059880");
    CHECK(v1.partners[0].email == "a@b.fr|c@d.fr");
    // The other columns of the standard pass through.
    CHECK(std::find(v1.extra_columns.begin(), v1.extra_columns.end(), "pivot") != v1.extra_columns.end());
    CHECK(std::find(v1.extra_columns.begin(), v1.extra_columns.end(), "typologie") != v1.extra_columns.end());

    // A mediation place with nothing else to say is a mediation place.
    const std::string row_plain = "s2,1,Lieu,Créteil,94000,,1 rue,,48.78,2.47,,,,,,,,,,,2024-04-02,,,,,,,,,,,";
    CHECK(read_partners(write_file("mednum-v1-plain.csv", header_v1 + "\n" + row_plain + "\n")).partners[0].category ==
          "mediation_numerique");

    // The examples published with the standard (read where they are).
    if (const auto v1_example = shared_file("schemas/mednum_exemple-valide_v1.0.2.csv"); !v1_example.empty()) {
        const PartnerTable t = read_partners(v1_example);
        CHECK(t.format == "mednum-1.0.2");
        REQUIRE(t.partners.size() == 1);
        CHECK(t.partners[0].name == "Anonymal");
        CHECK(t.partners[0].category == "mediation_numerique");  // TIERS_LIEUX|ASSO: the first code decides
        check_near(t.partners[0].position, {43.52609, 5.41423});
    }
    if (const auto v0_example = shared_file("schemas/mednum_exemple-valide_v0.csv"); !v0_example.empty()) {
        const PartnerTable t = read_partners(v0_example);
        CHECK(t.format == "mednum-0");
        REQUIRE(t.partners.size() == 1);
        CHECK(t.partners[0].category == "mediation_numerique");  // TIERS_LIEUX;ASSO, v0 lists use ';'
    }
}

TEST_CASE("JSON lists: national mediation places, data·inclusion v1 with réseaux porteurs, an API page") {
    const auto cnfs = write_file("cnfs.json", R"([
        {"id": "a1", "nom": "CCAS de Vitry", "pivot": "1", "services": "x", "labels_nationaux": "CNFS", "latitude": 48.79, "longitude": 2.39},
        {"id": "a2", "nom": "Médiathèque", "pivot": "2", "services": "x", "labels_nationaux": "CNFS;France Services", "latitude": null, "longitude": null}
    ])");
    const PartnerTable national = read_partners(cnfs);
    CHECK(national.format == "mednum-0");
    REQUIRE(national.partners.size() == 2);
    CHECK(national.partners[0].category == "ccas");
    CHECK(national.partners[0].line == 1);
    CHECK(national.partners[1].category == "mediation_numerique");
    CHECK(national.partners[1].status == PartnerStatus::missing_coordinates);

    const auto di = write_file("di-v1.json", R"({"items": [
        {"source": "dora", "id": "dora--1", "nom": "Antenne", "date_maj": "2025-01-01", "reseaux_porteurs": ["mission-locale"], "latitude": 48.8, "longitude": 2.4},
        {"source": "dora", "id": "dora--2", "nom": "Point", "date_maj": "2025-01-01", "reseaux_porteurs": ["siao", "caf"], "latitude": 48.8, "longitude": 2.41},
        {"source": "dora", "id": "dora--3", "nom": "Lieu", "date_maj": "2025-01-01", "reseaux_porteurs": ["nouveau-reseau"], "latitude": 48.8, "longitude": 2.42}
    ]})");
    const PartnerTable v1 = read_partners(di);
    CHECK(v1.format == "data-inclusion-1");
    REQUIRE(v1.partners.size() == 3);
    CHECK(v1.partners[0].category == "mission_locale");
    CHECK(v1.partners[0].id == "dora--1");
    CHECK(v1.partners[1].category == "caf_cpam");  // "autre" codes give way to a better one
    CHECK(v1.partners[2].category == "autre");
    REQUIRE(v1.partners[2].notes.size() == 1);
    CHECK(v1.partners[2].notes[0].find("nouveau-reseau") != std::string::npos);
}

TEST_CASE("data·inclusion v0 typologie codes and the France Services list") {
    const PartnerTable di = read_partners(write_file("di-v0.csv",
        "id,siret,nom,typologie,latitude,longitude\n"
        "1,1,Centre,CCAS,48.8,2.4\n2,2,Agence,PE,48.8,2.4\n3,3,Point,FT,48.8,2.4\n4,4,Maison,MDS,48.8,2.4\n5,5,X,ML,48.8,2.4\n"));
    CHECK(di.format == "data-inclusion-0");
    std::vector<std::string> categories;
    for (const auto& p : di.partners) categories.push_back(p.category);
    CHECK(categories == std::vector<std::string>{"ccas", "france_travail", "france_travail", "departement", "mission_locale"});

    const PartnerTable fs = read_partners(write_file("france-services.csv",
        "\"id_fs\",\"insee_dep\",\"lib_fs\",\"adresse\",\"code_postal\",\"lib_com\",\"latitude\",\"longitude\",\"format_fs\"\n"
        "\"1\",\"01\",\"France services de Valserhône\",\"5-9 Rue des Papetiers\",\"01200\",\"Valserhône\",46.1060711578546,5.8260084241619,\"Site principal\"\n"
        "\"2\",\"94\",\"Mairie de Villejuif - France services\",\"Esplanade\",\"94800\",\"Villejuif\",48.79,2.36,\"Site principal\"\n"));
    CHECK(fs.format == "france-services");
    REQUIRE(fs.partners.size() == 2);
    CHECK(fs.partners[0].name == "France services de Valserhône");
    CHECK(fs.partners[0].commune == "Valserhône");
    CHECK(fs.partners[0].postcode == "01200");
    CHECK(fs.partners[0].id == "1");
    for (const auto& p : fs.partners) CHECK(p.category == "france_services");  // even the one in a mairie
}

TEST_CASE("a file that cannot be a partner list is refused with one clear message") {
    const auto no_coordinates = write_file("no-coordinates.csv", "nom;adresse\nCCAS;1 rue\n");
    try {
        read_partners(no_coordinates);
        FAIL("a list without coordinates must be refused");
    } catch (const InputError& e) {
        const std::string message = e.what();
        CHECK(message.find("no-coordinates.csv") != std::string::npos);
        CHECK(message.find("needs coordinates") != std::string::npos);
        CHECK(message.find("nom, adresse") != std::string::npos);  // says what it found
    }
    CHECK_THROWS_WITH(read_partners(write_file("lat-only.csv", "nom,lat\nA,48.8\n")), Catch::Contains("no longitude"));
    CHECK_THROWS_AS(read_partners((partner_dir() / "absent.csv").string()), InputError);
    CHECK_THROWS_WITH(read_partners(write_file("broken.json", "[{\"nom\": \"A\",")), Catch::Contains("not valid JSON"));
    CHECK_THROWS_AS(read_partners(write_file("numbers.json", "[1, 2, 3]")), InputError);
    CHECK_THROWS_AS(read_partners(write_file("garbage.gpkg", "not a geopackage")), InputError);
}
