// The geocoder's query side on any address text: the cutting of an address into house
// number, suffix, street, postcode and commune, the keys, the likenesses and the scoring,
// against a small index built once from the BAN rows below. The input is the partner
// file's three cells, tab-separated: address, then postcode, then commune (both may be
// absent; the address cell may hold them too).

#include "geocode_checks.hpp"
#include "targets.hpp"

namespace alentour::fuzz {
namespace {

// Two communes with a "Rue du Marché" each, a bis, a former commune, a lieu-dit (99999),
// a street with a number in its name: what the scoring tells apart.
const char* const ban =
    "id;id_fantoir;numero;rep;nom_voie;code_postal;code_insee;nom_commune;code_insee_ancienne_commune;nom_ancienne_commune;"
    "x;y;lon;lat;type_position;alias;nom_ld;libelle_acheminement;nom_afnor;source_position;source_nom_voie;certification_commune;cad_parcelles\n"
    "a;;2;;Place du Marché;36250;36250;Villeneuve-sur-Lieu;;;;;1.698280;46.801911;entrée;;;VILLENEUVE SUR LIEU;;;;1;\n"
    "a;;148;;Rue du Marché;36250;36250;Villeneuve-sur-Lieu;;;;;1.697282;46.801162;entrée;;;VILLENEUVE SUR LIEU;;;;1;\n"
    "a;;148;bis;Rue du Marché;36250;36250;Villeneuve-sur-Lieu;;;;;1.697290;46.801170;entrée;;;VILLENEUVE SUR LIEU;;;;1;\n"
    "a;;150;;Rue du Marché;36250;36250;Villeneuve-sur-Lieu;;;;;1.697300;46.801190;entrée;;;VILLENEUVE SUR LIEU;;;;1;\n"
    "a;;154;;Rue Victor Hugo;36250;36250;Villeneuve-sur-Lieu;;;;;1.702373;46.803306;entrée;;;VILLENEUVE SUR LIEU;;;;1;\n"
    "a;;3;;Rue du 8 Mai 1945;36250;36250;Villeneuve-sur-Lieu;;;;;1.700100;46.802000;entrée;;;VILLENEUVE SUR LIEU;;;;1;\n"
    "a;;12;;Avenue du Général de Gaulle;36250;36250;Villeneuve-sur-Lieu;;;;;1.699000;46.800500;entrée;;;VILLENEUVE SUR LIEU;;;;1;\n"
    "a;;99999;;Les Grands Champs;36250;36250;Villeneuve-sur-Lieu;;;;;1.690000;46.790000;segment;;;VILLENEUVE SUR LIEU;;;;1;\n"
    "b;;400;;Chemin du Moulin;36252;36903;Chézelles-sur-Lieu;;;;;1.710625;46.775603;entrée;;;CHÉZELLES-SUR-LIEU;;;;1;\n"
    "b;;7;;Rue du Marché;36252;36903;Chézelles-sur-Lieu;;;;;1.712000;46.776000;entrée;;;CHÉZELLES-SUR-LIEU;;;;1;\n"
    "b;;34;bis;Rue Principale;36252;36903;Chézelles-sur-Lieu;36111;Saint-Martin;;;1.716319;46.775666;entrée;;;SAINT MARTIN;;;;1;\n";

const Geocoder& geocoder() {
    static const Geocoder loaded = [] {
        const std::string index = scratch_file("query/adresses.alentour-ban", "");
        (void)build_geocode_index({scratch_file("query/adresses-36.csv", ban)}, index, true);
        return Geocoder::load(index);
    }();
    return loaded;
}

// The input's tab-separated cells; the missing ones empty.
AddressQuery query_of(std::string_view bytes) {
    std::string cells[3];
    for (std::size_t cell = 0; cell < 3; ++cell) {
        const std::size_t tab = cell < 2 ? bytes.find('\t') : std::string_view::npos;
        cells[cell] = std::string(bytes.substr(0, tab));
        bytes = tab == std::string_view::npos ? std::string_view() : bytes.substr(tab + 1);
    }
    return {cells[0], cells[1], cells[2]};
}

} // namespace

void geocode_query(std::string_view bytes) {
    const AddressQuery query = query_of(bytes);
    for (const double min_score : {0.0, 0.6}) {
        const GeocodeOptions options{min_score};
        check_geocoded(geocoder().geocode(query, options), options, query.address);
    }
}

} // namespace alentour::fuzz
