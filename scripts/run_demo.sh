#!/usr/bin/env bash
# The demo job itself, given the alentour tool and a folder: build the demo town's
# networks, then `alentour map` for its mediation space and partner list (with the flyer
# places layer). demo.sh runs it
# after building the tool; the map tests run it too, so the README's command is tested.
# Usage: run_demo.sh ALENTOUR OUTDIR
set -euo pipefail
alentour=$1
out=$2
data="$(cd "$(dirname "$0")/../data" && pwd)"
mkdir -p "$out"

"$alentour" build "$data/demo.osm" -o "$out/villeneuve.alentour" --overwrite
space=$(tr -d '\n' < "$data/espace.json" | sed -n 's/.*"lat": *\([0-9.-]*\).*"lon": *\([0-9.-]*\).*/\1,\2/p')
name=$(tr -d '\n' < "$data/espace.json" | sed -n 's/.*"name": *"\([^"]*\)".*/\1/p')
"$alentour" map --graph "$out/villeneuve.alentour" --space "$space" --space-name "$name" \
    --partners "$data/partenaires.csv" --mode walk --mode car --minutes 10,20,30 --places \
    -o "$out/carte" --overwrite
