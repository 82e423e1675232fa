# Debian 12 packages alentour needs, and the step that installs the missing ones.
# Sourced by demo.sh, test.sh and bench/run_benchmarks.sh.

BUILD_PACKAGES="g++ cmake ninja-build pkg-config libosmium2-dev libprotozero-dev libgdal-dev libgeos-dev
 libboost-dev libcli11-dev nlohmann-json3-dev zlib1g-dev libbz2-dev libexpat1-dev libcairo2-dev fonts-dejavu-core
 python3 python3-dev pybind11-dev"
# The fuzz targets (scripts/fuzz.sh, run by test.sh): clang 14, libFuzzer and its sanitizer runtimes; time.
FUZZ_PACKAGES="clang-14 libclang-rt-14-dev time"
# The Python module's tests: pytest, and the libraries its tables and geometries become.
TEST_PACKAGES="$FUZZ_PACKAGES catch2 libboost-graph-dev gdal-bin osmium-tool chromium
 python3-pytest python3-numpy python3-pandas python3-shapely python3-geopandas python3-dask python3-distributed"
# The peers bench/run_benchmarks.sh measures alentour against (bench/peers/), installed by it
# when run as root; without them each peer is skipped with a line saying which is missing.
# osm2pgrouting writes PostGIS geometries, hence PostGIS beside pgRouting.
PEER_PACKAGES="python3-igraph python3-networkx python3-osmnx
 postgresql postgresql-15-postgis-3 postgresql-15-pgrouting osm2pgrouting"

# ensure_packages LIST...: installs what is missing when root, otherwise prints the
# one apt-get line to run and stops.
ensure_packages() {
    local missing=""
    for package in $*; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing="$missing $package"
        fi
    done
    # Leaflet comes from the npm registry at build time: Node.js and npm, from Debian
    # when the machine has none of its own.
    command -v npm >/dev/null || missing="$missing nodejs npm"
    [ -z "$missing" ] && return 0
    if [ "$(id -u)" = 0 ]; then
        echo "installing:$missing"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
    else
        echo "alentour needs these Debian packages; run:"
        echo "  sudo apt-get install -y$missing"
        exit 1
    fi
}
