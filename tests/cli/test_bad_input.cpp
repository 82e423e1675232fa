// Every class of bad input in README's table ("Bad input"), each row run through the
// binary: exit code 1, one message starting "alentour: error:" with the words the table
// gives, and nothing written (the output folder holds what it held before).

#include "support.hpp"

#include <filesystem>
#include <fstream>
#include <random>
#include <unistd.h>

using namespace alentour::test;
namespace fs = std::filesystem;

namespace {

// Two east-west streets 1.1 km apart (48.000 and 48.010, from 2.000 to 2.004): the
// middle between them, 48.005, lies inside the region but 556 m from any street.
const std::string two_streets =
    "n1 v1 x2.000 y48.000\nn2 v1 x2.004 y48.000\nn3 v1 x2.000 y48.010\nn4 v1 x2.004 y48.010\n"
    "w1 v1 Thighway=residential Nn1,n2\nw2 v1 Thighway=residential Nn3,n4\n";

// Shell-quoted (std::quoted would win the overload for a non-const string).
std::string q(const std::string& text) { return alentour::test::quoted(text); }

void put(const fs::path& path, const std::string& bytes) { std::ofstream(path, std::ios::binary) << bytes; }

std::string noise(std::size_t size) {
    std::mt19937 random(42);
    std::string bytes(size, '\0');
    for (auto& b : bytes) b = static_cast<char>(random() & 0xFF);
    return bytes;
}

// A folder with the world as OPL, its cache, a good partner list, and `out/` for outputs.
struct BadInputs {
    fs::path dir = scratch_dir("bad-input");
    fs::path out = dir / "out";
    std::string osm = (dir / "streets.opl").string();
    std::string cache = (dir / "streets.alentour").string();
    std::string partners = (dir / "partenaires.csv").string();

    BadInputs() {
        fs::create_directories(out);
        put(out / "mine.csv", "a user's file\n");
        put(osm, two_streets);
        put(partners, "id,nom,lat,lon\n1,CCAS,48.0,2.001\n2,Mairie,48.01,2.003\n");
        REQUIRE(run_cli("build " + q(osm) + " -o " + q(cache) + " --quiet").exit_code == 0);
    }
    ~BadInputs() {
        std::error_code ec;
        fs::permissions(dir / "locked", fs::perms::owner_all, ec);
        fs::remove_all(dir, ec);
    }
    std::string file(const std::string& name, const std::string& bytes) const {
        put(dir / name, bytes);
        return q((dir / name).string());
    }
    std::string output(const std::string& name) const { return q((out / name).string()); }
    std::string times(const std::string& options) const {
        return "times --graph " + q(cache) + " --mode walk -o " + output("times.csv") + " " + options;
    }
    std::string catchment(const std::string& options) const {
        return "catchment --graph " + q(cache) + " --mode walk --from 48.0,2.002 -o " + output("c.geojson") + " " + options;
    }
    std::string rank(const std::string& list) const {
        return "rank --graph " + q(cache) + " --space 48.0,2.002 --partners " + list + " -o " + output("ranked.csv");
    }
    std::string build(const std::string& input) const { return "build " + input + " -o " + output("built.alentour"); }
    // The cache's bytes, changed by `change`, as a new cache file.
    std::string cache_with(const std::string& name, void (*change)(std::string&)) const {
        std::string bytes = read_bytes(cache);
        change(bytes);
        return file(name, bytes);
    }
};

// Runs `arguments`: exit code 1, one message holding `words`, and out/ as it was.
void refused(const BadInputs& w, const std::string& arguments, const std::string& words) {
    const auto before = listing(w.out);
    const auto result = run_cli(arguments + " --quiet");
    INFO("alentour " << arguments << "\n" << result.output);
    CHECK(result.exit_code == 1);
    CHECK(result.output.starts_with("alentour: error: "));
    CHECK(result.output.find(words) != std::string::npos);
    CHECK(result.output.find("alentour: error", 1) == std::string::npos);  // one message
    CHECK(listing(w.out) == before);
    CHECK(read_bytes(w.out / "mine.csv") == "a user's file\n");
}

// Runs `arguments` on a list whose rows are wrong but not the file: exit code 0, and
// the row reported in the summary (`said`) and in the written table (`noted`).
void reported(const BadInputs& w, const std::string& arguments, const std::string& said, const std::string& noted) {
    const auto result = run_cli(arguments);
    INFO("alentour " << arguments << "\n" << result.output);
    CHECK(result.exit_code == 0);
    CHECK(result.output.find(said) != std::string::npos);
    CHECK(read_bytes(w.out / "ranked.csv").find(noted) != std::string::npos);
    fs::remove(w.out / "ranked.csv");
}

} // namespace

TEST_CASE("bad input: missing, empty, unreadable and binary files", "[bad-input]") {
    const BadInputs w;
    const std::string missing = q((w.dir / "absent.csv").string());
    refused(w, w.build(q((w.dir / "absent.osm.pbf").string())), "absent.osm.pbf");
    refused(w, w.rank(missing), "absent.csv");
    refused(w, "times --graph " + q((w.dir / "absent.alentour").string()) + " --from 48,2 --to 48,2", "absent.alentour");
    refused(w, w.build(w.file("empty.osm.pbf", "")), "empty.osm.pbf");
    refused(w, w.build(w.file("empty.opl", "")), "holds no street usable by any profile");
    refused(w, w.rank(w.file("empty.csv", "")), "is empty");
    refused(w, "times --graph " + w.file("empty.alentour", "") + " --from 48,2 --to 48,2", "too short");
    // A folder where a file is expected (what an unreadable file is to root, who reads anything).
    fs::create_directories(w.dir / "folder.csv");
    refused(w, w.rank(q((w.dir / "folder.csv").string())), "is a folder");
    refused(w, w.build(q((w.dir / "folder.csv").string())), "folder.csv");
    if (::geteuid() != 0) {  // root reads a file whatever its mode: CI runs as root, a user does not
        const auto locked = w.file("locked.csv", "id,nom,lat,lon\n1,A,48.0,2.001\n");
        fs::permissions(w.dir / "locked.csv", fs::perms::none);
        refused(w, w.rank(locked), "locked.csv");
        fs::permissions(w.dir / "locked.csv", fs::perms::owner_all);
    }
    refused(w, w.build(w.file("noise.osm", noise(5000))), "noise.osm");
    refused(w, w.rank(w.file("noise.csv", noise(5000))), "holds binary data");
    refused(w, w.times("--from 48.0,2.002 --to-file " + w.file("points.csv", noise(5000))), "holds binary data");
    refused(w, w.times("--from 48.0,2.002 --to-file " + w.file("no-points.csv", "")), "is empty");
    refused(w, w.times("--from 48.0,2.002 --to-file " + w.file("header.csv", "id,lat,lon\n")), "holds no point");
    refused(w, w.build(w.file("streets.opl.bak", two_streets) + " --profile-file " + w.file("noise.json", noise(300))), "not valid JSON");
}

TEST_CASE("bad input: a truncated or corrupt .osm.pbf", "[bad-input]") {
    const BadInputs w;
    const auto pbf = w.dir / "streets.osm.pbf";
    const auto made = run_command("osmium cat " + q(w.osm) + " -o " + q(pbf.string()) + " 2>&1");
    if (made.exit_code != 0) {
        WARN("skipped: osmium-tool is not installed (scripts/packages.sh lists it)");
        return;
    }
    const std::string bytes = read_bytes(pbf);
    refused(w, w.build(w.file("truncated.osm.pbf", bytes.substr(0, bytes.size() / 2))), "truncated.osm.pbf");
    std::string flipped = bytes;
    for (std::size_t i = bytes.size() / 2; i < bytes.size(); i += 7) flipped[i] = static_cast<char>(~flipped[i]);
    refused(w, w.build(w.file("corrupt.osm.pbf", flipped)), "corrupt.osm.pbf");
}

TEST_CASE("bad input: a cache truncated, damaged, of another version or another tool", "[bad-input]") {
    const BadInputs w;
    const auto times_on = [&](const std::string& cache) { return "times --graph " + cache + " --mode walk --from 48.0,2.001 --to 48.0,2.003"; };
    refused(w, times_on(w.cache_with("truncated.alentour", [](std::string& b) { b.resize(b.size() - 100); })), "truncated");
    refused(w, times_on(w.cache_with("flipped.alentour", [](std::string& b) { b[b.size() / 2] = static_cast<char>(~b[b.size() / 2]); })),
            "checksum");
    refused(w, times_on(w.cache_with("version.alentour", [](std::string& b) { b[8] = static_cast<char>(b[8] + 1); })),
            "cache format version");
    refused(w, times_on(w.file("other.alentour", "PK\x03\x04" + noise(2000))), "not an alentour cache");
    refused(w, times_on(q(w.partners)), "not an alentour cache");
}

TEST_CASE("bad input: points that are no position, out of range, swapped, or far from any street", "[bad-input]") {
    const BadInputs w;
    refused(w, w.times("--from nan,2.0 --to 48.0,2.003"), "nan,2.0");
    refused(w, w.times("--from 48.0,inf --to 48.0,2.003"), "48.0,inf");
    refused(w, w.times("--from 95,2.0 --to 48.0,2.003"), "latitude must lie in [-90, 90]");
    refused(w, w.times("--from 48.0,200 --to 48.0,2.003"), "longitude in [-180, 180]");
    refused(w, w.times("--from 2.002,48.0 --to 48.0,2.003"), "swapped");
    refused(w, w.times("--from 48.0,2.002 --to 43.3,5.37"), "outside the region");
    refused(w, w.times("--from 48.005,2.002 --to 48.0,2.003"), "is 556 m away");
    refused(w, w.times("--from 48.0,2.002 --to-file " + w.file("far.csv", "id,lat,lon\nsea,48.005,2.002\n")), "line 2, destination 'sea'");
    refused(w, w.times("--from 48.0,2.002 --to-file " + w.file("nan.csv", "id,lat,lon\na,nan,2.002\n")), "line 2, lat: 'nan' is not a number");
}

TEST_CASE("bad input: minutes zero, negative, unsorted, absurd, not numbers", "[bad-input]") {
    const BadInputs w;
    refused(w, w.catchment("--minutes 0"), "minutes between 0 and 1440");
    refused(w, w.catchment("--minutes=-10"), "minutes between 0 and 1440");
    refused(w, w.catchment("--minutes 20,10"), "increasing order");
    refused(w, w.catchment("--minutes 10,10"), "increasing order");
    refused(w, w.catchment("--minutes 100000"), "minutes between 0 and 1440");
    refused(w, w.catchment("--minutes nan"), "minutes between 0 and 1440");
    refused(w, w.catchment("--minutes ten"), "--minutes");
    refused(w, w.times("--from 48.0,2.001 --to 48.0,2.003 --max-minutes=-5"), "--max-minutes");
}

TEST_CASE("bad input: unknown modes and formats", "[bad-input]") {
    const BadInputs w;
    refused(w, "times --graph " + q(w.cache) + " --mode boat --from 48.0,2.001 --to 48.0,2.003", "unknown mode 'boat'");
    refused(w, "catchment --graph " + q(w.cache) + " --from 48.0,2.002 --minutes 10 -o " + w.output("c.xyz"), "extension '.xyz'");
    refused(w, "catchment --graph " + q(w.cache) + " --from 48.0,2.002 --minutes 10 --format Nope -o " + w.output("c.data"),
            "format 'Nope'");
    refused(w, w.rank(q(w.partners)) + " --csv-dialect tabs", "--csv-dialect");
    refused(w, w.build(q(w.osm)) + " --profiles walk,hovercraft", "unknown profile 'hovercraft'");
    refused(w, w.build(w.file("streets.txt", two_streets)), "streets.txt");
}

TEST_CASE("bad input: profile JSON with syntax errors or negative speeds", "[bad-input]") {
    const BadInputs w;
    const auto build_with = [&](const std::string& json) { return w.build(q(w.osm)) + " --profile-file " + w.file("profile.json", json); };
    refused(w, build_with(R"({"walk": {"highways": {"footway": {"speed_kmh": 5}})"), "not valid JSON");
    refused(w, build_with(R"({"walk": {"highways": {"residential": {"speed_kmh": -5}}}})"), "speed_kmh");
    refused(w, build_with(R"({"walk": {"highways": {"residential": {"speed_kmh": 0}}}})"), "speed_kmh");
    refused(w, build_with(R"({"walk": {"highways": {"residential": {"speed_kmh": "fast"}}}})"), "speed_kmh");
    refused(w, build_with(R"(["walk"])"), "JSON object keyed by profile name");
}

TEST_CASE("bad input: spreadsheets with ragged rows, a huge line, no coordinates, only a header, duplicate ids", "[bad-input]") {
    const BadInputs w;
    refused(w, w.rank(w.file("no-coordinates.csv", "id,nom,adresse\n1,CCAS,1 rue de Paris\n")), "needs coordinates");
    refused(w, w.rank(w.file("header-only.csv", "id,nom,lat,lon\n")), "holds no structure");
    // Rows that are wrong are kept, reported and left unranked; the others are ranked.
    reported(w, w.rank(w.file("ragged.csv", "id,nom,lat,lon\n1,CCAS,48.0,2.001\n2,Mairie,48.01\n3,A,48.0,2.002,extra,more\n")),
             "1 unranked (1 bad_coordinates)", "colonne lon vide;bad_coordinates");
    reported(w, w.rank(w.file("duplicates.csv", "id,nom,lat,lon\n1,CCAS,48.0,2.001\n1,Mairie,48.0,2.003\n")),
             "note: 1 structure a l'identifiant d'une ligne précédente", "même identifiant « 1 » que la ligne 2");
    // A line of 2 MB (a name pasted a million times) is read like any other; one over
    // 10 MB (GDAL's limit for a line of CSV) is refused rather than ending the table there.
    reported(w, w.rank(w.file("huge-line.csv", "id,nom,lat,lon\n1," + std::string(2'000'000, 'x') + ",48.0,2.001\n")),
             "1 prospect", "xxxxxxxxxx");
    const std::string longer = "id,nom,lat,lon\n1," + std::string(11'000'000, 'x') + ",48.0,2.001\n2,Mairie,48.0,2.003\n";
    refused(w, w.rank(w.file("longer-line.csv", longer)), "holds a line longer than 10 MB");
    refused(w, w.times("--from 48.0,2.002 --to-file " + w.file("longer-points.csv", longer)), "holds a line longer than 10 MB");
}

TEST_CASE("bad input: outputs into a missing or read-only folder, onto an input, over a user's file", "[bad-input]") {
    const BadInputs w;
    const std::string catchment = "catchment --graph " + q(w.cache) + " --mode walk --from 48.0,2.002 --minutes 10 -o ";
    refused(w, catchment + q((w.dir / "nowhere" / "c.geojson").string()), "does not exist");
    refused(w, catchment + w.output("mine.csv"), "--overwrite");
    refused(w, catchment + q(w.cache) + " --overwrite --format GeoJSON", "is an input");
    refused(w, "build " + q(w.osm) + " --overwrite -o " + q(w.osm), "is an input");
    refused(w, "rank --graph " + q(w.cache) + " --space 48.0,2.002 --partners " + q(w.partners) + " --overwrite -o " +
                   q(w.partners),
            "is an input");
    refused(w, "map --graph " + q(w.cache) + " --space 48.0,2.002 --space-name E --mode walk --overwrite -o " + q(w.out.string()),
            "mine.csv");
    if (::geteuid() != 0) {  // root writes into any folder: CI runs as root
        fs::create_directories(w.dir / "locked");
        fs::permissions(w.dir / "locked", fs::perms::owner_read | fs::perms::owner_exec);
        refused(w, catchment + q((w.dir / "locked" / "c.geojson").string()), "locked");
    }
}
