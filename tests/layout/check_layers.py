"""The imports run downhill: an area of lib/ includes only headers of its own floor or
below (README, "How it is built"). Prints every include that climbs, exits 1 if any."""

import pathlib
import re
import sys

# floor of each area, and the public headers each area owns; `map_content.hpp` holds the
# plain values the drawn outputs share, and sits below them
FLOORS = {"core": 0, "geometry": 1, "network": 1, "cache": 2, "routing": 3, "geocode": 3, "catchment": 4,
          "partners": 4, "places": 4, "content": 4, "transit": 5, "io": 5, "population": 5, "poster": 5, "web": 5, "batch": 5, "map": 6,
          "tour": 6}
PUBLIC = {
    "error": "core", "geo": "core", "output_file": "core", "progress": "core",
    "network": "network", "graph": "network", "profile": "network", "cache": "cache",
    "snap": "routing", "search": "routing", "radix_queue": "routing", "times": "routing",
    "catchment": "catchment", "partners": "partners", "partners_rank": "partners",
    "points": "io", "graph_export": "io", "geocode_table": "io", "map_content": "content",
    "poster": "poster", "web_page": "web", "umap": "web", "map": "map", "batch": "batch",
    "transit": "transit", "population": "population", "coverage": "population", "geocode": "geocode", "tour": "tour",
    "places": "network", "places_reach": "places",
}
INCLUDE = re.compile(r'#include [<"]([a-z_]+)/([a-z_/]+)\.hpp[>"]')


def owner(prefix, name):
    if prefix == "alentour":
        return PUBLIC.get(name, "unknown public header " + name)
    return prefix if prefix in FLOORS else None


def climbing(root):
    for path in sorted((root / "lib").rglob("*.[ch]pp")):
        area = path.relative_to(root / "lib").parts[0]
        if area not in FLOORS:
            continue  # reported as an area with no floor
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            match = INCLUDE.match(line)
            if not match:
                continue
            target = owner(*match.groups())
            if target is None or target == area:
                continue
            if target not in FLOORS:
                yield f"{path}:{number}: {target}"
            elif FLOORS[target] >= FLOORS[area]:
                yield f"{path}:{number}: {area} (floor {FLOORS[area]}) includes {match.group(0)[10:-1]} of {target} (floor {FLOORS[target]})"


def main():
    root = pathlib.Path(sys.argv[1])
    unknown = sorted({p.name for p in (root / "lib").iterdir() if p.is_dir()} - FLOORS.keys())
    problems = [f"lib/{a}: an area with no floor; add it to FLOORS" for a in unknown] + list(climbing(root))
    for problem in problems:
        print(problem)
    print(f"{len(problems)} include(s) climbing" if problems else "every include runs downhill")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
