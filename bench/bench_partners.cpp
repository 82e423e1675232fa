// bench_partners: ranking 10 000 partner structures against one space on Porto, split
// into reading, snapping, searching and writing, next to one plain search of the same
// reach. The claim to check: ranking costs little more than that one search.
//
//   bench_partners [--summary FILE] [--structures N] [--runs R] [FILE.osm.pbf]
//
// The structures are generated around the network (nodes of the largest walk component,
// std::mt19937 seed 42, moved up to 40 m off the street, a few with the data problems
// real lists have) and written to a temporary CSV the way French Excel saves it
// (semicolons, decimal commas), so that reading is timed on a real file. The figures are
// printed, never checked; each is the median of R runs after one warm-up run.

#include "bench_util.hpp"

#include <alentour/network.hpp>
#include <alentour/partners.hpp>
#include <alentour/partners_rank.hpp>
#include <alentour/search.hpp>
#include <alentour/snap.hpp>

#include <cmath>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <numbers>
#include <random>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

using bench::fixed;
using bench::grouped;

struct Options {
    std::string file = std::string(ALENTOUR_SHARED_DATA) + "/r5/porto_portugal.osm.pbf";
    std::string summary;
    int structures = 10000;
    int runs = 5;
};

Options parse(int argc, char** argv) {
    Options o;
    const auto files = bench::CommandLine("bench_partners", "prints the time split of ranking partner structures", "[FILE.osm.pbf]")
                           .count("--structures", o.structures)
                           .count("--runs", o.runs)
                           .parse(argc, argv, o.summary);
    if (!files.empty()) o.file = files.back();
    return o;
}

std::string decimal_comma(double value, int decimals) {
    std::string text = fixed(value, decimals);
    for (char& c : text) {
        if (c == '.') c = ',';
    }
    return text;
}

// A partner list as teams have them: names that say the category, some orientations,
// a few rows without coordinates, swapped, or repeated.
void write_structures(const std::string& path, const alentour::Graph& graph, int count) {
    std::vector<alentour::NodeId> largest;
    for (alentour::NodeId n = 0; n < graph.node_count(); ++n) {
        if (graph.component(n) == 0) largest.push_back(n);
    }
    std::mt19937 rng(42);
    std::uniform_int_distribution<std::size_t> pick(0, largest.size() - 1);
    std::uniform_real_distribution<double> offset(-40.0, 40.0), unit(0.0, 1.0);
    std::uniform_int_distribution<int> orientations(0, 20);
    const char* kinds[] = {"CCAS de", "Agence France Travail", "Mission Locale de", "Association des habitants de", "Mairie de",
                           "Secours populaire de", "Espace France Services de", "Médiathèque de", "Caf de", "Centre social de"};
    std::ofstream out(path, std::ios::binary);
    out << "\xEF\xBB\xBF" << "identifiant;nom;adresse;commune;latitude;longitude;orientations\r\n";
    for (int i = 0; i < count; ++i) {
        alentour::LatLon p = graph.node_position(largest[pick(rng)]);
        const double metres_per_degree = 6371008.8 * std::numbers::pi / 180.0;
        p.lat += offset(rng) / metres_per_degree;
        p.lon += offset(rng) / (metres_per_degree * std::cos(p.lat * std::numbers::pi / 180.0));
        const double dice = unit(rng);
        std::string lat = decimal_comma(p.lat, 7), lon = decimal_comma(p.lon, 7);
        if (dice < 0.01) lat.clear(), lon.clear();  // not geocoded
        else if (dice < 0.015) std::swap(lat, lon);  // swapped columns
        out << "S" << i << ';' << kinds[i % 10] << " Porto " << (dice > 0.99 ? 0 : i) << ";" << i % 200 << " rua da Prova;Porto;" << lat
            << ';' << lon << ';' << (i % 3 == 0 ? std::string() : std::to_string(orientations(rng))) << "\r\n";
    }
}

} // namespace

int main(int argc, char** argv) {
    const Options options = parse(argc, argv);
    std::error_code ec;
    if (!std::filesystem::is_regular_file(options.file, ec)) {
        std::cout << "bench_partners: skipped, " << options.file << " not found (the shared data folder is ../shared/data)\n";
        return 0;
    }
    bench::Summary summary(options.summary);
    const auto work = std::filesystem::temp_directory_path() / ("alentour-bench-partners-" + std::to_string(::getpid()));
    std::filesystem::create_directories(work);
    try {
        alentour::BuildOptions build;
        build.profiles = alentour::select_profiles(alentour::default_profiles(), {"walk"});
        auto start = bench::Clock::now();
        const alentour::Region region = alentour::build_region(options.file, build);
        const alentour::Graph& walk = region.graph("walk");
        std::cout << "== " << bench::base_name(options.file) << ": walk network built in " << fixed(bench::seconds_since(start), 2)
                  << " s, " << grouped(walk.node_count()) << " nodes, " << grouped(walk.edge_count()) << " directed edges\n";

        const std::string csv = (work / "partners.csv").string();
        write_structures(csv, walk, options.structures);
        std::cout << grouped(static_cast<std::uint64_t>(options.structures)) << " structures in a semicolon CSV of "
                  << grouped(std::filesystem::file_size(csv)) << " bytes; space at Avenida dos Aliados, walk, --far 120 min; "
                  << options.runs << " runs, medians\n";

        alentour::RankOptions rank;
        rank.space = {41.1496, -8.6109};
        rank.space_name = "Espace";
        rank.modes = {"walk"};

        std::vector<double> reading, indexing, snapping, searching, scoring, writing_csv, writing_geojson, total, plain_index, plain_search;
        std::size_t prospect = 0, outreach = 0, unranked = 0;
        // Run 0 is a warm-up, not counted: the first pass pays for page faults in fresh memory.
        for (int run = 0; run <= options.runs; ++run) {
            const auto run_start = bench::Clock::now();
            start = bench::Clock::now();
            alentour::PartnerTable table = alentour::read_partners(csv);
            reading.push_back(bench::seconds_since(start));

            const alentour::Ranking ranking = alentour::rank_partners(region, std::move(table), rank);
            indexing.push_back(ranking.timings.indexing_seconds);
            snapping.push_back(ranking.timings.snapping_seconds);
            searching.push_back(ranking.timings.searching_seconds);
            scoring.push_back(ranking.timings.scoring_seconds);

            start = bench::Clock::now();
            alentour::write_ranking(ranking, (work / "ranked.csv").string(), {alentour::CsvDialect::excel_fr, true});
            writing_csv.push_back(bench::seconds_since(start));
            start = bench::Clock::now();
            alentour::write_ranking(ranking, (work / "ranked.geojson").string(), {alentour::CsvDialect::excel_fr, true});
            writing_geojson.push_back(bench::seconds_since(start));
            total.push_back(bench::seconds_since(run_start));
            prospect = ranking.count(alentour::PartnerList::prospect);
            outreach = ranking.count(alentour::PartnerList::outreach);
            unranked = ranking.count(alentour::PartnerList::unranked);

            // The yardstick: what any query from the space costs, its spatial index and one
            // reverse search of the same reach.
            start = bench::Clock::now();
            const alentour::Snapper snapper(walk, "walk");
            const alentour::Snap space = snapper.snap(rank.space);
            plain_index.push_back(bench::seconds_since(start));
            start = bench::Clock::now();
            alentour::Searcher searcher(walk);
            const auto& result = searcher.run({&space, 1}, {rank.far_minutes * 60.0, alentour::Direction::reverse});
            plain_search.push_back(bench::seconds_since(start));
            if (run == 0) {
                std::cout << "one reverse search of 120 min settles " << grouped(result.settled().size()) << " nodes\n";
                for (auto* v : {&reading, &indexing, &snapping, &searching, &scoring, &writing_csv, &writing_geojson, &total, &plain_index, &plain_search}) {
                    v->clear();
                }
            }
        }
        const auto ms = [](const std::vector<double>& v) { return 1e3 * bench::median(v); };
        const double index_ms = ms(indexing), snap_ms = ms(snapping), search_ms = ms(searching);
        const double write_ms = ms(writing_csv) + ms(writing_geojson);
        std::cout << "ranked: " << prospect << " prospect, " << outreach << " outreach, " << unranked << " unranked\n"
                  << "  reading   " << fixed(ms(reading), 1) << " ms (CSV parsed by GDAL, checks, categories, duplicates)\n"
                  << "  indexing  " << fixed(index_ms, 1) << " ms (the network's spatial index, as any query needs)\n"
                  << "  snapping  " << fixed(snap_ms, 1) << " ms (the space and every structure placed on the network)\n"
                  << "  searching " << fixed(search_ms, 1) << " ms (one reverse search, then the time of every structure)\n"
                  << "  scoring   " << fixed(ms(scoring), 1) << " ms (scores, lists, reasons)\n"
                  << "  writing   " << fixed(write_ms, 1) << " ms (CSV " << fixed(ms(writing_csv), 1) << " ms, GeoJSON "
                  << fixed(ms(writing_geojson), 1) << " ms)\n"
                  << "  total     " << fixed(ms(total), 1) << " ms\n"
                  << "one plain query from the space: spatial index " << fixed(ms(plain_index), 1) << " ms + search "
                  << fixed(ms(plain_search), 1) << " ms = " << fixed(ms(plain_index) + ms(plain_search), 1) << " ms\n"
                  << "ranking's indexing + snapping + searching = "
                  << fixed((index_ms + snap_ms + search_ms) / (ms(plain_index) + ms(plain_search)), 2)
                  << " x that query; the whole job (with reading and writing) = "
                  << fixed(ms(total) / (ms(plain_index) + ms(plain_search)), 2) << " x\n";
        summary.put("partners_ms.reading", ms(reading));
        summary.put("partners_ms.indexing", index_ms);
        summary.put("partners_ms.snapping", snap_ms);
        summary.put("partners_ms.searching", search_ms);
        summary.put("partners_ms.scoring", ms(scoring));
        summary.put("partners_ms.writing", write_ms);
        summary.put("partners_ms.total", ms(total));
        summary.put("partners_ms.plain_query", ms(plain_index) + ms(plain_search));
    } catch (const std::exception& e) {
        std::cerr << "bench_partners: " << e.what() << '\n';
        std::filesystem::remove_all(work, ec);
        return 2;
    }
    std::filesystem::remove_all(work, ec);
    return 0;
}
