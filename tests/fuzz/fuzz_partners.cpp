// Partner lists as `alentour rank` reads them: a CSV (separator, encoding, decimal
// comma and coordinate columns all detected) and the JSON lists of the national
// mediation places and data·inclusion.

#include "targets.hpp"

#include <alentour/partners.hpp>
#include <alentour/points.hpp>

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace alentour::fuzz {
namespace {

// Built once: the default category table costs more to make than a small file to read.
const PartnerReadOptions& reading() {
    static const PartnerReadOptions options;
    return options;
}

} // namespace

void partners_csv(std::string_view bytes) { (void)read_partners(scratch_file("partenaires.csv", bytes), reading()); }

void partners_json(std::string_view bytes) { (void)read_partners(scratch_file("lieux.json", bytes), reading()); }

// Every point read is a position: a command would snap it.
void points_csv(std::string_view bytes) {
    for (const NamedPoint& p : read_points(scratch_file("points.csv", bytes))) {
        if (!(std::abs(p.position.lat) <= 90 && std::abs(p.position.lon) <= 180)) {
            std::fprintf(stderr, "read_points gave %g,%g on line %zu\n", p.position.lat, p.position.lon, p.line);
            std::abort();
        }
    }
}

} // namespace alentour::fuzz
