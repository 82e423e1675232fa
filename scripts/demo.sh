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
