// The agreement measure (anchor: addok, the BAN's own geocoder, which finds the address a
// person would pick). Addresses drawn from the index and bent as people write them —
// abbreviations, missing accents, capitals, the street type left out, one or two letters
// wrong or swapped, a wrong postcode, a misspelt commune, the postcode and commune in the
// address cell — must lead back to the
// address they came from. The share found is printed; it must stay at least 90 %.

#include "synthetic_ban.hpp"
#include "support.hpp"

#include "core/words.hpp"

#include <alentour/geocode.hpp>

#include <cstdio>
#include <map>

using namespace alentour;
using namespace alentour::test;

namespace {

const std::map<std::string, std::string> short_types = {{"Rue", "r."}, {"Avenue", "av."}, {"Boulevard", "bd"}, {"Place", "pl."},
                                                       {"Impasse", "imp."}, {"Allée", "all."}, {"Chemin", "che"}, {"Square", "sq"},
                                                       {"Passage", "pass."}, {"Quai", "qu."}, {"Route", "rte"}, {"Villa", "vla"}};

class Bender {
public:
    explicit Bender(unsigned seed) : m_random(seed) {}

    AddressQuery bend(const BanAddress& a) {
        std::string number = std::to_string(a.number);
        if (!a.rep.empty()) number += one_in(2) ? " " + a.rep : std::string(1, a.rep[0]);
        std::string street = a.street, postcode = a.postcode, commune = a.commune;
        const auto space = street.find(' ');
        if (one_in(2) && short_types.contains(street.substr(0, space))) street = short_types.at(street.substr(0, space)) + street.substr(space);
        street = replace(street, "Saint-", one_in(2) ? "St-" : "St ");
        street = replace(street, "Général", "Gal");
        if (one_in(3)) street = fold_upper(street);
        if (one_in(8)) street = street.substr(street.find(' ') + 1);  // the type left out
        if (one_in(2)) street = typo(street);
        if (one_in(5)) street = typo(street);  // a second slip
        if (one_in(6)) postcode = std::to_string(std::stoi(postcode) + 1);  // a neighbour's postcode
        else if (one_in(6)) commune = typo(commune);
        if (one_in(4)) return {number + " " + street + ", " + postcode + " " + commune, "", ""};
        return {number + (one_in(5) ? ", " : " ") + street, postcode, commune};
    }

private:
    bool one_in(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_random) == 0; }

    static std::string replace(std::string text, const std::string& from, const std::string& to) {
        const auto at = text.find(from);
        if (at != std::string::npos) text.replace(at, from.size(), to);
        return text;
    }

    static std::string fold_upper(const std::string& text) {
        std::string out;
        for (const char c : detail::fold_words(text, ' ')) out += static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
        return out;
    }

    // One letter of a word of five or more ASCII letters dropped, doubled, replaced or
    // swapped with its neighbour: the slips of a hand at a keyboard.
    std::string typo(std::string text) {
        std::vector<std::size_t> starts;
        for (std::size_t i = 0; i < text.size(); ++i) {
            if ((i == 0 || text[i - 1] == ' ') && text.size() - i >= 5) {
                std::size_t n = 0;
                while (i + n < text.size() && std::isalpha(static_cast<unsigned char>(text[i + n])) && !(text[i + n] & 0x80)) ++n;
                if (n >= 5) starts.push_back(i);
            }
        }
        if (starts.empty()) return text;
        const std::size_t at = starts[std::uniform_int_distribution<std::size_t>(0, starts.size() - 1)(m_random)] + 2;
        switch (std::uniform_int_distribution<int>(0, 3)(m_random)) {
        case 0: text.erase(at, 1); break;
        case 1: text.insert(at, 1, text[at]); break;
        case 2: text[at] = text[at] == 'e' ? 'a' : 'e'; break;
        default: std::swap(text[at], text[at + 1]); break;
        }
        return text;
    }

    std::mt19937 m_random;
};

std::string label_of(const BanAddress& a) {
    return std::to_string(a.number) + (a.rep.empty() ? "" : " " + a.rep) + " " + a.street + " " + a.postcode + " " + a.commune;
}

} // namespace

TEST_CASE("Agreement: bent addresses drawn from the index lead back to the address they came from") {
    const auto dir = scratch_dir("geocode-agreement");
    const std::vector<BanAddress> rows = synthetic_ban(60000);
    write_gzip(dir / "adresses-94.csv.gz", ban_text(rows));
    build_geocode_index({(dir / "adresses-94.csv.gz").string()}, (dir / "index").string(), false);
    const Geocoder geocoder = Geocoder::load((dir / "index").string());

    std::mt19937 random(2026);
    Bender bender(13);
    const std::size_t trials = 1000;
    std::size_t right = 0, wrong = 0, not_found = 0;
    for (std::size_t t = 0; t < trials; ++t) {
        const BanAddress& a = rows[std::uniform_int_distribution<std::size_t>(0, rows.size() - 1)(random)];
        const AddressQuery query = bender.bend(a);
        const GeocodeResult r = geocoder.geocode(query);
        if (r.status == GeocodeStatus::address_not_found) {
            ++not_found;
        } else if (r.best && r.best->label == label_of(a)) {
            ++right;
        } else {
            ++wrong;
            if (wrong <= 5) UNSCOPED_INFO("« " << query.address << " | " << query.postcode << " | " << query.commune << " » gave « "
                                               << (r.best ? r.best->label : "") << " », expected « " << label_of(a) << " »");
        }
    }
    const double share = static_cast<double>(right) / trials;
    std::printf("geocoding agreement: %zu of %zu bent addresses found back (%.1f %%), %zu wrong, %zu address_not_found\n", right, trials,
                100.0 * share, wrong, not_found);
    CHECK(share >= 0.90);
    // A wrong answer is worse than none: a person can fix an address_not_found.
    CHECK(wrong <= not_found + trials / 50);
}
