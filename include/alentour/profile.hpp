#pragma once
// A profile says which OpenStreetMap ways a mode may use, in which direction and how
// fast. Profiles are plain tables, read from JSON, so a user can print the defaults
// (`alentour profiles`), edit them and pass them back with --profile-file.

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace alentour {

struct HighwayRule {
    double speed_kmh = 0.0;
    // Used only when an access tag explicitly allows it (bicycle=yes on a footway).
    bool needs_explicit_access = false;
};

struct TagMatch {
    std::string key;
    std::string value;   // exact value, or a prefix when it ends with '*'
};

struct Profile {
    std::string name;
    std::map<std::string, HighwayRule, std::less<>> highways;  // highway=* value → rule
    // Access keys from general to specific: the most specific one present decides.
    std::vector<std::string> access_tags;
    std::vector<std::string> denied_values;
    std::vector<std::string> allowed_values;
    std::vector<TagMatch> forbidden;           // any match excludes the way (motorroad=yes)

    bool follows_oneway = false;
    std::vector<std::string> oneway_tags;      // general to specific (oneway, oneway:bicycle)
    std::vector<TagMatch> two_way_exceptions;  // cycleway=opposite*: the way stays two-way
    std::vector<std::string> implied_oneway_highways;  // motorway
    bool roundabout_implies_oneway = false;

    bool uses_maxspeed = false;
    double maxspeed_factor = 1.0;              // how much of the posted limit is driven on average
    std::map<std::string, double, std::less<>> maxspeed_aliases;  // FR:urban → 50

    bool uses_areas = false;                   // area=yes squares walked along their outline
};

// The built-in walk, bike and car profiles, as JSON text (what `alentour profiles` prints).
std::string default_profiles_json();

// The built-in profiles.
std::vector<Profile> default_profiles();

// Profiles from JSON text. Each top-level key names a profile; keys given override
// the built-in profile of that name field by field ("highways" entries are merged, a
// null entry removes one); a new name defines a new profile from scratch.
// `source` names the file in error messages.
std::vector<Profile> profiles_from_json(std::string_view json_text, std::string_view source);

// Reads a profile file (see profiles_from_json). Throws InputError.
std::vector<Profile> load_profile_file(const std::string& path);

// Keeps the named profiles, in the order given. Throws InputError on an unknown name.
std::vector<Profile> select_profiles(const std::vector<Profile>& all, const std::vector<std::string>& names);

std::string profile_to_json(const Profile& profile);

} // namespace alentour
