#!/usr/bin/env bash
# The main job on the embedded demo town: build its walk, bike and car networks, then
# print the walking and driving times from its mediation space to its partner structures.
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
space=$(sed -n 's/.*"lat": *\([0-9.-]*\).*"lon": *\([0-9.-]*\).*/\1,\2/p' data/espace.json | head -n 1)
if [ -z "$space" ]; then
    space=$(tr -d '\n' < data/espace.json | sed -n 's/.*"lat": *\([0-9.-]*\).*"lon": *\([0-9.-]*\).*/\1,\2/p')
fi
for mode in walk car; do
    # People come to the space: times from each partner to it (--reverse).
    "$alentour" times --graph "$out/villeneuve.alentour" --mode "$mode" --from "$space" \
        --to-file data/partenaires.csv --reverse -o "$out/temps_$mode.csv" --overwrite
done
echo
echo "Travel times from each partner structure to the mediation space at $space:"
echo
# Join the two tables with the partners' names (a name may be quoted and hold commas),
# nearest on foot first.
sed -n '2,$ s/^\([^,]*\),\("\([^"]*\)"\|\([^,]*\)\),.*/\1\t\3\4/p' data/partenaires.csv | sort -t$'\t' -k1,1 > "$out/names.tsv"
table() { tail -n +2 "$1" | cut -d, -f1,3 | tr , '\t' | sort -t$'\t' -k1,1; }
join -t$'\t' <(table "$out/temps_walk.csv") <(table "$out/temps_car.csv") | join -t$'\t' - "$out/names.tsv" \
    | sort -t$'\t' -k2,2n | awk -F'\t' 'BEGIN { printf "%9s %9s  %s\n", "on foot", "by car", "partner" }
                                       { printf "%5s min %5s min  %s\n", $2, $3, $4 }'
echo
echo "Full tables: $out/temps_walk.csv, $out/temps_car.csv"
