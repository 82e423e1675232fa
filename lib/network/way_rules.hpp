#pragma once
// How one profile reads the tags of one way: usable or not (and why), speed, directions.

#include <alentour/profile.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace osmium {
class TagList;
}

namespace alentour::detail {

struct WayUse {
    bool usable = false;
    std::string skip_reason;  // set when not usable
    double speed_kmh = 0.0;
    bool forward = false;     // along the way's node order
    bool backward = false;
};

WayUse classify_way(const osmium::TagList& tags, const Profile& profile);

// km/h from a maxspeed value ("50", "30 mph", "FR:urban"), nullopt if it says no number.
std::optional<double> parse_maxspeed(std::string_view value, const Profile& profile);

} // namespace alentour::detail
