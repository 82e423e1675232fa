#!/usr/bin/env bash
# Every test: a warnings-as-errors build with all tests, then the same tests again
# under AddressSanitizer + UndefinedBehaviorSanitizer. Both passes run the Python
# module's pytest (ctest's python_pytest, with Debian's /usr/bin/python3; under the
# sanitizers with their runtime preloaded, see bindings/python/tests/CMakeLists.txt).
# Last, each libFuzzer target runs for a short while (scripts/fuzz.sh; README, "Fuzzing").
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/packages.sh
ensure_packages $BUILD_PACKAGES $TEST_PACKAGES
jobs=$(nproc)

echo "== build with -Werror, run all tests"
cmake -S . -B build-test -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DALENTOUR_WERROR=ON >/dev/null
cmake --build build-test -j "$jobs"
ctest --test-dir build-test --output-on-failure -j "$jobs"

echo "== AddressSanitizer + UndefinedBehaviorSanitizer"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DALENTOUR_WERROR=ON -DALENTOUR_SANITIZE=ON \
      -DALENTOUR_BUILD_BENCH=OFF >/dev/null
cmake --build build-asan -j "$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir build-asan --output-on-failure -j "$jobs"
echo "== fuzz targets (libFuzzer, clang-14), ${ALENTOUR_FUZZ_SECONDS:-60} s each, two at a time"
bash scripts/fuzz.sh "${ALENTOUR_FUZZ_SECONDS:-60}"
echo "== all tests passed"
