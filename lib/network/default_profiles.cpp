// The built-in profiles as data. Speeds in km/h. Sources for the choices: the French
// Code de la route (walkers and cyclists are banned from motorways and roads signed
// "route pour automobiles", motorroad=yes), OSM wiki access and oneway conventions, and
// the average speeds OSRM and Valhalla use for urban driving.

#include <alentour/profile.hpp>

namespace alentour {

namespace {

constexpr const char* built_in_profiles = R"json({
  "walk": {
    "highways": {
      "footway": {"speed_kmh": 4.5}, "pedestrian": {"speed_kmh": 4.5}, "path": {"speed_kmh": 4.5},
      "steps": {"speed_kmh": 2.0}, "living_street": {"speed_kmh": 4.5}, "residential": {"speed_kmh": 4.5},
      "service": {"speed_kmh": 4.5}, "track": {"speed_kmh": 4.5}, "cycleway": {"speed_kmh": 4.5},
      "bridleway": {"speed_kmh": 4.5}, "corridor": {"speed_kmh": 4.5}, "platform": {"speed_kmh": 4.5},
      "unclassified": {"speed_kmh": 4.5}, "road": {"speed_kmh": 4.5}, "tertiary": {"speed_kmh": 4.5},
      "tertiary_link": {"speed_kmh": 4.5}, "secondary": {"speed_kmh": 4.5}, "secondary_link": {"speed_kmh": 4.5},
      "primary": {"speed_kmh": 4.5}, "primary_link": {"speed_kmh": 4.5}, "trunk": {"speed_kmh": 4.5},
      "trunk_link": {"speed_kmh": 4.5}
    },
    "access_tags": ["access", "foot"],
    "denied_values": ["no", "private", "use_sidepath", "discouraged"],
    "allowed_values": ["yes", "designated", "permissive", "destination", "customers", "delivery", "official"],
    "forbidden": [{"key": "motorroad", "value": "yes"}, {"key": "sidewalk", "value": "separate_only"}],
    "follows_oneway": false,
    "uses_maxspeed": false,
    "uses_areas": true
  },
  "bike": {
    "highways": {
      "cycleway": {"speed_kmh": 15}, "residential": {"speed_kmh": 15}, "living_street": {"speed_kmh": 10},
      "service": {"speed_kmh": 12}, "track": {"speed_kmh": 12}, "path": {"speed_kmh": 12},
      "unclassified": {"speed_kmh": 15}, "road": {"speed_kmh": 15}, "tertiary": {"speed_kmh": 15},
      "tertiary_link": {"speed_kmh": 15}, "secondary": {"speed_kmh": 15}, "secondary_link": {"speed_kmh": 15},
      "primary": {"speed_kmh": 15}, "primary_link": {"speed_kmh": 15}, "trunk": {"speed_kmh": 15},
      "trunk_link": {"speed_kmh": 15},
      "footway": {"speed_kmh": 12, "needs_explicit_access": true},
      "pedestrian": {"speed_kmh": 10, "needs_explicit_access": true},
      "bridleway": {"speed_kmh": 10, "needs_explicit_access": true}
    },
    "access_tags": ["access", "vehicle", "bicycle"],
    "denied_values": ["no", "private", "use_sidepath", "dismount", "agricultural", "forestry"],
    "allowed_values": ["yes", "designated", "permissive", "destination", "customers", "delivery", "official"],
    "forbidden": [{"key": "motorroad", "value": "yes"}],
    "follows_oneway": true,
    "oneway_tags": ["oneway", "oneway:bicycle"],
    "two_way_exceptions": [{"key": "cycleway", "value": "opposite*"}, {"key": "cycleway:left", "value": "opposite*"},
                           {"key": "cycleway:right", "value": "opposite*"}, {"key": "cycleway:both", "value": "opposite*"}],
    "implied_oneway_highways": ["motorway", "motorway_link"],
    "roundabout_implies_oneway": true,
    "uses_maxspeed": false,
    "uses_areas": false
  },
  "car": {
    "highways": {
      "motorway": {"speed_kmh": 110}, "motorway_link": {"speed_kmh": 50}, "trunk": {"speed_kmh": 85},
      "trunk_link": {"speed_kmh": 40}, "primary": {"speed_kmh": 60}, "primary_link": {"speed_kmh": 30},
      "secondary": {"speed_kmh": 50}, "secondary_link": {"speed_kmh": 25}, "tertiary": {"speed_kmh": 40},
      "tertiary_link": {"speed_kmh": 20}, "unclassified": {"speed_kmh": 30}, "road": {"speed_kmh": 25},
      "residential": {"speed_kmh": 25}, "living_street": {"speed_kmh": 10}, "service": {"speed_kmh": 15}
    },
    "access_tags": ["access", "vehicle", "motor_vehicle", "motorcar"],
    "denied_values": ["no", "private", "agricultural", "forestry", "delivery", "emergency", "psv", "bus"],
    "allowed_values": ["yes", "designated", "permissive", "destination", "customers"],
    "forbidden": [{"key": "area", "value": "yes"}],
    "follows_oneway": true,
    "oneway_tags": ["oneway"],
    "implied_oneway_highways": ["motorway", "motorway_link"],
    "roundabout_implies_oneway": true,
    "uses_maxspeed": true,
    "maxspeed_factor": 0.8,
    "maxspeed_aliases": {
      "FR:urban": 50, "FR:rural": 80, "FR:zone30": 30, "FR:motorway": 130, "FR:walk": 6, "FR:living_street": 20,
      "DE:urban": 50, "DE:rural": 100, "DE:zone30": 30, "DE:living_street": 7, "IT:urban": 50, "IT:rural": 90,
      "PT:urban": 50, "PT:rural": 90, "BR:urban": 60, "BR:rural": 80, "walk": 6, "none": 130
    },
    "uses_areas": false
  }
}
)json";

} // namespace

std::string default_profiles_json() { return built_in_profiles; }

} // namespace alentour
