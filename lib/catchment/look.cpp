// How a band is named and drawn: decided here once, for the GeoJSON and GDAL files,
// the poster, the web page and the uMap file alike.

#include "core/french.hpp"

#include <alentour/catchment.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iterator>

namespace alentour {
namespace {

// Green for near, through yellow, to red for far: reads at a glance, and nested bands
// drawn at a quarter opacity darken towards the origin.
constexpr const char* ramp[] = {"#1a9850", "#66bd63", "#a6d96a", "#d9ef8b", "#fee08b", "#fdae61", "#f46d43", "#d73027"};

std::string colour_for(std::size_t index, std::size_t count) {
    const std::size_t steps = std::size(ramp) - 1;
    const std::size_t at = count <= 1 ? 0 : index * steps / (count - 1);
    return ramp[std::min(at, steps)];
}

// The colour follows the band's rank among the catchment's distinct times.
std::string colour_of(const Catchment& c, const CatchmentBand& band) {
    std::vector<double> minutes;
    for (const auto& b : c.bands) minutes.push_back(b.minutes);
    std::sort(minutes.begin(), minutes.end());
    minutes.erase(std::unique(minutes.begin(), minutes.end()), minutes.end());
    const auto index = static_cast<std::size_t>(std::find(minutes.begin(), minutes.end(), band.minutes) - minutes.begin());
    return colour_for(index, minutes.size());
}

std::string minutes_text(double minutes) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, minutes == std::floor(minutes) ? "%.0f" : "%.1f", minutes);
    return buffer;
}

std::string band_name(const Catchment& c, const CatchmentBand& band) {
    const std::string span = band.minutes_from > 0 ? "de " + minutes_text(band.minutes_from) + " à " + minutes_text(band.minutes)
                                                   : "à " + minutes_text(band.minutes);
    return "Zone " + span + " min " + detail::french_mode(c.mode) +
           (c.qualifier.empty() ? "" : " (" + c.qualifier + ")") + (c.origins.size() > 1 && band.origin != "all" ? " — " + band.origin : "");
}

// ", 18 400 habitants, 12 % de la région" once the band's people are counted.
std::string population_text(const CatchmentBand& band) {
    if (!band.population) return "";
    std::string text = ", " + detail::french_count(*band.population) + " habitants";
    if (band.population_share) text += ", " + detail::french_number(*band.population_share * 100, 1) + "\u202f% de la région";
    return text;
}

std::string band_description(const Catchment& c, const CatchmentBand& band) {
    const std::string place = band.origin == "all" ? (c.origins.size() > 1 ? "l'un des lieux" : "le lieu") : "le lieu " + band.origin;
    const std::string time = band.minutes_from > 0 ? "entre " + minutes_text(band.minutes_from) + " et " + minutes_text(band.minutes) + " min"
                                                   : "en " + minutes_text(band.minutes) + " min au plus";
    const std::string what = c.direction == Direction::reverse ? "Lieux d'où l'on rejoint " + place + " " + time
                                                               : "Lieux accessibles depuis " + place + " " + time;
    return what + " " + detail::french_mode(c.mode) + " (" + detail::french_area(band.area_km2) + ")" + population_text(band) + ".";
}

} // namespace

BandLook band_look(const Catchment& catchment, const CatchmentBand& band) {
    return {band_name(catchment, band), band_description(catchment, band), colour_of(catchment, band)};
}

} // namespace alentour
