#include "poster/bands.hpp"

#include "core/french.hpp"
#include "geometry/multipolygon.hpp"

#include <algorithm>
#include <cmath>

namespace alentour::detail::poster {

namespace {

std::string minutes_text(double minutes) { return std::to_string(static_cast<long>(std::lround(minutes))); }

} // namespace

std::vector<ShownBand> shown_bands(const MapContent& content) {
    std::vector<ShownBand> shown;
    if (content.bands.empty()) return shown;
    const std::string& mode = content.bands.front().mode;
    for (const MapBand& band : content.bands) {
        if (band.mode == mode) shown.push_back({&band, read_multipolygon(band.wkb, band.label), {}});
    }
    // The legend reads from the nearest band out; the bands come largest first.
    std::vector<double> minutes;
    for (const auto& item : shown) minutes.push_back(item.band->minutes);
    std::sort(minutes.begin(), minutes.end());
    for (auto& item : shown) {
        const auto at = std::lower_bound(minutes.begin(), minutes.end(), item.band->minutes);
        item.legend_text = at == minutes.begin() ? "moins de " + minutes_text(*at) + " min"
                                                 : minutes_text(*(at - 1)) + " à " + minutes_text(*at) + " min";
        // People are counted within the whole band (nested), so a ring says "à moins de".
        if (item.band->population) {
            item.legend_text += at == minutes.begin() ? " : " + french_count(*item.band->population) + " habitants"
                                                      : " (" + french_count(*item.band->population) + " hab. à moins de " + minutes_text(*at) + " min)";
        }
    }
    return shown;
}

} // namespace alentour::detail::poster
