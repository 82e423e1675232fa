#!/usr/bin/python3
"""Python module figures: the overhead of one call from Python against the same library
call looped in C++, and the batch's throughput on 1 and 2 threads.

    PYTHONPATH=build-test/bindings/python /usr/bin/python3 bench/bench_python.py [--places 1000]

Origins: a regular grid over central Porto (only 4 places of the national mediation list
fall inside any of the shared extracts), 30-minute walk catchments with 10/20/30-minute
bands. Prints figures only; asserts nothing.
"""

import argparse
import os
import pathlib
import statistics
import tempfile
import time

import alentour

DATA = pathlib.Path(__file__).resolve().parents[1].parent / "shared" / "data"
PORTO = DATA / "r5" / "porto_portugal.osm.pbf"
MINUTES = [10, 20, 30]


def grid(count):
    """`count` points on a grid over central Porto, as a CSV of id, lat, lon."""
    side = int(count ** 0.5) + 1
    rows = []
    for i in range(count):
        lat = 41.140 + 0.030 * (i // side) / side
        lon = -8.640 + 0.060 * (i % side) / side
        rows.append(f"{i + 1},{lat:.6f},{lon:.6f}")
    return "id,lat,lon\n" + "\n".join(rows) + "\n", [(float(r.split(",")[1]), float(r.split(",")[2])) for r in rows]


def timed(function):
    start = time.perf_counter()
    result = function()
    return time.perf_counter() - start, result


def overhead(region, places_file, points, count, rounds):
    """Per catchment: `count` Region.catchment calls from Python against one batch_rows
    call that loops compute_catchment in C++ on one thread over the same origins. The two
    alternate in short rounds and the median of the rounds' ratios counts: on a shared
    machine, long runs drift by ±10 % with the neighbours' load."""
    region.catchment("walk", points[0], MINUTES)  # builds the snapping index outside the timing

    def from_python():
        for point in points[:count]:
            region.catchment("walk", point, MINUTES)

    ratios, per_cpp, per_python = [], [], []
    for _ in range(rounds):
        in_cpp, _ = timed(lambda: alentour.batch_rows(region, places_file, minutes=MINUTES, threads=1))
        in_python, _ = timed(from_python)
        ratios.append(in_python / in_cpp)
        per_cpp.append(in_cpp / count)
        per_python.append(in_python / count)
    median = statistics.median
    print(f"  {count} origins × {rounds} rounds: C++ loop {median(per_cpp) * 1e3:.2f} ms per catchment, Python calls "
          f"{median(per_python) * 1e3:.2f} ms; overhead, median of the rounds {100 * (median(ratios) - 1):+.1f} % "
          f"(rounds from {100 * (min(ratios) - 1):+.1f} to {100 * (max(ratios) - 1):+.1f} %)")


def throughput(region, places_file, count):
    rates = {}
    for threads in (1, 2):
        seconds, (bands, missing) = timed(lambda: alentour.batch_rows(region, places_file, minutes=MINUTES, threads=threads))
        rates[threads] = (count - len(missing)) / seconds
        print(f"  {threads} thread(s): {count - len(missing)} catchments in {seconds:.2f} s = {rates[threads]:.1f} per second")
    print(f"  speed-up on 2 threads: {rates[2] / rates[1]:.2f}x")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--places", type=int, default=1000, help="origins in the batch (default 1000)")
    parser.add_argument("--overhead-places", type=int, default=40, help="origins per overhead round (default 40)")
    parser.add_argument("--rounds", type=int, default=9, help="overhead rounds (default 9)")
    args = parser.parse_args()
    if not PORTO.exists():
        print(f"bench_python: skipped, {PORTO} is missing")
        return
    print(f"load average before the run: {' '.join(f'{v:.2f}' for v in os.getloadavg())} on {os.cpu_count()} cores")
    region = alentour.Region.build(PORTO, modes=["walk"])
    with tempfile.TemporaryDirectory() as folder:
        small = pathlib.Path(folder) / "overhead.csv"
        text, points = grid(args.overhead_places)
        small.write_text(text)
        print("## Python overhead per call (walk, 10/20/30 min)")
        overhead(region, small, points, args.overhead_places, args.rounds)
        batch = pathlib.Path(folder) / "batch.csv"
        batch.write_text(grid(args.places)[0])
        print(f"## batch throughput, {args.places} walk catchments (10/20/30 min)")
        throughput(region, batch, args.places)


if __name__ == "__main__":
    main()
