#!/usr/bin/env bash
# The main job on the embedded demo town: build its networks, then `alentour map` for its
# mediation space and its partner list, which writes every map into one folder.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/packages.sh
ensure_packages $BUILD_PACKAGES

cmake -S . -B build-demo -G Ninja -DCMAKE_BUILD_TYPE=Release -DALENTOUR_BUILD_TESTS=OFF -DALENTOUR_BUILD_BENCH=OFF >/dev/null
cmake --build build-demo --target alentour_cli
alentour=build-demo/tools/alentour/alentour
out=build-demo/demo
mkdir -p "$out"

"$alentour" build data/demo.osm -o "$out/villeneuve.alentour" --overwrite
space=$(tr -d '\n' < data/espace.json | sed -n 's/.*"lat": *\([0-9.-]*\).*"lon": *\([0-9.-]*\).*/\1,\2/p')
name=$(tr -d '\n' < data/espace.json | sed -n 's/.*"name": *"\([^"]*\)".*/\1/p')
"$alentour" map --graph "$out/villeneuve.alentour" --space "$space" --space-name "$name" \
    --partners data/partenaires.csv --mode walk --mode car --minutes 10,20,30 \
    -o "$out/carte" --overwrite
echo
cat "$out/carte/LISEZMOI.txt"
