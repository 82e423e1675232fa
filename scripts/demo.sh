#!/usr/bin/env bash
# The main job on the embedded demo town: build its networks, then `alentour map` for its
# mediation space and its partner list, which writes every map into one folder.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/packages.sh
ensure_packages $BUILD_PACKAGES

cmake -S . -B build-demo -G Ninja -DCMAKE_BUILD_TYPE=Release -DALENTOUR_BUILD_TESTS=OFF -DALENTOUR_BUILD_BENCH=OFF >/dev/null
cmake --build build-demo --target alentour_cli
bash scripts/run_demo.sh build-demo/tools/alentour/alentour build-demo/demo
echo
cat build-demo/demo/carte/LISEZMOI.txt
echo
echo "The maps are in $(pwd)/build-demo/demo/carte:"
ls build-demo/demo/carte

# Who lives within reach: the space's walking bands counted against the demo town's
# population layer, then both spaces together (coverage).
space=$(tr -d '\n' < data/espace.json | sed -n 's/.*"lat": *\([0-9.-]*\).*"lon": *\([0-9.-]*\).*/\1,\2/p')
echo
echo "People within reach of the space on foot:"
build-demo/tools/alentour/alentour catchment --graph build-demo/demo/villeneuve.alentour --mode walk --from "$space" \
    --minutes 10,20,30 --population data/population.csv -o build-demo/demo/zones.geojson --overwrite
echo
echo "Both spaces (data/espaces.csv), each person counted once, by the nearest:"
build-demo/tools/alentour/alentour coverage --graph build-demo/demo/villeneuve.alentour --mode walk --spaces data/espaces.csv \
    --minutes 10,20,30 --population data/population.csv -o build-demo/demo/couverture.geojson --overwrite

# Where to leave flyers: pharmacies, mairies, libraries… within 15 minutes on foot.
echo
echo "Flyer places within 15 minutes on foot:"
build-demo/tools/alentour/alentour places build-demo/demo/villeneuve.alentour --at "$space" --minutes 15 --mode walk \
    -o build-demo/demo/lieux.csv --overwrite
head -6 build-demo/demo/lieux.csv
# A partner list with addresses and no positions, placed offline from the town's own
# Base Adresse Nationale file (data/adresses-demo.csv).
echo
echo "Partners placed from their addresses (data/partenaires-adresses.csv):"
build-demo/tools/alentour/alentour geocode-index data/adresses-demo.csv -o build-demo/demo/adresses.alentour-ban --overwrite
build-demo/tools/alentour/alentour geocode data/partenaires-adresses.csv --index build-demo/demo/adresses.alentour-ban \
    -o build-demo/demo/partenaires-places.csv --overwrite
# By tram and bus (the town's own timetable, data/demo-gtfs): the bands of who can be at
# the space by 9:00 on a Tuesday, and the partners ranked by that time (the median of
# the arrivals from 8:00 to 9:00).
echo
echo "By public transport, arriving by 9:00 on Tuesday 10 March 2026:"
build-demo/tools/alentour/alentour map --graph build-demo/demo/villeneuve.alentour --space "$space" \
    --space-name "Espace numérique de Villeneuve-sur-Lieu" --partners data/partenaires.csv --mode transit --mode walk \
    --gtfs data/demo-gtfs --date 2026-03-10 --arrive 09:00 --minutes 10,20,30 -o build-demo/demo/carte-transports --overwrite
head -4 build-demo/demo/carte-transports/partners.csv | cut -c1-240
# Going out to the partners: every one of them visited from the space by car, in
# half-days of 3 h 30 with 20 minutes at each (the order, the times, the routes, the PDF).
echo
echo "A tour of the partners by car from the space (tournee.csv, .geojson, .gpx, .pdf):"
build-demo/tools/alentour/alentour tour build-demo/demo/villeneuve.alentour data/partenaires.csv --space data/espace.json \
    --mode car --stop-minutes 20 --day 3h30 -o build-demo/demo/tournee --overwrite
