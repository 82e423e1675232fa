// Real addresses as French open data writes them (../shared/data/mediation: the
// structures within 12 km of Emmaüs Connect Créteil, from several national lists): an
// index made of the rows written in full ("13 bis avenue Pierre Bilotte, Créteil"),
// then every row looked up, the capitals-and-abbreviations ones too ("3 PL DE L ABBAYE,
// CRETEIL"). No BAN file is at hand here, so the index is those rows and their real
// positions; the check is that nothing is placed far from where the file says it is.

#include "ban_files.hpp"
#include "support.hpp"

#include <alentour/geocode.hpp>
#include <alentour/partners.hpp>

#include <cstdio>
#include <regex>

using namespace alentour;
using namespace alentour::test;

namespace {

bool has_lower_case(const std::string& text) {
    return std::any_of(text.begin(), text.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

} // namespace

TEST_CASE("Real addresses of Val-de-Marne's open data: found back, never placed far from their position") {
    const std::string file = shared_file("mediation/creteil_12km_structures_derived.csv");
    ALENTOUR_REQUIRE_SHARED(file);
    const PartnerTable table = read_partners(file);
    // "13 bis avenue Pierre Bilotte" → 13, bis, avenue Pierre Bilotte: the rows written in
    // full (one number, one street, no comma), with their commune in lower case, make the index.
    const std::regex full(R"(^(\d+)(?: (bis|ter|quater))? ([^\d\s,-][^,]*)$)", std::regex::icase);
    std::vector<BanAddress> rows;
    std::vector<const Partner*> indexed;
    for (const auto& p : table.partners) {
        std::smatch m;
        if (!p.position || !has_lower_case(p.address) || !has_lower_case(p.commune) || !std::regex_match(p.address, m, full)) continue;
        std::string rep = m[2];
        for (char& c : rep) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
        rows.push_back({std::stoi(m[1]), rep, m[3], p.postcode, "94" + p.postcode.substr(2), p.commune, p.position->lat, p.position->lon});
        indexed.push_back(&p);
    }
    REQUIRE(rows.size() >= 20);
    const auto dir = scratch_dir("geocode-real");
    write_gzip(dir / "adresses.csv.gz", ban_text(rows));
    build_geocode_index({(dir / "adresses.csv.gz").string()}, (dir / "index").string(), false);
    const Geocoder geocoder = Geocoder::load((dir / "index").string());

    for (const Partner* p : indexed) {
        const auto r = geocoder.geocode({p->address, p->postcode, p->commune});
        INFO(p->address << ", " << p->postcode << " " << p->commune);
        CHECK(r.status == GeocodeStatus::housenumber);
        REQUIRE(r.best);
        CHECK(haversine_metres(r.best->position, *p->position) < 1.0);
    }
    std::size_t placed = 0, others = 0;
    for (const auto& p : table.partners) {
        if (!p.position || p.address.empty()) continue;
        ++others;
        const auto r = geocoder.geocode({p.address, p.postcode, p.commune});
        if (r.status == GeocodeStatus::address_not_found || r.status == GeocodeStatus::no_address) continue;
        ++placed;
        INFO(p.address << ", " << p.postcode << " " << p.commune << " → " << r.best->label);
        // Here a street's middle is the one door of it in the index, which may lie far along
        // a long street (Rue Nationale, Paris 13e: 2 km); never across the département.
        CHECK(haversine_metres(r.best->position, *p.position) < (r.status == GeocodeStatus::street ? 3000.0 : 300.0));
    }
    std::printf("real addresses: %zu rows made the index; %zu of %zu rows with an address placed, none far from its position\n",
                rows.size(), placed, others);
}
