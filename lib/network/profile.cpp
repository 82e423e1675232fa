#include <alentour/error.hpp>
#include <alentour/profile.hpp>

#include <nlohmann/json.hpp>

#include <fstream>
#include <set>
#include <sstream>

namespace alentour {
namespace {

using nlohmann::json;

struct FieldReader {
    const json& object;
    std::string_view source;
    std::string profile;

    [[noreturn]] void fail(const std::string& field, const std::string& message) const {
        throw InputError(message, {std::string(source), 0, "profile " + profile + ", field " + field});
    }

    template <typename T>
    T get(const std::string& field, T fallback) const {
        const auto it = object.find(field);
        if (it == object.end()) return fallback;
        try {
            return it->template get<T>();
        } catch (const json::exception&) {
            fail(field, "has the wrong type (" + std::string(it->type_name()) + ")");
        }
    }
};

std::vector<TagMatch> tag_matches(const FieldReader& reader, const std::string& field) {
    std::vector<TagMatch> out;
    const auto it = reader.object.find(field);
    if (it == reader.object.end()) return out;
    if (!it->is_array()) reader.fail(field, "must be a list of {\"key\": …, \"value\": …}");
    for (const auto& item : *it) {
        if (!item.is_object() || !item.contains("key") || !item.contains("value") || !item["key"].is_string() ||
            !item["value"].is_string()) {
            reader.fail(field, "each entry must be {\"key\": \"…\", \"value\": \"…\"}");
        }
        out.push_back({item["key"].get<std::string>(), item["value"].get<std::string>()});
    }
    return out;
}

void check_known_fields(const FieldReader& reader) {
    static const std::set<std::string, std::less<>> known = {
        "highways", "access_tags", "denied_values", "allowed_values", "forbidden", "follows_oneway", "oneway_tags",
        "two_way_exceptions", "implied_oneway_highways", "roundabout_implies_oneway", "uses_maxspeed",
        "maxspeed_factor", "maxspeed_aliases", "uses_areas"};
    for (const auto& [key, value] : reader.object.items()) {
        if (!known.contains(key)) reader.fail(key, "is not a profile field");
    }
}

Profile profile_from_json(const std::string& name, const json& object, std::string_view source) {
    const FieldReader reader{object, source, name};
    if (!object.is_object()) reader.fail("(all)", "a profile must be a JSON object");
    check_known_fields(reader);
    Profile p;
    p.name = name;
    const auto highways = object.find("highways");
    if (highways == object.end() || !highways->is_object() || highways->empty()) {
        reader.fail("highways", "must map at least one highway=* value to {\"speed_kmh\": …}");
    }
    for (const auto& [value, rule] : highways->items()) {
        const FieldReader rule_reader{rule, source, name};
        if (!rule.is_object()) reader.fail("highways." + value, "must be {\"speed_kmh\": …}");
        HighwayRule r;
        r.speed_kmh = rule_reader.get<double>("speed_kmh", 0.0);
        r.needs_explicit_access = rule_reader.get<bool>("needs_explicit_access", false);
        if (!(r.speed_kmh > 0.0 && r.speed_kmh < 400.0)) reader.fail("highways." + value + ".speed_kmh", "must be between 0 and 400 km/h");
        p.highways.emplace(value, r);
    }
    using Strings = std::vector<std::string>;
    p.access_tags = reader.get<Strings>("access_tags", {});
    p.denied_values = reader.get<Strings>("denied_values", {});
    p.allowed_values = reader.get<Strings>("allowed_values", {});
    p.forbidden = tag_matches(reader, "forbidden");
    p.follows_oneway = reader.get<bool>("follows_oneway", false);
    p.oneway_tags = reader.get<Strings>("oneway_tags", {});
    p.two_way_exceptions = tag_matches(reader, "two_way_exceptions");
    p.implied_oneway_highways = reader.get<Strings>("implied_oneway_highways", {});
    p.roundabout_implies_oneway = reader.get<bool>("roundabout_implies_oneway", false);
    p.uses_maxspeed = reader.get<bool>("uses_maxspeed", false);
    p.maxspeed_factor = reader.get<double>("maxspeed_factor", 1.0);
    if (!(p.maxspeed_factor > 0.0 && p.maxspeed_factor <= 2.0)) reader.fail("maxspeed_factor", "must be in (0, 2]");
    p.maxspeed_aliases = reader.get<std::map<std::string, double, std::less<>>>("maxspeed_aliases", {});
    p.uses_areas = reader.get<bool>("uses_areas", false);
    return p;
}

json parse_json(std::string_view text, std::string_view source) {
    try {
        return json::parse(text);
    } catch (const json::exception& e) {  // parse_error, and out_of_range for a number past a double (8e8888888)
        throw InputError(std::string("not valid JSON: ") + e.what(), {std::string(source), 0, {}});
    }
}

json tag_matches_to_json(const std::vector<TagMatch>& matches) {
    json out = json::array();
    for (const auto& m : matches) out.push_back({{"key", m.key}, {"value", m.value}});
    return out;
}

} // namespace

std::vector<Profile> profiles_from_json(std::string_view json_text, std::string_view source) {
    json merged = parse_json(default_profiles_json(), "built-in profiles");
    const json user = parse_json(json_text, source);
    if (!user.is_object()) throw InputError("a profile file must be a JSON object keyed by profile name", {std::string(source), 0, {}});
    merged.merge_patch(user);
    std::vector<Profile> out;
    for (const auto& [name, object] : merged.items()) out.push_back(profile_from_json(name, object, source));
    return out;
}

std::vector<Profile> default_profiles() {
    const json defaults = parse_json(default_profiles_json(), "built-in profiles");
    std::vector<Profile> out;
    for (const auto& [name, object] : defaults.items()) out.push_back(profile_from_json(name, object, "built-in profiles"));
    return out;
}

std::vector<Profile> load_profile_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError("cannot open the profile file", {path, 0, {}});
    std::stringstream text;
    text << in.rdbuf();
    return profiles_from_json(text.str(), path);
}

std::vector<Profile> select_profiles(const std::vector<Profile>& all, const std::vector<std::string>& names) {
    std::vector<Profile> out;
    for (const auto& name : names) {
        const auto it = std::find_if(all.begin(), all.end(), [&](const Profile& p) { return p.name == name; });
        if (it == all.end()) {
            std::string known;
            for (const auto& p : all) known += (known.empty() ? "" : ", ") + p.name;
            throw InputError("unknown profile '" + name + "' (known: " + known + ")", {"", 0, "--profiles"});
        }
        out.push_back(*it);
    }
    return out;
}

std::string profile_to_json(const Profile& p) {
    json highways = json::object();
    for (const auto& [value, rule] : p.highways) {
        highways[value] = {{"speed_kmh", rule.speed_kmh}};
        if (rule.needs_explicit_access) highways[value]["needs_explicit_access"] = true;
    }
    json out = {{"highways", highways},
                {"access_tags", p.access_tags},
                {"denied_values", p.denied_values},
                {"allowed_values", p.allowed_values},
                {"forbidden", tag_matches_to_json(p.forbidden)},
                {"follows_oneway", p.follows_oneway},
                {"oneway_tags", p.oneway_tags},
                {"two_way_exceptions", tag_matches_to_json(p.two_way_exceptions)},
                {"implied_oneway_highways", p.implied_oneway_highways},
                {"roundabout_implies_oneway", p.roundabout_implies_oneway},
                {"uses_maxspeed", p.uses_maxspeed},
                {"maxspeed_factor", p.maxspeed_factor},
                {"maxspeed_aliases", p.maxspeed_aliases},
                {"uses_areas", p.uses_areas}};
    return out.dump();
}

} // namespace alentour
