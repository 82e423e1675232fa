#pragma once
// `alentour map`: the whole job in one call. Catchments around the space (trips to it), its partner
// structures ranked, and everything a team publishes, written into one folder:
// catchment.geojson, partners.geojson, partners.csv, carte.umap, affiche.pdf/.png/.svg,
// carte.html and LISEZMOI.txt (and lieux.csv, lieux.geojson with the flyer places).

#include <alentour/geo.hpp>
#include <alentour/map_content.hpp>
#include <alentour/network.hpp>
#include <alentour/partners.hpp>
#include <alentour/population.hpp>
#include <alentour/poster.hpp>
#include <alentour/progress.hpp>
#include <alentour/search.hpp>
#include <alentour/transit.hpp>

#include <string>
#include <vector>

namespace alentour {

struct MapOptions {
    LatLon space;
    std::string space_name;
    std::string partners_file;            // empty: a map of the catchment alone
    PartnerReadOptions partner_reading;
    std::vector<std::string> modes = {"walk"};  // the first one ranks and is drawn first; "transit" rides `transit`
    std::vector<double> minutes = {10, 20, 30};
    // reverse: the bands hold where one reaches the space from, the question the ranking
    // answers (by car and bike one-way streets make the two differ); forward: where one
    // gets to from the space.
    Direction direction = Direction::reverse;
    std::string title;                    // empty: "Nos partenaires autour de <space_name>"
    std::string population_file;          // empty: bands without their people
    PopulationReadOptions population_reading;
    // The flyer places within the largest band of the first mode, as a layer of every
    // map and as lieux.csv/lieux.geojson; `place_categories` empty: every category.
    bool places = false;
    std::vector<std::string> place_categories;
    PosterOptions poster;                 // paper (A3 landscape by default), PNG resolution
    // With the mode "transit": the feed and the window. Its direction must be `direction`;
    // with partners, reverse (the ranking times arrivals at the space).
    TransitJobOptions transit;
    bool overwrite = false;
};

struct MapFiles {
    std::string folder;
    std::vector<std::string> files;  // the paths written, in the order of LISEZMOI.txt
    std::string summary;             // a few lines: bands, partners by list, files
};

// Throws InputError before writing anything when the folder exists and is not empty
// (without overwrite; with it, when it holds files of its own), is the current folder,
// an option is wrong or the space cannot be placed. The files are written into a
// temporary folder renamed into place at the end.
MapFiles make_map(const Region& region, const MapOptions& options, const std::string& folder, const Progress& progress = {});

} // namespace alentour
