#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz, clang-14 with ASan + UBSan, in build-fuzz)
# and runs each for SECONDS (default 60) on a copy of its seed corpus, FUZZ_JOBS at a
# time (default 2). Prints per target the executions, executions per second, the
# CPU-minutes it was given and the coverage reached (cov: edges, ft: features). A crash leaves its input in
# build-fuzz/crashes/<target>/ and makes the script fail; once fixed, copy the input
# into tests/fuzz/regressions/<target>/, where test_fuzz_inputs replays it in every build.
#   bash scripts/fuzz.sh 30            # 30 s per target
#   FUZZ_TARGETS="cache gtfs" bash scripts/fuzz.sh 600
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
jobs=${FUZZ_JOBS:-2}
build=${FUZZ_BUILD_DIR:-build-fuzz}
source scripts/packages.sh
ensure_packages $BUILD_PACKAGES $FUZZ_PACKAGES

# -O1 with line tables, as OSS-Fuzz builds: quicker to compile, and asserts stay on.
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" \
      -DCMAKE_CXX_COMPILER=clang++-14 -DALENTOUR_FUZZ=ON -DALENTOUR_WERROR=ON -DALENTOUR_BUILD_TESTS=OFF \
      -DALENTOUR_BUILD_BENCH=OFF -DALENTOUR_BUILD_PYTHON=OFF "${launcher[@]}" >/dev/null
cmake --build "$build" -j "$(nproc)" --target fuzz_targets

targets=${FUZZ_TARGETS:-$(sed -n 's/^set(ALENTOUR_FUZZ_TARGETS \(.*\))$/\1/p' tests/fuzz/bodies.cmake)}
run_one() {
    local target=$1 work="$build/corpus/$1" crashes="$build/crashes/$1/" log="$build/logs/$1.log"
    mkdir -p "$work" "$crashes" "$(dirname "$log")"
    # detect_leaks: GDAL keeps its drivers and caches for the process's life.
    # /usr/bin/time: the CPU seconds the target was given, on a machine shared or not.
    if ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        /usr/bin/time -f '%U %S' -o "$log.cpu" "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 \
            -artifact_prefix="$crashes" "$work" "tests/fuzz/corpus/$target" >"$log" 2>&1; then
        status=ok
    else
        local found
        found=$(ls -t "$crashes" | head -1)
        status="FAILED: ${found:+crash $crashes$found, }log $log"
    fi
    local execs per_second coverage cpu
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    cpu=$(tail -1 "$log.cpu" | awk '{ printf "%.1f", ($1 + $2) / 60 }')
    per_second=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    coverage=$(grep -o 'cov: [0-9]* ft: [0-9]*' "$log" | tail -1 || true)
    printf '%-14s %10s execs %7s exec/s %5s CPU-min  %-22s corpus %5s  %s\n' "$target" "${execs:-?}" "${per_second:-?}" "${cpu:-?}" \
        "${coverage:-?}" "$(ls "$work" | wc -l)" "$status"
}

echo "== fuzzing each target for $seconds s, $jobs at a time (logs in $build/logs)"
pids=()
for target in $targets; do
    run_one "$target" > "$build/logs.$target.line" &
    pids+=($!)
    while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do sleep 1; done
done
wait
failed=0
for target in $targets; do
    cat "$build/logs.$target.line"
    grep -q FAILED "$build/logs.$target.line" && failed=1
    rm -f "$build/logs.$target.line"
done
exit $failed
