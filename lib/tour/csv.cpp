// The tour as a table French Excel opens right: `;`, UTF-8 with a byte-order mark.

#include "tour/wording.hpp"

#include <cmath>
#include <cstdio>
#include <ostream>

namespace alentour {
namespace {

using namespace detail::tour;

std::string field(const std::string& value) {
    if (value.find_first_of(";\"\r\n") == std::string::npos) return value;
    std::string quoted = "\"";
    for (const char c : value) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

std::string decimal(double value, int decimals) {
    char text[32];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    std::string out = text;
    for (char& c : out) c = c == '.' ? ',' : c;
    return out;
}

struct Row {
    std::string half_day, order, id, name, address, arrival, departure, drive, km, status, detail, commune, population;
};

void write_row(std::ostream& out, const Row& r, bool communes) {
    out << field(r.half_day) << ';' << r.order << ';' << field(r.id) << ';' << field(r.name) << ';' << field(r.address) << ';'
        << r.arrival << ';' << r.departure << ';' << r.drive << ';' << r.km << ';' << r.status << ';' << field(r.detail);
    if (communes) out << ';' << field(r.commune) << ';' << r.population;
    out << "\r\n";
}

Row stop_row(const TourResult& t, std::size_t s) {
    const TourStop& stop = t.stops[s];
    Row r;
    r.id = stop.id;
    r.name = stop_label(stop);
    r.address = stop.address;
    r.status = std::string(stop_status_code(t.status[s]));
    r.detail = t.status_detail[s];
    r.commune = stop.commune;
    if (stop.population) r.population = std::to_string(std::llround(*stop.population));
    return r;
}

} // namespace

void write_tour_csv(const TourResult& t, std::ostream& out, const TourClock& clock) {
    bool communes = false;
    for (const auto& stop : t.stops) communes = communes || stop.population.has_value();
    out << "\xEF\xBB\xBF";  // the byte-order mark tells Excel it is UTF-8
    out << "demi_journee;ordre;id;nom;adresse;arrivee;depart;trajet_min;trajet_km;statut;detail";
    out << (communes ? ";commune;population\r\n" : "\r\n");
    for (std::size_t l = 0; l < t.loops.size(); ++l) {
        const TourLoop& loop = t.loops[l];
        const double start = half_day_start(l, clock);
        Row leave{half_day_label(l), "0", "", t.options.space_name, "", "", clock_text(start), "", "", "depart", "", "", ""};
        write_row(out, leave, communes);
        for (std::size_t v = 0; v < loop.visits.size(); ++v) {
            const TourVisit& visit = loop.visits[v];
            Row r = stop_row(t, visit.stop);
            r.half_day = half_day_label(l);
            r.order = std::to_string(v + 1);
            r.arrival = clock_text(start + visit.arrival_seconds / 60.0);
            r.departure = clock_text(start + visit.departure_seconds / 60.0);
            r.drive = decimal(visit.drive_seconds / 60.0, 1);
            r.km = decimal(visit.metres / 1000.0, 2);
            write_row(out, r, communes);
        }
        Row ret{half_day_label(l), std::to_string(loop.visits.size() + 1), "", t.options.space_name, "",
                clock_text(start + loop.return_seconds / 60.0), "", decimal(loop.return_drive_seconds / 60.0, 1),
                decimal(loop.return_metres / 1000.0, 2), "retour", "", "", ""};
        write_row(out, ret, communes);
    }
    for (std::size_t s = 0; s < t.stops.size(); ++s) {
        if (t.status[s] != StopStatus::visited) write_row(out, stop_row(t, s), communes);
    }
}

} // namespace alentour
