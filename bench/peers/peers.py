"""Peers of alentour on the same graph and the same origins, each with its figure and
its ratio to alentour.

    peers.py --edges car.csv --origins origins.csv [--minutes 30] [--alentour-search-ms MS]
             [--region porto.alentour --osm porto.osm --isochrone-origins 5] [--summary FILE]

- one-to-all search: igraph's Dijkstra (`Graph.distances`, no cutoff in its API) and
  networkx's `single_source_dijkstra_path_length` with a cutoff, on the directed edges
  `alentour export-graph` wrote, from the node ids bench_search drew
  (`--car-origins-out`); the reached counts are printed so one sees the same search ran;
- isochrone polygons: osmnx's documented recipe (ego graph by travel time, then the
  buffered union of its nodes and edges) on osmnx's own graph of the same extract,
  against alentour's Python module on the same points, in this process.

A peer whose Debian package is missing is skipped with a line saying so. Figures are
medians over the origins, in milliseconds of wall time, one core.
"""

import argparse
import csv
import math
import statistics
import time


def median_ms(run, items):
    times = []
    results = []
    for item in items:
        start = time.perf_counter()
        results.append(run(item))
        times.append(1e3 * (time.perf_counter() - start))
    return statistics.median(times), results


def read_edges(path):
    with open(path, newline="", encoding="utf-8") as f:
        return [(int(r["from_node"]), int(r["to_node"]), float(r["seconds"])) for r in csv.DictReader(f)]


def read_origins(path):
    with open(path, newline="", encoding="utf-8") as f:
        return [(int(r["node"]), float(r["lat"]), float(r["lon"])) for r in csv.DictReader(f)]


class Report:
    def __init__(self, summary_path):
        self.summary_path = summary_path
        self.lines = []

    def figure(self, key, label, ms, alentour_ms, reached=None):
        ratio = f"; {ms / alentour_ms:.1f}x alentour's {alentour_ms:.2f} ms" if alentour_ms else ""
        count = f", {statistics.median(reached):,.0f} nodes reached (median)".replace(",", " ") if reached else ""
        print(f"{label}: median {ms:.2f} ms{count}{ratio}", flush=True)
        self.lines.append(f"{key} {ms:.4f}")

    def save(self):
        if self.summary_path:
            with open(self.summary_path, "a", encoding="utf-8") as f:
                f.writelines(line + "\n" for line in self.lines)


def igraph_search(edges, origins, cutoff, alentour_ms, report):
    try:
        import igraph
    except ImportError:
        print("igraph: skipped (Debian package python3-igraph missing)")
        return
    nodes = 1 + max(max(a, b) for a, b, _ in edges)
    graph = igraph.Graph(n=nodes, edges=[(a, b) for a, b, _ in edges], directed=True)
    graph.es["seconds"] = [s for _, _, s in edges]
    ms, rows = median_ms(lambda o: graph.distances(source=[o], weights="seconds", mode="out")[0], origins)
    reached = [sum(1 for d in row if d <= cutoff) for row in rows]
    report.figure("peer_ms.igraph", f"igraph {igraph.__version__} Dijkstra, one to all", ms, alentour_ms, reached)


def networkx_search(edges, origins, cutoff, alentour_ms, report):
    try:
        import networkx
    except ImportError:
        print("networkx: skipped (Debian package python3-networkx missing)")
        return
    graph = networkx.DiGraph()
    for a, b, s in edges:
        # parallel edges between two junctions: a search only ever takes the faster
        if not graph.has_edge(a, b) or graph[a][b]["seconds"] > s:
            graph.add_edge(a, b, seconds=s)
    run = lambda o: networkx.single_source_dijkstra_path_length(graph, o, cutoff=cutoff, weight="seconds")
    ms, rows = median_ms(run, origins)
    report.figure("peer_ms.networkx", f"networkx {networkx.__version__} single_source_dijkstra, cutoff {cutoff:.0f} s", ms,
                  alentour_ms, [len(r) for r in rows])


NOT_DRIVEN = {"footway", "path", "pedestrian", "steps", "cycleway", "bridleway", "track", "corridor", "elevator",
              "platform", "proposed", "construction", "abandoned", "raceway", "busway", "bus_guideway"}


def drivable(highway):
    """osmnx's `drive` filter in short: graph_from_xml keeps every way, a car does not."""
    values = highway if isinstance(highway, list) else [highway]
    return all(v is not None and v not in NOT_DRIVEN for v in values)


def nearest_node(graph, lat, lon):
    """osmnx's nearest_nodes wants scikit-learn on an unprojected graph: a plain scan will do."""
    scale = math.cos(math.radians(lat))
    return min(graph.nodes(data=True), key=lambda n: ((n[1]["x"] - lon) * scale) ** 2 + (n[1]["y"] - lat) ** 2)[0]


def osmnx_isochrone(graph, center, seconds, ox, shapely):
    """The recipe of osmnx's isochrone example: nodes buffered 50 m, edges 25 m, unioned."""
    import networkx
    sub = networkx.ego_graph(graph, center, radius=seconds, distance="travel_time")
    points = [shapely.geometry.Point(d["x"], d["y"]).buffer(50) for _, d in sub.nodes(data=True)]
    lines = []
    for a, b, data in sub.edges(data=True):
        straight = shapely.geometry.LineString([(sub.nodes[a]["x"], sub.nodes[a]["y"]), (sub.nodes[b]["x"], sub.nodes[b]["y"])])
        lines.append(data.get("geometry", straight).buffer(25))
    return shapely.ops.unary_union(points + lines)


def isochrones(args, origins, report):
    try:
        import osmnx as ox
        import shapely.geometry
        import shapely.ops
    except ImportError:
        print("osmnx: skipped (Debian package python3-osmnx missing)")
        return
    import alentour
    seconds = 60.0 * args.minutes
    start = time.perf_counter()
    graph = ox.graph_from_xml(args.osm, simplify=True)
    graph.remove_edges_from([(a, b, k) for a, b, k, d in graph.edges(keys=True, data=True) if not drivable(d.get("highway"))])
    graph = ox.utils_graph.get_largest_component(graph, strongly=False)
    # highway types without a speed in the extract take 30 km/h, as no maxspeed tag says otherwise
    graph = ox.add_edge_travel_times(ox.add_edge_speeds(graph, fallback=30))
    projected = ox.project_graph(graph)
    print(f"osmnx {ox.__version__}: graph of {graph.number_of_nodes()} nodes read, timed and projected in "
          f"{time.perf_counter() - start:.1f} s (not counted below)", flush=True)
    points = origins[: args.isochrone_origins]
    centers = [nearest_node(graph, lat, lon) for _, lat, lon in points]
    osmnx_ms, polygons = median_ms(lambda c: osmnx_isochrone(projected, c, seconds, ox, shapely), centers)
    region = alentour.Region.load(args.region)
    bands = lambda p: region.catchment("car", [(p[1], p[2])], minutes=[args.minutes])
    alentour_ms, _ = median_ms(bands, points)
    area = statistics.median(p.area for p in polygons) / 1e6
    print(f"alentour catchment, car {args.minutes:g} min, one band, same points: median {alentour_ms:.1f} ms")
    report.figure("peer_ms.osmnx_isochrone", f"osmnx ego graph + buffered union (median {area:.1f} km2)", osmnx_ms, alentour_ms)
    report.lines.append(f"peer_ms.alentour_catchment {alentour_ms:.4f}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--edges", required=True)
    parser.add_argument("--origins", required=True)
    parser.add_argument("--minutes", type=float, default=30.0)
    parser.add_argument("--alentour-search-ms", type=float, default=0.0)
    parser.add_argument("--region")
    parser.add_argument("--osm")
    parser.add_argument("--isochrone-origins", type=int, default=5)
    parser.add_argument("--summary")
    args = parser.parse_args()
    report = Report(args.summary)
    edges = read_edges(args.edges)
    origins = read_origins(args.origins)
    nodes = [node for node, _, _ in origins]
    print(f"{len(edges)} directed edges, {len(origins)} origins", flush=True)
    igraph_search(edges, nodes, 60.0 * args.minutes, args.alentour_search_ms, report)
    networkx_search(edges, nodes, 60.0 * args.minutes, args.alentour_search_ms, report)
    if args.region and args.osm:
        isochrones(args, origins, report)
    report.save()


if __name__ == "__main__":
    main()
