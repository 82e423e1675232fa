#!/usr/bin/env bash
# The limits that protect the machine (README, "Limits"): makes the big inputs, runs
# the command each one meets, and prints its exit code, wall time and peak memory
# (maximum resident set size, from /usr/bin/time -v). A case passes when alentour ends
# by itself (done: exit 0; refused with a message: exit 1), never killed.
#   bash scripts/limits.sh                 # a million partner rows, a 50 MB line, car 120 min
#   bash scripts/limits.sh --smoke         # the same at a small size (ctest: limits_smoke)
# The optional last argument is the alentour binary (default build/tools/alentour/alentour).
set -euo pipefail
cd "$(dirname "$0")/.."
smoke=0
if [ "${1:-}" = "--smoke" ]; then smoke=1; shift; fi
bin=$(realpath "${1:-build/tools/alentour/alentour}")
rows=1000000 line_mb=50 car_minutes=120
[ "$smoke" = 1 ] && rows=2000 line_mb=11 car_minutes=30
# The largest extract at hand for the long drive: Rhein-Neckar, else the demo town.
region_osm=../shared/data/rnv/rnv.osm.pbf
space=49.4875,8.4660
if [ "$smoke" = 1 ] || [ ! -f "$region_osm" ]; then region_osm=data/demo.osm space=46.800425,1.697544; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$bin" build data/demo.osm -o "$work/demo.alentour" --quiet
"$bin" build "$region_osm" -o "$work/region.alentour" --profiles car --quiet

# Partner rows spread over the demo town (46.770–46.830 N, 1.668–1.743 E).
python3 - "$work/partners.csv" "$rows" <<'PY'
import random, sys
random.seed(1)
with open(sys.argv[1], "w") as out:
    out.write("id,nom,categorie,lat,lon\n")
    for i in range(int(sys.argv[2])):
        # 500 names over and over, as a national list repeats "Mairie" or "CCAS".
        out.write(f"{i},Structure {i % 500},association,{random.uniform(46.770, 46.830):.6f},{random.uniform(1.668, 1.743):.6f}\n")
PY
python3 - "$work/long-line.csv" "$line_mb" <<'PY'
import sys
with open(sys.argv[1], "w") as out:
    out.write("id,nom,lat,lon\n1," + "x" * (int(sys.argv[2]) << 20) + ",46.80,1.70\n2,Mairie,46.80,1.70\n")
PY

failed=0
# measure NAME COMMAND...: one line of figures; a kill (exit > 1) fails the script.
measure() {
    local name=$1
    shift
    local status=0
    /usr/bin/time -v -o "$work/time.txt" "$@" >"$work/out.txt" 2>&1 || status=$?
    local rss seconds message
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")
    seconds=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time.txt")
    message=$(grep -m1 "alentour: " "$work/out.txt" | cut -c1-150 || true)
    printf '%-34s exit %d  %8s  peak %6d MB  %s\n' "$name" "$status" "$seconds" "$((rss / 1024))" "$message"
    if [ "$status" -gt 1 ]; then failed=1; cat "$work/out.txt" | tail -5; fi
}

echo "== limits (alentour $bin)"
measure "rank, $rows partner rows" "$bin" rank --graph "$work/demo.alentour" --space 46.800425,1.697544 \
    --partners "$work/partners.csv" -o "$work/ranked.csv" --quiet
measure "times --to-file, $rows points" "$bin" times --graph "$work/demo.alentour" --mode walk --from 46.800425,1.697544 \
    --to-file "$work/partners.csv" --snap-radius 5000 -o "$work/times.csv" --quiet
measure "rank, a ${line_mb} MB line" "$bin" rank --graph "$work/demo.alentour" --space 46.800425,1.697544 \
    --partners "$work/long-line.csv" -o "$work/ranked-line.csv" --quiet
measure "times --to-file, a ${line_mb} MB line" "$bin" times --graph "$work/demo.alentour" --mode walk --from 46.800425,1.697544 \
    --to-file "$work/long-line.csv" --snap-radius 5000 -o "$work/times-line.csv" --quiet
measure "catchment car ${car_minutes} min ($(basename "$region_osm"))" "$bin" catchment --graph "$work/region.alentour" --mode car \
    --from "$space" --minutes "$((car_minutes / 4)),$((car_minutes / 2)),$car_minutes" -o "$work/car.geojson" --quiet
exit $failed
