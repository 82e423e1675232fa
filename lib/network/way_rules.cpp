#include "way_rules.hpp"

#include <osmium/osm/tag.hpp>

#include <algorithm>
#include <charconv>

namespace alentour::detail {
namespace {

bool contains(const std::vector<std::string>& list, std::string_view value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

bool matches(const osmium::TagList& tags, const TagMatch& match) {
    const char* value = tags.get_value_by_key(match.key.c_str());
    if (value == nullptr) return false;
    const std::string_view v(value);
    if (!match.value.empty() && match.value.back() == '*') {
        return v.starts_with(std::string_view(match.value).substr(0, match.value.size() - 1));
    }
    return v == match.value;
}

// The value of the most specific key of `keys` present on the way, with that key.
std::pair<std::string_view, std::string_view> most_specific(const osmium::TagList& tags, const std::vector<std::string>& keys) {
    for (auto it = keys.rbegin(); it != keys.rend(); ++it) {
        if (const char* value = tags.get_value_by_key(it->c_str())) return {*it, value};
    }
    return {};
}

WayUse skip(std::string reason) {
    WayUse use;
    use.skip_reason = std::move(reason);
    return use;
}

enum class Oneway { no, forward, backward, reversible };

Oneway read_oneway(const osmium::TagList& tags, const Profile& profile, std::string_view highway) {
    auto [key, value] = most_specific(tags, profile.oneway_tags);
    if (key.empty()) {
        const char* junction = tags.get_value_by_key("junction");
        const bool roundabout = junction != nullptr && (std::string_view(junction) == "roundabout" || std::string_view(junction) == "circular");
        if (contains(profile.implied_oneway_highways, highway) || (profile.roundabout_implies_oneway && roundabout)) return Oneway::forward;
        return Oneway::no;
    }
    if (value == "yes" || value == "true" || value == "1") return Oneway::forward;
    if (value == "-1" || value == "reverse") return Oneway::backward;
    if (value == "reversible" || value == "alternating") return Oneway::reversible;
    return Oneway::no;
}

} // namespace

std::optional<double> parse_maxspeed(std::string_view value, const Profile& profile) {
    value = value.substr(0, value.find(';'));
    if (const auto alias = profile.maxspeed_aliases.find(value); alias != profile.maxspeed_aliases.end()) return alias->second;
    double number = 0.0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), number);
    if (ec != std::errc{} || !(number > 0.0)) return std::nullopt;
    std::string_view unit(end, static_cast<std::size_t>(value.data() + value.size() - end));
    while (!unit.empty() && unit.front() == ' ') unit.remove_prefix(1);
    if (unit == "mph") return number * 1.609344;
    if (unit == "knots") return number * 1.852;
    if (unit.empty() || unit == "km/h" || unit == "kmh" || unit == "kph") return number;
    return std::nullopt;
}

WayUse classify_way(const osmium::TagList& tags, const Profile& profile) {
    const char* highway_value = tags.get_value_by_key("highway");
    if (highway_value == nullptr) return skip("no highway tag");
    const std::string_view highway(highway_value);
    const auto rule = profile.highways.find(highway);
    if (rule == profile.highways.end()) return skip("highway=" + std::string(highway));
    if (tags.has_tag("area", "yes") && !profile.uses_areas) return skip("area=yes");
    for (const auto& match : profile.forbidden) {
        if (matches(tags, match)) return skip(match.key + "=" + match.value);
    }

    const auto [access_key, access_value] = most_specific(tags, profile.access_tags);
    if (!access_key.empty() && contains(profile.denied_values, access_value)) {
        return skip(std::string(access_key) + "=" + std::string(access_value));
    }
    const bool explicitly_allowed = !access_key.empty() && contains(profile.allowed_values, access_value);
    if (rule->second.needs_explicit_access && !explicitly_allowed) {
        return skip("highway=" + std::string(highway) + " without " + profile.access_tags.back() + "=yes");
    }

    WayUse use;
    use.usable = true;
    use.speed_kmh = rule->second.speed_kmh;
    if (profile.uses_maxspeed) {
        if (const char* maxspeed = tags.get_value_by_key("maxspeed")) {
            if (const auto kmh = parse_maxspeed(maxspeed, profile)) use.speed_kmh = *kmh * profile.maxspeed_factor;
        }
    }
    Oneway oneway = profile.follows_oneway ? read_oneway(tags, profile, highway) : Oneway::no;
    if (oneway == Oneway::reversible) return skip("oneway=reversible");
    if (oneway != Oneway::no &&
        std::any_of(profile.two_way_exceptions.begin(), profile.two_way_exceptions.end(),
                    [&](const TagMatch& m) { return matches(tags, m); })) {
        oneway = Oneway::no;
    }
    use.forward = oneway != Oneway::backward;
    use.backward = oneway != Oneway::forward;
    return use;
}

} // namespace alentour::detail
