#!/usr/bin/env bash
# pgRouting's pgr_drivingDistance on an osm2pgrouting import of the same extract, from the
# same origins as alentour's car search, in a private PostgreSQL started and stopped here.
#
#   pgrouting.sh --osm porto.osm --origins car_origins.csv [--minutes 30]
#                [--alentour-search-ms MS] [--summary FILE]
#
# - the cluster: initdb in a temporary folder (as the `postgres` user when run as root,
#   since PostgreSQL refuses to run as root), listening on 127.0.0.1 at a free port and on a
#   unix socket in that folder, which the clients here use; fsync off, since the cluster
#   is thrown away: this only makes the import faster. It is stopped and deleted on exit,
#   whatever happens.
# - the import: osm2pgrouting with its own car configuration (mapconfig_for_cars.xml: the
#   roads a car may take, with a default speed per highway class where no maxspeed tag
#   says otherwise); its default mapconfig.xml would also keep footways, paths and steps.
#   Its time is printed beside alentour's build of the same extract.
# - the search: each origin (bench_search's `--car-origins-out`: node, lat, lon) is
#   snapped to the nearest vertex of ways_vertices_pgr (not timed), then
#   pgr_drivingDistance(ways with cost_s / reverse_cost_s, vertex, 60 * minutes, directed)
#   is timed by psql's \timing: client-side wall time of the whole query, which for
#   pgRouting includes reading the edges from the table and building its graph, as every
#   call does. Only the count of reached vertices travels back. One untimed call first
#   loads the library and warms the table. A call with distance 0 shows how much of it
#   is that read and graph building.
#
# Prints the median over the origins, the median reached count and the ratio to
# alentour's search; appends `peer_ms.pgrouting` and `peer_s.osm2pgrouting_import` to the
# summary. Skipped with one line when a Debian package is missing.
set -euo pipefail

osm="" origins="" minutes=30 alentour_ms="" summary=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        --osm) osm=$2 ;;
        --origins) origins=$2 ;;
        --minutes) minutes=$2 ;;
        --alentour-search-ms) alentour_ms=$2 ;;
        --summary) summary=$2 ;;
        *) echo "pgrouting.sh: unknown argument $1" >&2; exit 1 ;;
    esac
    shift 2
done
[[ -f "$osm" && -f "$origins" ]] || { echo "pgrouting.sh: --osm FILE.osm and --origins FILE.csv are needed" >&2; exit 1; }

skip() { echo "pgRouting: skipped ($1)"; exit 0; }

# The newest PostgreSQL whose server, PostGIS and pgRouting are all installed.
find_postgres() {
    command -v osm2pgrouting >/dev/null || skip "Debian package osm2pgrouting missing"
    command -v psql >/dev/null || skip "Debian package postgresql missing"
    local bin version
    for bin in $(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V -r); do
        version=$(basename "$(dirname "$bin")")
        [[ -x "$bin/initdb" ]] || continue
        [[ -f /usr/share/postgresql/$version/extension/postgis.control ]] || skip "Debian package postgresql-$version-postgis-3 missing"
        [[ -f /usr/share/postgresql/$version/extension/pgrouting.control ]] || skip "Debian package postgresql-$version-pgrouting missing"
        pg_bin=$bin
        return 0
    done
    skip "Debian package postgresql missing"
}

find_postgres
as_db=()
if [[ "$(id -u)" == 0 ]]; then
    id postgres >/dev/null 2>&1 || skip "no postgres user to run the server as"
    as_db=(runuser -u postgres --)
fi

cluster=$(mktemp -d /tmp/alentour-pgrouting.XXXXXX)
stop_cluster() {
    if [[ -f "$cluster/data/postmaster.pid" ]]; then
        "${as_db[@]}" "$pg_bin/pg_ctl" -D "$cluster/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$cluster"
}
trap stop_cluster EXIT
trap 'exit 130' INT TERM
[[ ${#as_db[@]} -eq 0 ]] || chown postgres: "$cluster"

# Shows the log of a step that failed, then stops (the trap cleans up).
fail() { echo "pgRouting: $1 failed:"; tail -20 "$2"; exit 1; }

start_cluster() {
    "${as_db[@]}" "$pg_bin/initdb" -D "$cluster/data" -U postgres --auth=trust -E UTF8 --no-locale \
        >"$cluster/initdb.log" 2>&1 || fail initdb "$cluster/initdb.log"
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    "${as_db[@]}" "$pg_bin/pg_ctl" -D "$cluster/data" -l "$cluster/data/server.log" -w -o \
        "-c listen_addresses=127.0.0.1 -p $port -k $cluster -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null || fail "the server's start" "$cluster/data/server.log"
}

sql() { psql -X -q -At -v ON_ERROR_STOP=1 -h "$cluster" -p "$port" -U postgres "$@"; }

import_osm() {
    sql -d postgres -c "CREATE DATABASE pgr"
    sql -d pgr -c "CREATE EXTENSION postgis; CREATE EXTENSION pgrouting;"
    local start end
    start=$(date +%s.%N)
    osm2pgrouting -f "$osm" -c /usr/share/osm2pgrouting/mapconfig_for_cars.xml -d pgr -U postgres \
        -h "$cluster" -p "$port" --clean >"$cluster/import.log" 2>&1 || fail osm2pgrouting "$cluster/import.log"
    end=$(date +%s.%N)
    import_s=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
    sql -d pgr -c "ANALYZE"
    echo "osm2pgrouting $(osm2pgrouting --version 2>&1 | sed -n 's/.*Version //p') import (mapconfig_for_cars.xml):" \
        "$(sql -d pgr -c 'SELECT count(*) FROM ways') ways, $(sql -d pgr -c 'SELECT count(*) FROM ways_vertices_pgr') vertices" \
        "in $import_s s"
}

# One row per origin: the nearest vertex and how far it lies from the origin, in metres.
snap_origins() {
    sql -d pgr <<EOF
CREATE TEMP TABLE origins (node bigint, lat float8, lon float8);
\\copy origins FROM '$origins' WITH (FORMAT csv, HEADER true)
SELECT v.id || ' ' || round(v.metres::numeric, 1)
FROM origins o CROSS JOIN LATERAL (
    SELECT id, ST_DistanceSphere(the_geom, ST_SetSRID(ST_MakePoint(o.lon, o.lat), 4326)) AS metres
    FROM ways_vertices_pgr ORDER BY metres LIMIT 1) v;
EOF
}

# Median of the numbers on standard input (the mean of the two middle ones for an even count).
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# One call of pgr_drivingDistance on the imported ways, counting what it reached.
driving_distance() {
    local edges="SELECT gid AS id, source, target, cost_s AS cost, reverse_cost_s AS reverse_cost FROM ways"
    printf "SELECT count(*) FROM pgr_drivingDistance('%s', %s, %s, directed => true);\n" "$edges" "$1" "$2"
}

# Median of the `Time: … ms` lines psql's \timing printed.
timed_ms() { sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | median; }

time_searches() {
    seconds=$(awk -v m="$minutes" 'BEGIN { print 60 * m }')
    local vertex
    {
        driving_distance "${vertices[0]}" "$seconds"
        printf '%s\n' '\timing on'
        for vertex in "${vertices[@]}"; do driving_distance "$vertex" "$seconds"; done
    } >"$cluster/searches.sql"
    sql -d pgr -f "$cluster/searches.sql" >"$cluster/searches.out"
    search_ms=$(timed_ms <"$cluster/searches.out")
    # The untimed warm-up call's count comes first, then count and time alternate.
    reached=$(tail -n +2 "$cluster/searches.out" | grep -v '^Time:' | median)
    # Distance 0, five times: what each call spends reading the edges and building its
    # graph before it searches.
    for _ in 1 2 3 4 5; do driving_distance "${vertices[0]}" 0; done >"$cluster/overhead.sql"
    overhead_ms=$(sql -d pgr -c '\timing on' -f "$cluster/overhead.sql" | timed_ms)
    version=$(sql -d pgr -c "SELECT pgr_version()")
}

report() {
    local ratio=""
    if [[ -n "$alentour_ms" ]]; then
        ratio=$(awk -v p="$search_ms" -v a="$alentour_ms" 'BEGIN { printf "; %.1fx alentour'"'"'s %.2f ms", p / a, a }')
    fi
    printf 'pgRouting %s pgr_drivingDistance, %s s, directed, psql wall time: median %.2f ms, %s vertices reached (median)%s\n' \
        "$version" "$seconds" "$search_ms" "$(printf '%.0f' "$reached" | sed ':a; s/\B[0-9]\{3\}\>/ &/; ta')" "$ratio"
    printf '(of which reading the edges and building the graph, as every call does: %.2f ms, a call with distance 0, median of 5)\n' "$overhead_ms"
    if [[ -n "$summary" ]]; then
        printf 'peer_ms.pgrouting %.4f\npeer_s.osm2pgrouting_import %s\n' "$search_ms" "$import_s" >>"$summary"
    fi
}

start_cluster
import_osm
snap_origins >"$cluster/snapped.txt"
mapfile -t snapped <"$cluster/snapped.txt"
vertices=("${snapped[@]%% *}")
printf '%d origins snapped to their nearest vertex: median %.1f m away, farthest %.1f m\n' "${#vertices[@]}" \
    "$(printf '%s\n' "${snapped[@]##* }" | median)" "$(printf '%s\n' "${snapped[@]##* }" | sort -g | tail -1)"
time_searches
report
