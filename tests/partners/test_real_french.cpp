// The real French files of ../shared/data/mediation: read and categorised, with counts
// checked against the files themselves (read here with nlohmann or by hand), and the
// mediation places of Paris 3e/4e/10e/11e ranked on the Paris extract.

#include "partner_support.hpp"

#include <alentour/search.hpp>

#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <set>

using namespace alentour;
using namespace alentour::test;

namespace {

nlohmann::json load_json(const std::string& path) {
    std::ifstream in(path);
    return nlohmann::json::parse(in);
}

bool has_position(const nlohmann::json& item) {
    return item.contains("latitude") && item["latitude"].is_number() && item.contains("longitude") && item["longitude"].is_number();
}

std::size_t count_status(const PartnerTable& t, PartnerStatus s) {
    return static_cast<std::size_t>(std::count_if(t.partners.begin(), t.partners.end(), [&](const Partner& p) { return p.status == s; }));
}

std::string lower_ascii(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

// Records of a comma-separated file with quoted fields that may span lines.
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
    std::vector<std::vector<std::string>> records;
    std::vector<std::string> record(1);
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                record.back() += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                record.back() += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            record.emplace_back();
        } else if (c == '\n') {
            if (record.size() > 1 || !record.front().empty()) records.push_back(record);
            record.assign(1, {});
        } else if (c != '\r') {
            record.back() += c;
        }
    }
    if (record.size() > 1 || !record.front().empty()) records.push_back(record);
    return records;
}

const std::set<std::string> paris_centre = {"75003", "75004", "75010", "75011"};

} // namespace

TEST_CASE("the national list of Conseiller numérique places (December 2022), every place read") {
    const auto path = shared_file("mediation/cnfs_lieux_2022-12_noaidants.json");
    ALENTOUR_REQUIRE_SHARED(path);
    const auto json = load_json(path);
    const PartnerTable table = read_partners(path);
    CHECK(table.format == "mednum-0");
    REQUIRE(table.partners.size() == json.size());
    std::size_t without_position = 0, exact_duplicates = 0, named_ccas = 0;
    std::set<std::tuple<std::string, double, double>> seen;
    for (std::size_t i = 0; i < json.size(); ++i) {
        const auto& item = json[i];
        const Partner& p = table.partners[i];
        INFO("item " << i + 1 << ": " << item.at("nom"));
        CHECK(p.id == item.at("id").get<std::string>());
        CHECK(p.name == item.at("nom").get<std::string>());
        CHECK(p.line == i + 1);
        CHECK_FALSE(p.category.empty());
        if (!has_position(item)) {
            ++without_position;
            CHECK(p.status == PartnerStatus::missing_coordinates);
            continue;
        }
        REQUIRE(p.position.has_value());
        CHECK(p.position->lat == item["latitude"].get<double>());
        CHECK(p.position->lon == item["longitude"].get<double>());
        if (!seen.insert({item["nom"].get<std::string>(), item["latitude"].get<double>(), item["longitude"].get<double>()}).second) {
            ++exact_duplicates;
        }
        if (lower_ascii(item["nom"].get<std::string>()).starts_with("ccas ")) {
            ++named_ccas;
            CHECK(p.category == "ccas");
        }
    }
    CHECK(without_position == 22);  // as SOURCES.md counts them
    CHECK(count_status(table, PartnerStatus::missing_coordinates) == without_position);
    // Same name at the same place is certainly a duplicate; near places may add more.
    CHECK(count_status(table, PartnerStatus::duplicate) >= exact_duplicates);
    CHECK(named_ccas > 10);
    // Places with nothing else to say are mediation places, the rest found by name.
    std::map<std::string, std::size_t> by_category;
    for (const auto& p : table.partners) ++by_category[p.category];
    CHECK(by_category["mediation_numerique"] > 1000);
    CHECK(by_category["ccas"] >= named_ccas);
    CHECK(by_category["mairie"] > 100);
    CHECK(by_category["association"] > 100);
}

TEST_CASE("data·inclusion structures: typologie codes decide the category") {
    const auto path = shared_file("mediation/mednum-cli_data-inclusion.json");
    ALENTOUR_REQUIRE_SHARED(path);
    const auto json = load_json(path);
    const PartnerTable table = read_partners(path);
    REQUIRE(table.partners.size() == json.size());
    CHECK(json.size() == 3811);
    const std::map<std::string, std::string> expected = {
        {"CCAS", "ccas"}, {"CIAS", "ccas"}, {"ML", "mission_locale"}, {"PE", "france_travail"}, {"CAP_EMPLOI", "france_travail"},
        {"CAF", "caf_cpam"}, {"MUNI", "mairie"}, {"ASSO", "association"}, {"CHRS", "association"}, {"CD", "departement"},
    };
    std::map<std::string, std::size_t> typologie_count, matched;
    std::size_t without_position = 0;
    for (std::size_t i = 0; i < json.size(); ++i) {
        const auto& item = json[i];
        const Partner& p = table.partners[i];
        if (!has_position(item)) ++without_position;
        if (!item.contains("typologie") || !item["typologie"].is_string()) continue;
        const std::string code = item["typologie"];
        ++typologie_count[code];
        if (const auto it = expected.find(code); it != expected.end()) {
            INFO(item.at("nom") << " " << code);
            CHECK(p.category == it->second);
            CHECK(p.category_from.source == "typologie");
            ++matched[code];
        }
    }
    CHECK(typologie_count["CCAS"] == 32);  // the counts SOURCES.md gives
    CHECK(typologie_count["ASSO"] == 114);
    CHECK(matched["CCAS"] + matched["CIAS"] == 36);
    CHECK(without_position == 439);
    CHECK(count_status(table, PartnerStatus::missing_coordinates) == without_position);
    CHECK(count_status(table, PartnerStatus::unknown_category) == 0);  // no categorie column: never unknown
}

TEST_CASE("the older national lists and the France Services list") {
    const auto july = shared_file("mediation/lieux-de-mediation-numerique-cnfs_2022-07.json");
    const auto idf = shared_file("mediation/lieux-cnfs-idf_2022-08.json");
    const auto fs = shared_file("mediation/mednum-cli_france-services_liste-fs-20221201.csv");
    ALENTOUR_REQUIRE_SHARED(july);
    ALENTOUR_REQUIRE_SHARED(idf);
    ALENTOUR_REQUIRE_SHARED(fs);
    CHECK(read_partners(july).partners.size() == load_json(july).size());
    const PartnerTable idf_table = read_partners(idf);
    CHECK(idf_table.partners.size() == 241);
    CHECK(count_status(idf_table, PartnerStatus::missing_coordinates) == 0);

    // The France Services list, parsed here by hand (some comments span several lines).
    std::ifstream in(fs, std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), {});
    const auto records = parse_csv(text);
    REQUIRE(records.size() > 1);
    const auto& header = records.front();
    const auto column = [&](const std::string& name) {
        return static_cast<std::size_t>(std::find(header.begin(), header.end(), name) - header.begin());
    };
    const std::size_t postcode = column("code_postal"), latitude = column("latitude");
    REQUIRE(postcode < header.size());
    const PartnerTable services = read_partners(fs);
    CHECK(services.format == "france-services");
    REQUIRE(services.partners.size() == records.size() - 1);
    CHECK(services.partners.size() == 2683);
    std::size_t without_latitude = 0;
    for (std::size_t i = 0; i < services.partners.size(); ++i) {
        const Partner& p = services.partners[i];
        CHECK(p.category == "france_services");
        CHECK(p.postcode == records[i + 1][postcode]);  // "01200" keeps its zero
        if (records[i + 1][latitude].empty()) ++without_latitude;
    }
    CHECK(without_latitude > 0);
    CHECK(count_status(services, PartnerStatus::missing_coordinates) == without_latitude);
    CHECK(by_name(services, "France services de Valserhône").commune == "Valserhône");
    CHECK(by_name(services, "France services de Valserhône").postcode == "01200");
}

TEST_CASE("a real file of the mediation standard in its JSON form: Bus France Services en Charente") {
    const auto path = shared_file("schemas/real_sample_bus-france-services-charente_v0.json");
    ALENTOUR_REQUIRE_SHARED(path);
    const auto json = load_json(path);
    const PartnerTable table = read_partners(path);
    CHECK(table.format == "mednum-0");
    REQUIRE(table.partners.size() == json.size());
    for (std::size_t i = 0; i < json.size(); ++i) {
        INFO(json[i].at("nom"));
        CHECK(table.partners[i].category == "france_services");  // typologie RFS
        CHECK(table.partners[i].category_from.value == "RFS");
        CHECK(table.partners[i].id == json[i].at("id").get<std::string>());
    }
}

TEST_CASE("the Créteil fixture as CSV and as GeoJSON gives the same places") {
    const auto csv = shared_file("mediation/creteil_12km_structures_derived.csv");
    const auto geojson = shared_file("mediation/creteil_12km_structures_derived.geojson");
    ALENTOUR_REQUIRE_SHARED(csv);
    ALENTOUR_REQUIRE_SHARED(geojson);
    const PartnerTable a = read_partners(csv), b = read_partners(geojson);
    REQUIRE(a.partners.size() == 137);
    REQUIRE(b.partners.size() == 137);
    for (std::size_t i = 0; i < a.partners.size(); ++i) {
        INFO(a.partners[i].name);
        CHECK(a.partners[i].name == b.partners[i].name);
        REQUIRE(a.partners[i].position.has_value());
        REQUIRE(b.partners[i].position.has_value());
        CHECK(haversine_metres(*a.partners[i].position, *b.partners[i].position) < 0.01);
        CHECK(a.partners[i].category == b.partners[i].category);
    }
    CHECK(by_name(a, "Emmaüs Connect").category == "mediation_numerique");
}

TEST_CASE("Paris 3e/4e/10e/11e: the mediation places ranked by walking time from one of them") {
    const auto osm = shared_file("valhalla/paris_bss.osm.pbf");
    const auto places = shared_file("mediation/cnfs_lieux_2022-12_noaidants.json");
    ALENTOUR_REQUIRE_SHARED(osm);
    ALENTOUR_REQUIRE_SHARED(places);
    BuildOptions build;
    build.profiles = select_profiles(default_profiles(), {"walk"});
    const Region region = build_region(osm, build);
    const BoundingBox bounds = region.graph("walk").bounds();

    // The whole national list, ranked from RECONNECT, 102 rue Amelot (11e).
    RankOptions options;
    options.space = {48.862392, 2.36748};
    options.space_name = "RECONNECT";
    const Ranking r = rank_partners(region, read_partners(places), options);
    const auto json = load_json(places);
    REQUIRE(r.rows.size() == json.size());  // nothing dropped

    std::size_t in_centre = 0, ranked = 0, outside = 0;
    for (const auto& row : r.rows) {
        const Partner& p = r.table.partners[row.partner];
        const auto& item = json[p.line - 1];
        const std::string postcode = item.at("code_postal");
        INFO(p.name << " " << postcode);
        if (paris_centre.contains(postcode)) ++in_centre;
        if (!p.position) {
            CHECK(p.status == PartnerStatus::missing_coordinates);
            continue;
        }
        // Clearly outside the extract (by more than the 50 m margin): outside the region.
        const bool clearly_outside = !bounds.contains(*p.position, 60.0);
        const bool inside = bounds.contains(*p.position, 0.0);
        if (clearly_outside) {
            // (or a duplicate of an earlier place, found before any network is looked at)
            CHECK((p.status == PartnerStatus::outside_region || p.status == PartnerStatus::duplicate));
            CHECK(row.list == PartnerList::unranked);
            if (p.status == PartnerStatus::outside_region) CHECK(row.reason.find("hors de la zone") != std::string::npos);
            ++outside;
        }
        if (paris_centre.contains(postcode) && inside && p.status == PartnerStatus::ok) {
            ++ranked;
            CHECK(row.list == PartnerList::prospect);  // all within 30 min on foot
            REQUIRE(row.times[0].minutes.has_value());
            CHECK(*row.times[0].minutes < 30.0);
            CHECK(row.reason.find("à pied") != std::string::npos);
        }
    }
    CHECK(in_centre == 14);  // the places of the four arrondissements in the file
    CHECK(ranked == 3);      // RECONNECT Paris, CHRS Buzenval, Ville de Paris (mairie du 11e)
    CHECK(outside > 4800);
    CHECK(r.count(PartnerStatus::space_itself) == 1);
    CHECK(by_name(r.table, "RECONNECT").status == PartnerStatus::space_itself);

    // The order follows the score, and the times are the walks to the space, as a forward
    // search from each structure finds them.
    const Graph& walk = region.graph("walk");
    const Snapper snapper(walk);
    const Snap space = snapper.snap(options.space);
    double previous = std::numeric_limits<double>::infinity();
    for (const auto& row : r.rows) {
        if (row.list != PartnerList::prospect) continue;
        CHECK(row.score <= previous);
        previous = row.score;
        const Snap from = snapper.snap(*r.table.partners[row.partner].position);
        const Arrival a = arrival_at(walk, search(walk, {&from, 1}), space);
        CHECK(*row.times[0].minutes == Approx(a.seconds / 60.0).epsilon(1e-5));
    }
    const auto& mairie = row_of(r, "VILLE DE PARIS");
    CHECK(mairie.list == PartnerList::prospect);
    CHECK(r.table.partners[mairie.partner].category == "mairie");
    CHECK(*mairie.times[0].minutes > 10.0);  // Place Léon-Blum is about 1.3 km away
    CHECK(*mairie.times[0].minutes < 25.0);
}
