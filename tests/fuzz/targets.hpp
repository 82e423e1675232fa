#pragma once
// The fuzz targets' bodies, one per parser. Each takes the raw bytes of one input,
// runs them through the parser as a user's file or option would be, and lets anything
// but InputError escape: bad input must end in one clear message (exit code 1), never
// in a crash, a hang, undefined behaviour or an internal error (exit code 2).
// The same bodies run under libFuzzer (entry.cpp, the fuzz build) and in the normal
// test build (test_fuzz_inputs.cpp), which replays the seed corpus and every input a
// fuzzer once crashed on.

#include <span>
#include <string>
#include <string_view>

namespace alentour::fuzz {

void cache(std::string_view bytes);          // load_region on a cache file
void profile(std::string_view bytes);        // profiles_from_json
void partners_csv(std::string_view bytes);   // read_partners on a .csv (dialect, encoding)
void partners_json(std::string_view bytes);  // read_partners on a .json (the French lists)
void osm_opl(std::string_view bytes);        // build_region_from_data, OPL
void osm_xml(std::string_view bytes);        // build_region_from_data, OSM XML
void options(std::string_view bytes);        // coordinates, days, clocks, minutes, names
void points_csv(std::string_view bytes);     // read_points (times --to-file)
void gtfs(std::string_view bytes);           // read_gtfs, one file of a valid feed replaced
void population(std::string_view bytes);     // read_population on a .csv of points
void geocode_ban(std::string_view bytes);    // build_geocode_index on a BAN file (CSV or gzip), then geocode
void geocode_index(std::string_view bytes);  // Geocoder::load on an index file, then geocode
void geocode_query(std::string_view bytes);  // Geocoder::geocode of any address on a small index
void places(std::string_view bytes);         // flyer places of an OPL file, then places_in_reach
void tour_stops(std::string_view bytes);     // tour durations, stops and communes files, then plan_tour

struct Target {
    const char* name;
    void (*run)(std::string_view bytes);
};

// Every target, by the name of its corpus folder.
std::span<const Target> targets();

// A file holding `bytes`, named `name` in a folder of this process's own; rewritten at
// each call. Parsers that take a path (and tell formats by extension) read it there.
std::string scratch_file(const std::string& name, std::string_view bytes);

} // namespace alentour::fuzz
