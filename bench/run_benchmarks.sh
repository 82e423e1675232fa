#!/usr/bin/env bash
# Builds the benchmarks in Release, times `osmium fileinfo -e` on the same files for
# scale, runs bench_network and bench_search, and prints a summary against the aims:
#   build_region under 2x `osmium fileinfo -e`; Porto cache load under 50 ms;
#   30-min walk search in Porto under 5 ms on one core.
# Everything printed also goes to bench/last_results.txt, the record of the last run.
#
#   bench/run_benchmarks.sh     BUILD_DIR=... chooses the build folder (default build-bench);
#                               SKIP_BUILD=1 reuses the benchmarks already built there.
set -euo pipefail

bench_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source_dir=$(dirname "$bench_dir")
data_dir="$source_dir/../shared/data"
build_dir=${BUILD_DIR:-"$source_dir/build-bench"}
record="$bench_dir/last_results.txt"
files=("$data_dir/r5/porto_portugal.osm.pbf" "$data_dir/bench/merged_real_extracts.osm.pbf")

if [[ ! -d "$data_dir" ]]; then
    # Keep the previous record: a machine without the data has nothing to say about speed.
    echo "run_benchmarks: skipped, the shared data folder $data_dir is missing"
    exit 0
fi

work=$(mktemp -d /tmp/alentour-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

# Median of the numbers given, one per argument (the upper middle for an even count).
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int(NR / 2) + 1] }'; }
# A value from a bench `key value` summary file, empty when absent.
value_of() { awk -v k="$1" '$1 == k { print $2 }' "$work/summary.txt"; }

build() {
    local generator=()
    command -v ninja >/dev/null && generator=(-G Ninja)
    if ! { cmake -S "$source_dir" -B "$build_dir" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release \
               -DALENTOUR_BUILD_BENCH=ON -DALENTOUR_BUILD_TESTS=OFF &&
           cmake --build "$build_dir" --target bench_network bench_search bench_catchment bench_population bench_transit \
               bench_geocode bench_tour bench_node_locations alentour_cli alentour_python; } >"$work/build.log" 2>&1; then
        cat "$work/build.log"
        echo "run_benchmarks: the build failed"
        return 1
    fi
    echo "ok"
}

main() {
    set -e  # the pipeline into tee runs main in a subshell: stop there at the first failure
    echo "alentour benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "commit $(git -C "$source_dir" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$source_dir" diff --quiet HEAD 2>/dev/null || echo ' (with uncommitted changes)')"
    echo "machine: $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo)"
    echo "compiler: $(${CXX:-c++} --version 2>/dev/null | head -1)"
    echo "osmium-tool: $(osmium --version 2>/dev/null | head -1 || echo missing)"
    # Timings mean little on a busy machine: say how busy it was.
    local load
    load=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
    echo "load average before the run: $load"
    if awk -v l="${load%% *}" -v n="$(nproc)" 'BEGIN { exit !(l + 0 > n / 2) }'; then
        echo "WARNING: the machine is busy (load above half its cores); expect slower and noisier figures"
    fi
    echo

    echo "## build (Release, $build_dir)"
    if [[ -n "${SKIP_BUILD:-}" ]]; then
        if [[ ! -x "$build_dir/bench/bench_network" || ! -x "$build_dir/bench/bench_search" ]]; then
            echo "run_benchmarks: SKIP_BUILD is set but $build_dir/bench holds no built benchmarks"
            return 1
        fi
        echo "skipped (SKIP_BUILD): using the benchmarks built $(date -u -r "$build_dir/bench/bench_network" '+%Y-%m-%d %H:%M UTC')"
    else
        build
    fi
    echo

    echo "## osmium fileinfo -e (median of 3, after one warm-up run)"
    local TIMEFORMAT=%R
    for file in "${files[@]}"; do
        [[ -f "$file" ]] || { echo "$(basename "$file"): skipped, not found"; continue; }
        if ! command -v osmium >/dev/null; then echo "osmium not installed: no reference time"; break; fi
        osmium fileinfo -e "$file" >/dev/null
        local runs=()
        for _ in 1 2 3; do
            runs+=("$({ time osmium fileinfo -e "$file" >/dev/null; } 2>&1)")
        done
        local m
        m=$(median "${runs[@]}")
        echo "$(basename "$file"): median $m s (runs: ${runs[*]})"
        echo "osmium_s.$(basename "$file") $m" >>"$work/summary.txt"
    done
    echo

    echo "## bench_network"
    "$build_dir/bench/bench_network" --summary "$work/summary.txt" "${files[@]}"

    echo "## bench_search (Porto)"
    local pin=()
    if command -v taskset >/dev/null && taskset -c 0 true 2>/dev/null; then
        pin=(taskset -c 0)
        echo "(pinned to core 0 with taskset)"
    else
        echo "(not pinned: taskset unavailable)"
    fi
    "${pin[@]}" "$build_dir/bench/bench_search" --summary "$work/summary.txt" --origins 30 --car-origins-out "$work/car_origins.csv" "${files[0]}"
    echo

    echo "## peers (bench/peers: Porto by car, 30 min, the origins of bench_search)"
    peers
    echo

    echo "## bench_catchment (Porto, forward and reverse; aims: walk under 15 ms, car under 200 ms per 10/20/30-min catchment on one core)"
    "${pin[@]}" "$build_dir/bench/bench_catchment" "${files[0]}"
    echo

    echo "## bench_population (Porto Alegre hex grid; aims: +20 ms per band set, coverage 2 s, 5 stops 1 s)"
    "${pin[@]}" "$build_dir/bench/bench_population"
    echo

    echo "## bench_transit (Porto Alegre EPTC, Rhein-Neckar rnv; aims: Range RAPTOR over 60 min under 150 / 400 ms)"
    "${pin[@]}" "$build_dir/bench/bench_transit" --origins 20
    echo
    echo "## bench_geocode (synthetic BAN file of 1 million rows; aims: index under 10 s, 200 addresses under 50 ms)"
    "${pin[@]}" "$build_dir/bench/bench_geocode" --summary "$work/summary.txt"
    echo

    echo "## bench_tour (Porto, 60 stops by car; aim: under 1 s, matrix included)"
    "$build_dir/bench/bench_tour" "${files[0]}"
    echo

    echo "## bench_node_locations (the build's node pass: wanted nodes among all the file's)"
    "$build_dir/bench/bench_node_locations"
    echo

    summary
    echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
}

# igraph and networkx search the graph export-graph writes, from bench_search's car
# origins; osmnx draws isochrones on its own graph of the same extract beside alentour's
# Python module; pgRouting searches its osm2pgrouting import of the same extract from the
# same points, in a PostgreSQL of its own. Each peer is skipped when its Debian package
# (scripts/packages.sh, PEER_PACKAGES) is missing.
peers() {
    local cli="$build_dir/tools/alentour/alentour"
    if [[ ! -x "$cli" || ! -f "$work/car_origins.csv" ]]; then
        echo "skipped: $cli or the car origins are missing"
        return 0
    fi
    if [[ "$(id -u)" == 0 ]]; then
        # In a subshell: ensure_packages exits when apt-get fails, the run must go on.
        # shellcheck disable=SC1091,SC2086 # sourced by path; one word per package
        ( source "$source_dir/scripts/packages.sh" && ensure_packages $PEER_PACKAGES ) ||
            echo "peers: installing their Debian packages failed; the missing ones are skipped"
    fi
    "$cli" --quiet build "${files[0]}" -o "$work/porto.alentour"
    "$cli" --quiet export-graph --graph "$work/porto.alentour" --mode car -o "$work/car_edges.csv"
    local osm_args=()
    if command -v osmium >/dev/null; then
        osmium cat "${files[0]}" -o "$work/porto.osm" --no-progress
        osm_args=(--region "$work/porto.alentour" --osm "$work/porto.osm")
    fi
    local pin=()
    taskset -c 0 true 2>/dev/null && pin=(taskset -c 0)
    PYTHONPATH="$build_dir/bindings/python${PYTHONPATH:+:$PYTHONPATH}" "${pin[@]}" /usr/bin/python3 "$bench_dir/peers/peers.py" \
        --edges "$work/car_edges.csv" --origins "$work/car_origins.csv" --minutes 30 \
        --alentour-search-ms "$(value_of search_ms.car.30.forward)" "${osm_args[@]}" --summary "$work/summary.txt"
    if [[ ! -f "$work/porto.osm" ]]; then
        echo "pgRouting: skipped (osmium-tool is needed to write the .osm XML that osm2pgrouting reads)"
        return 0
    fi
    # Pinned like the other peers: the server it starts inherits core 0 too, beside psql.
    "${pin[@]}" bash "$bench_dir/peers/pgrouting.sh" --osm "$work/porto.osm" --origins "$work/car_origins.csv" --minutes 30 \
        --alentour-search-ms "$(value_of search_ms.car.30.forward)" --summary "$work/summary.txt" ||
        echo "pgRouting: failed, the run goes on without it"
}

# One line per aim: the measured figure, the aim and whether it is met.
verdict() { awk -v v="$1" -v aim="$2" 'BEGIN { print (v + 0 < aim + 0) ? "met" : "MISSED" }'; }

summary() {
    echo "## summary"
    for file in "${files[@]}"; do
        local name build osmium
        name=$(basename "$file")
        build=$(value_of "build_s.$name")
        osmium=$(value_of "osmium_s.$name")
        if [[ -z "$build" || -z "$osmium" ]]; then
            echo "build $name: not measured"
            continue
        fi
        local ratio
        ratio=$(awk -v b="$build" -v o="$osmium" 'BEGIN { printf "%.2f", b / o }')
        printf 'build %s: %.3f s vs osmium fileinfo -e %.3f s = %sx (aim under 2x: %s); libosmium bare read %.3f s\n' \
            "$name" "$build" "$osmium" "$ratio" "$(verdict "$ratio" 2)" "$(value_of "bare_read_s.$name")"
    done
    local load
    load=$(value_of "load_ms.porto_portugal.osm.pbf")
    if [[ -n "$load" ]]; then
        printf 'cache load porto_portugal.osm.pbf: %.2f ms (aim under 50 ms: %s)\n' "$load" "$(verdict "$load" 50)"
    fi
    local key
    for key in walk.15 walk.30 walk.60 car.15 car.30; do
        local fwd rev
        fwd=$(value_of "search_ms.$key.forward")
        rev=$(value_of "search_ms.$key.reverse")
        [[ -n "$fwd" ]] || continue
        local line
        line=$(printf 'search Porto %s %s min: forward %.3f ms, reverse %.3f ms' "${key%.*}" "${key#*.}" "$fwd" "$rev")
        if [[ "$key" == walk.30 || "$key" == car.30 ]]; then
            line+=" (aim under 5 ms on one core: forward $(verdict "$fwd" 5), reverse $(verdict "$rev" 5))"
        fi
        echo "$line"
    done
    local peer alentour_ms
    for peer in igraph networkx pgrouting osmnx_isochrone; do
        local ms
        ms=$(value_of "peer_ms.$peer")
        [[ -n "$ms" ]] || continue
        alentour_ms=$(value_of search_ms.car.30.forward)
        [[ "$peer" == osmnx_isochrone ]] && alentour_ms=$(value_of peer_ms.alentour_catchment)
        printf 'peer %s: %.2f ms vs alentour %.2f ms = %.1fx\n' "$peer" "$ms" "$alentour_ms" "$(awk -v a="$ms" -v b="$alentour_ms" 'BEGIN { print a / b }')"
    done
    local import build
    import=$(value_of peer_s.osm2pgrouting_import)
    build=$(value_of build_s.porto_portugal.osm.pbf)
    if [[ -n "$import" && -n "$build" ]]; then
        printf 'osm2pgrouting import Porto: %.2f s vs alentour build %.3f s = %.0fx\n' "$import" "$build" "$(awk -v a="$import" -v b="$build" 'BEGIN { print a / b }')"
    fi
}

set +e
main 2>&1 | tee "$work/output.txt"
status=${PIPESTATUS[0]}
set -e
if [[ $status -eq 0 ]]; then
    cp "$work/output.txt" "$record"
    echo "(written to $record)"
fi
exit "$status"
