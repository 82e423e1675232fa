// bench_geocode: indexing a Base Adresse Nationale file of a million rows, then geocoding
// 200 addresses written as people write them. Aims: indexing under 10 s, the 200
// addresses under 50 ms.
//
//   bench_geocode [--summary FILE] [--rows N] [--runs R]
//
// The rows are a made-up département (tests/geocode/synthetic_ban.hpp, seeded), written
// gzipped as the BAN publishes it, so that reading the stream is timed too. The
// addresses are 200 of its rows drawn at random (seed 7), in lower case, the street type
// abbreviated, every fourth with one letter wrong. Each figure is the median of R runs.

#include "bench_util.hpp"
#include "geocode/synthetic_ban.hpp"

#include <alentour/geocode.hpp>

#include <filesystem>
#include <random>
#include <unistd.h>

namespace {

using bench::fixed;
using bench::grouped;

std::vector<alentour::AddressQuery> queries(const std::vector<alentour::test::BanAddress>& rows, std::size_t count) {
    std::mt19937 random(7);
    std::vector<alentour::AddressQuery> out;
    for (std::size_t i = 0; i < count; ++i) {
        const auto& a = rows[std::uniform_int_distribution<std::size_t>(0, rows.size() - 1)(random)];
        std::string street = a.street;
        if (street.starts_with("Avenue ")) street = "av." + street.substr(6);
        if (street.starts_with("Boulevard ")) street = "bd" + street.substr(9);
        for (char& c : street) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
        if (i % 4 == 0 && street.size() > 8) std::swap(street[street.size() - 3], street[street.size() - 2]);
        out.push_back({std::to_string(a.number) + (a.rep.empty() ? "" : " " + a.rep) + " " + street, a.postcode, a.commune});
    }
    return out;
}

} // namespace

int main(int argc, char** argv) {
    int rows = 1000000, runs = 3;
    std::string summary_path;
    bench::CommandLine("bench_geocode", "index a synthetic BAN file and geocode 200 addresses", "")
        .count("--rows", rows)
        .count("--runs", runs)
        .parse(argc, argv, summary_path);
    bench::Summary summary(summary_path);
    const auto dir = std::filesystem::temp_directory_path() / ("alentour-bench-geocode-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const std::string ban = (dir / "adresses-94.csv.gz").string(), index = (dir / "adresses-94.alentour-ban").string();

    const auto addresses = alentour::test::synthetic_ban(static_cast<std::size_t>(rows));
    alentour::test::write_gzip(ban, alentour::test::ban_text(addresses));
    std::printf("synthetic BAN file: %s rows, %s MB gzipped\n", grouped(addresses.size()).c_str(),
                fixed(static_cast<double>(std::filesystem::file_size(ban)) / 1e6, 1).c_str());

    std::vector<double> index_s, index_cpu_s;
    alentour::GeocodeIndexStats stats;
    for (int r = 0; r < runs; ++r) {
        const auto start = bench::Clock::now();
        const double cpu = bench::thread_cpu_seconds();
        stats = alentour::build_geocode_index({ban}, index, true);
        index_cpu_s.push_back(bench::thread_cpu_seconds() - cpu);
        index_s.push_back(bench::seconds_since(start));
    }
    std::printf("index: %s addresses, %s streets, %s communes; median %s s (%s s of CPU) over %d runs (aim under 10 s), %s MB\n",
                grouped(stats.addresses).c_str(), grouped(stats.streets).c_str(), grouped(stats.communes).c_str(),
                fixed(bench::median(index_s), 2).c_str(), fixed(bench::median(index_cpu_s), 2).c_str(), runs,
                fixed(static_cast<double>(std::filesystem::file_size(index)) / 1e6, 1).c_str());

    const auto load_start = bench::Clock::now();
    const alentour::Geocoder geocoder = alentour::Geocoder::load(index);
    const double load_ms = 1000 * bench::seconds_since(load_start);
    const auto asked = queries(addresses, 200);
    std::vector<double> geocode_ms, geocode_cpu_ms;
    std::size_t placed = 0;
    for (int r = 0; r < runs + 2; ++r) {
        placed = 0;
        const auto start = bench::Clock::now();
        const double cpu = bench::thread_cpu_seconds();
        for (const auto& q : asked) placed += geocoder.geocode(q).status != alentour::GeocodeStatus::address_not_found;
        geocode_cpu_ms.push_back(1000 * (bench::thread_cpu_seconds() - cpu));
        geocode_ms.push_back(1000 * bench::seconds_since(start));
    }
    std::printf("load: %s ms; geocode 200 addresses: median %s ms (%s ms of CPU) over %d runs (aim under 50 ms), %zu placed\n",
                fixed(load_ms, 1).c_str(), fixed(bench::median(geocode_ms), 1).c_str(), fixed(bench::median(geocode_cpu_ms), 1).c_str(),
                runs + 2, placed);
    summary.put("geocode_index_s", bench::median(index_s));
    summary.put("geocode_200_ms", bench::median(geocode_ms));
    std::filesystem::remove_all(dir);
    return 0;
}
