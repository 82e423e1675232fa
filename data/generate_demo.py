#!/usr/bin/env python3
"""Generate alentour's demo region: the fictional town of Villeneuve-sur-Lieu.

Writes, next to this script:

* ``demo.osm``        an OpenStreetMap XML file (API 0.6 layout) of a small made-up town
                      in central France, about 3 km x 3 km, centred near 46.80 N 1.70 E,
                      with the rural roads and villages around it up to ~3.3 km;
* ``partenaires.csv`` about sixty made-up partner structures (CCAS, departmental social
                      services, France Travail, associations...) placed beside its streets;
* ``espace.json``     the digital mediation space whose catchment the demo computes.

Everything is invented here, from a seeded random generator: no byte comes from
OpenStreetMap or any other real data set, and the names are generic French street and
structure names. The town merely sits where a rural area of France would be, so that
distances, speeds and the map look right.

The town is built to exercise the routing and catchment code:

* a jittered street grid cut by a river (``Le Lieu``) that only two bridges cross: a road
  bridge on the main avenue and a footbridge; so the two banks are far apart by car
  detours but close on foot near the footbridge;
* every kind of way the network builder must sort out: main roads with urban and rural
  speed limits, zone 30, living streets, one-way streets (also reversed and with
  contraflow for bicycles), footways, sidewalks, crossings, steps, a pedestrian square,
  a cycleway, paths, tracks, private and forbidden roads, a street under construction,
  a roundabout and a motorway with its link roads, which walkers may not use;
* a park crossed by footpaths, and a large meadow without any way inside it, which a
  walking catchment must show as a hole.

The output is deterministic: running the script twice gives byte-identical files.
Run it with ``python3 data/generate_demo.py`` (standard library only, no arguments).
"""

from __future__ import annotations

import csv
import json
import math
import random
from pathlib import Path
from xml.sax.saxutils import escape

OUT_DIR = Path(__file__).resolve().parent
SEED = 42

# Local metric frame: x metres east, y metres north of the town centre. An
# equirectangular projection is exact enough over a few kilometres.
CENTRE_LAT = 46.80
CENTRE_LON = 1.70
M_PER_DEG_LAT = 111_132.954
M_PER_DEG_LON = 111_319.491 * math.cos(math.radians(CENTRE_LAT))

REGION_HALF = 3300.0   # rural roads, the river and the motorway run this far (m)
TOWN_RADIUS = 1600.0   # the built-up area is a rounded square of this "radius"

# Horizontal offsets from the river's centre line. The river is drawn as a function
# x = river_x(y), so offsets along x keep every feature on its own bank.
RIVER_HALF_WIDTH = 15.0
BRIDGE_END = 22.0       # bridge ends stand just outside the water
CYCLEWAY_OFFSET = 35.0  # the riverside cycleway runs on the east bank
QUAI_WEST = -60.0
QUAI_EAST = 70.0

ROWS = 17      # east-west streets, shared by both banks
W_COLS = 9     # north-south streets on the west bank
E_COLS = 6     # north-south streets on the east bank
AVENUE_ROW = 8         # the main avenue, which crosses the river on the road bridge
FOOTBRIDGE_ROW = 11    # the street pair joined by the footbridge
NATIONALE_COL = 4      # west-bank north-south main road (secondary)
SAINT_AMAND_COL = 2    # east-bank north-south main road (tertiary)

# Special blocks, as (bank, first col, last col, first row, last row) of the
# intersections on their outline.
SQUARE = ("W", 7, 8, 8, 9)
MAIRIE_BLOCK = ("W", 7, 8, 9, 10)
PARK = ("W", 5, 7, 9, 11)
MEADOW = ("E", 2, 5, 4, 7)
STEPS_BLOCK = ("W", 1, 2, 12, 13)
PRIVATE_BLOCK = ("W", 2, 3, 14, 15)
PROTECTED_BLOCKS = (SQUARE, MAIRIE_BLOCK, PARK, MEADOW, STEPS_BLOCK, PRIVATE_BLOCK)

SAINT_AUBIN = (-1230.0, 2720.0)
CHEZELLES = (1350.0, -2680.0)
CROIX_BLANCHE = (2600.0, 120.0)

TOWN = "Villeneuve-sur-Lieu"

W_ROW_NAMES = [
    "Rue des Vignes", "Rue du Stade", "Rue Jules Ferry", "Rue Jean Moulin",
    "Rue Anatole France", "Rue de Verdun", "Rue Gambetta", "Rue Pasteur",
    "Avenue de la République", "Rue de l'Hôtel de Ville", "Rue Victor Hugo",
    "Rue du Moulin", "Rue Émile Zola", "Rue Voltaire", "Rue des Tilleuls",
    "Rue de la Fontaine", "Rue des Prés",
]
E_ROW_NAMES = [
    "Rue des Peupliers", "Rue Marcel Pagnol", "Rue Louise Michel", "Rue Simone Veil",
    "Rue Pierre et Marie Curie", "Rue Paul Bert", "Rue Condorcet", "Rue Jean Zay",
    "Avenue de la République", "Rue George Sand", "Rue Aristide Briand",
    "Rue des Lavandières", "Rue Lamartine", "Rue Molière", "Rue des Cerisiers",
    "Rue Maurice Ravel", "Rue des Acacias",
]
W_COL_NAMES = [
    "Rue des Jardins", "Rue de la Liberté", "Rue Charles Péguy", "Rue Alphonse Daudet",
    "Rue Nationale", "Rue des Écoles", "Rue de l'Église", "Rue du Marché",
    "Rue du Château",
]
E_COL_NAMES = [
    "Rue de la Gare", "Rue Gustave Eiffel", "Rue de Saint-Amand",
    "Rue Olympe de Gouges", "Rue Claude Debussy", "Rue du 8 Mai 1945",
]
QUAI_NAMES = {"W": "Quai des Tanneurs", "E": "Quai de la Tannerie"}


# --------------------------------------------------------------------------- geometry

def to_lat_lon(x: float, y: float) -> tuple[float, float]:
    return CENTRE_LAT + y / M_PER_DEG_LAT, CENTRE_LON + x / M_PER_DEG_LON


def lerp(a, b, t):
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def dist(a, b) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1])


def unit(a, b):
    d = dist(a, b)
    return ((b[0] - a[0]) / d, (b[1] - a[1]) / d)


def left_normal(a, b):
    ux, uy = unit(a, b)
    return (-uy, ux)


def add(p, v, k=1.0):
    return (p[0] + v[0] * k, p[1] + v[1] * k)


def in_town(x: float, y: float) -> bool:
    # A superellipse: a square town with rounded corners looks less artificial.
    return (abs(x) / TOWN_RADIUS) ** 4 + (abs(y) / TOWN_RADIUS) ** 4 <= 1.0


def point_in_polygon(p, ring) -> bool:
    x, y = p
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def irregular_positions(rng: random.Random, start: float, end: float, count: int) -> list[float]:
    """Positions from start to end whose gaps vary by +-20 %, like a grown street plan."""
    gaps = [rng.uniform(0.8, 1.2) for _ in range(count - 1)]
    scale = (end - start) / sum(gaps)
    positions = [start]
    for g in gaps:
        positions.append(positions[-1] + g * scale)
    positions[-1] = end
    return positions


# The river's centre line, sampled every 50 m; river_x interpolates the samples so that
# every offset from it (banks, quays, bridge ends) uses exactly the line that is written.
RIVER_STEP = 50.0
RIVER_YS = [-REGION_HALF + RIVER_STEP * k for k in range(int(2 * REGION_HALF / RIVER_STEP) + 1)]
RIVER_XS = [300.0 + 90.0 * math.sin(y / 480.0) + 20.0 * math.sin(y / 150.0 + 1.0) for y in RIVER_YS]


def river_x(y: float) -> float:
    k = int((y - RIVER_YS[0]) // RIVER_STEP)
    k = max(0, min(len(RIVER_YS) - 2, k))
    t = (y - RIVER_YS[k]) / RIVER_STEP
    return RIVER_XS[k] + (RIVER_XS[k + 1] - RIVER_XS[k]) * t


# --------------------------------------------------------------------------- OSM model

class OsmData:
    """Nodes and ways in creation order; ids are 1-based positions, so they are stable."""

    def __init__(self) -> None:
        self.nodes: list[list] = []   # [x, y, tags]
        self.ways: list[tuple[list[int], dict]] = []

    def node(self, p, tags: dict | None = None) -> int:
        self.nodes.append([p[0], p[1], dict(tags or {})])
        return len(self.nodes)

    def tag_node(self, nid: int, tags: dict) -> None:
        self.nodes[nid - 1][2].update(tags)

    def xy(self, nid: int):
        n = self.nodes[nid - 1]
        return (n[0], n[1])

    def way(self, refs: list[int], tags: dict) -> int:
        assert len(refs) >= 2, tags
        assert all(refs[k] != refs[k + 1] for k in range(len(refs) - 1)), tags
        self.ways.append((list(refs), dict(tags)))
        return len(self.ways)

    def chain(self, rng: random.Random, a: int, b: int, spacing: float, wobble: float,
              min_inner: int = 0) -> list[int]:
        """Refs from a to b with intermediate nodes every ~spacing m, nudged sideways
        by up to wobble m so that streets are not ruler-straight."""
        pa, pb = self.xy(a), self.xy(b)
        count = max(min_inner, round(dist(pa, pb) / spacing) - 1)
        normal = left_normal(pa, pb)
        refs = [a]
        for k in range(1, count + 1):
            p = lerp(pa, pb, k / (count + 1))
            refs.append(self.node(add(p, normal, rng.uniform(-wobble, wobble))))
        refs.append(b)
        return refs

    def polyline(self, rng: random.Random, points, spacing: float, wobble: float,
                 start: int | None = None, end: int | None = None) -> list[int]:
        """Refs along a list of points (the first/last may be given as existing nodes)."""
        refs = [start if start is not None else self.node(points[0])]
        for k in range(1, len(points)):
            last = k == len(points) - 1
            target = end if (last and end is not None) else self.node(points[k])
            refs.extend(self.chain(rng, refs[-1], target, spacing, wobble)[1:])
        return refs

    def emit_chain(self, pieces: list[tuple[list[int], dict]]) -> list[int]:
        """Turns consecutive pieces (node lists sharing their end nodes) into ways,
        merging neighbours whose tags are equal. '_reverse' in the tags writes the way
        backwards (for one-way streets whose traffic runs against the build order)."""
        way_ids = []
        current_refs: list[int] = []
        current_tags: dict | None = None

        def flush():
            if current_tags is None:
                return
            tags = dict(current_tags)
            refs = current_refs[::-1] if tags.pop("_reverse", False) else current_refs
            way_ids.append(self.way(refs, tags))

        for refs, tags in pieces:
            if current_tags == tags and current_refs[-1] == refs[0]:
                current_refs.extend(refs[1:])
            else:
                flush()
                current_refs, current_tags = list(refs), dict(tags)
        flush()
        return way_ids


def osm_xml(data: OsmData) -> str:
    lats, lons = [], []
    for x, y, _ in data.nodes:
        lat, lon = to_lat_lon(x, y)
        lats.append(lat)
        lons.append(lon)

    def attr(v) -> str:
        return escape(str(v), {'"': "&quot;"})

    def tag_lines(tags: dict) -> list[str]:
        return [f'    <tag k="{attr(k)}" v="{attr(tags[k])}"/>' for k in sorted(tags)]

    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<osm version="0.6" generator="alentour generate_demo.py">',
           f'  <bounds minlat="{min(lats):.7f}" minlon="{min(lons):.7f}" '
           f'maxlat="{max(lats):.7f}" maxlon="{max(lons):.7f}"/>']
    for nid, ((_, _, tags), lat, lon) in enumerate(zip(data.nodes, lats, lons), start=1):
        head = f'  <node id="{nid}" version="1" lat="{lat:.7f}" lon="{lon:.7f}"'
        if tags:
            out.append(head + ">")
            out.extend(tag_lines(tags))
            out.append("  </node>")
        else:
            out.append(head + "/>")
    for wid, (refs, tags) in enumerate(data.ways, start=1):
        out.append(f'  <way id="{wid}" version="1">')
        out.extend(f'    <nd ref="{r}"/>' for r in refs)
        out.extend(tag_lines(tags))
        out.append("  </way>")
    out.append("</osm>")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- the town

class Town:
    """Builds the town step by step; later steps look up what earlier ones made."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.osm = OsmData()
        self.station: dict[tuple, int] = {}      # ("X", bank, i, j) / ("Q", bank, j) -> node
        self.edge_refs: dict[tuple, list[int]] = {}  # (line, k) -> refs of a kept grid edge
        self.way_ids: dict[str, list[int]] = {}  # feature name -> way ids, for the report
        self.landmarks: dict[str, object] = {}
        self.polygons: dict[str, list] = {}      # name -> ring of points, for checks

    # ---- helpers
    def X(self, bank, i, j):
        return self.station.get(("X", bank, i, j))

    def Q(self, bank, j):
        return self.station[("Q", bank, j)]

    def xy(self, nid):
        return self.osm.xy(nid)

    def remember(self, key: str, ids) -> None:
        self.way_ids.setdefault(key, []).extend(ids if isinstance(ids, list) else [ids])

    # ---- 1. the river
    def build_river(self) -> None:
        osm = self.osm
        centre = [osm.node((x, y)) for x, y in zip(RIVER_XS, RIVER_YS)]
        # The river flows north, like most rivers of the region; ways point downstream.
        self.remember("river", osm.way(centre, {"waterway": "river", "name": "Le Lieu"}))
        west = [osm.node((x - RIVER_HALF_WIDTH, y)) for x, y in zip(RIVER_XS, RIVER_YS)]
        east = [osm.node((x + RIVER_HALF_WIDTH, y)) for x, y in zip(RIVER_XS, RIVER_YS)]
        ring = west + east[::-1]
        self.remember("riverbank", osm.way(ring + [ring[0]], {
            "natural": "water", "water": "river", "name": "Le Lieu"}))
        self.polygons["water"] = [self.xy(n) for n in ring]

    # ---- 2. the street grid
    def build_grid_nodes(self) -> None:
        rng, osm = self.rng, self.osm
        self.rows_y = irregular_positions(rng, -1500.0, 1500.0, ROWS)
        cols = {"W": irregular_positions(rng, -1500.0, -60.0, W_COLS),
                "E": irregular_positions(rng, 560.0, 1460.0, E_COLS)}
        removed = set()
        for bank, i0, i1, j0, j1 in (PARK, MEADOW):
            for i in range(i0 + 1, i1):
                for j in range(j0 + 1, j1):
                    removed.add((bank, i, j))
        for bank in ("W", "E"):
            for i, x in enumerate(cols[bank]):
                for j, y in enumerate(self.rows_y):
                    if not in_town(x, y) or (bank, i, j) in removed:
                        continue
                    p = (x + rng.uniform(-12, 12), y + rng.uniform(-12, 12))
                    self.station[("X", bank, i, j)] = osm.node(p)
        # Quays follow the river at a fixed offset, one node per cross street.
        for j, y0 in enumerate(self.rows_y):
            for bank, offset in (("W", QUAI_WEST), ("E", QUAI_EAST)):
                y = y0 + rng.uniform(-10, 10)
                self.station[("Q", bank, j)] = osm.node((river_x(y) + offset, y))

    def lines(self):
        """Every street line of the grid as (line key, ordered station keys)."""
        for bank in ("W", "E"):
            for j in range(ROWS):
                xs = [("X", bank, i, j) for i in range(W_COLS if bank == "W" else E_COLS)]
                stations = xs + [("Q", "W", j)] if bank == "W" else [("Q", "E", j)] + xs
                yield ("EW", bank, j), stations
            for i in range(W_COLS if bank == "W" else E_COLS):
                yield ("NS", bank, i), [("X", bank, i, j) for j in range(ROWS)]
            yield ("QUAI", bank), [("Q", bank, j) for j in range(ROWS)]

    def base_tags(self, line) -> dict:
        kind, bank = line[0], line[1]
        if kind == "QUAI":
            return {"highway": "residential", "name": QUAI_NAMES[bank], "maxspeed": "30"}
        if kind == "EW":
            j = line[2]
            name = (W_ROW_NAMES if bank == "W" else E_ROW_NAMES)[j]
            if j == AVENUE_ROW:
                return {"highway": "tertiary", "name": name, "maxspeed": "50"}
            return {"highway": "residential", "name": name}
        i = line[2]
        name = (W_COL_NAMES if bank == "W" else E_COL_NAMES)[i]
        if bank == "W" and i == NATIONALE_COL:
            return {"highway": "secondary", "name": name, "ref": "D 918", "maxspeed": "FR:urban"}
        if bank == "E" and i == SAINT_AMAND_COL:
            return {"highway": "tertiary", "name": name, "ref": "D 71",
                    "maxspeed": "50", "maxspeed:type": "FR:urban"}
        return {"highway": "residential", "name": name}

    # Hand-placed variations: (line, edge index k) -> extra tags. Edge k joins the
    # k-th and (k+1)-th stations of the line (west to east, south to north; the east
    # bank's cross streets start at the quay, so their k is one more than the column).
    def special_tags(self) -> dict:
        s: dict[tuple, dict] = {}

        def put(line, ks, tags):
            for k in ks:
                s.setdefault((line, k), {}).update(tags)

        put(("NS", "W", 7), [8], {"highway": "living_street"})           # beside the square
        put(("EW", "W", 10), [7], {"highway": "living_street"})          # behind the mairie
        put(("EW", "E", 9), [1], {"highway": "living_street"})
        put(("EW", "W", 9), [7], {"motor_vehicle": "no"})                # in front of the mairie
        put(("EW", "W", 6), range(4, 9), {"oneway": "yes"})
        put(("EW", "W", 7), range(5, 8), {"oneway": "-1"})
        put(("EW", "W", 12), range(3, 8), {"oneway": "yes", "cycleway": "opposite"})
        put(("NS", "W", 8), range(3, 7), {"oneway": "yes", "oneway:bicycle": "no"})
        put(("EW", "E", 10), range(0, 6), {"oneway": "yes", "_reverse": True})
        put(("NS", "E", 4), range(9, 13), {"oneway": "yes", "_reverse": True})
        put(("EW", "E", 13), [4], {"access": "no"})
        return s

    def edge_tags(self, line, k, a_key, b_key, specials) -> dict:
        tags = self.base_tags(line)
        extra = specials.get((line, k), {})
        tags.update(extra)
        if tags["highway"] == "residential" and line[0] != "QUAI" and "maxspeed" not in tags:
            mid = lerp(self.xy(self.station[a_key]), self.xy(self.station[b_key]), 0.5)
            if line[1] == "W" and dist(mid, self.landmarks["square_centre"]) < 500:
                tags.update({"maxspeed": "30", "zone:maxspeed": "FR:30"})
            elif line[1] == "E" and dist(mid, self.landmarks["footbridge_centre"]) < 380:
                tags["maxspeed"] = "FR:zone30"
        if tags["highway"] == "living_street":
            tags.pop("maxspeed", None)
            tags.pop("zone:maxspeed", None)
        return tags

    def protected(self, a_key, b_key) -> bool:
        if a_key[0] == "Q" or b_key[0] == "Q":
            return True
        for bank, i0, i1, j0, j1 in PROTECTED_BLOCKS:
            if all(key[1] == bank and i0 <= key[2] <= i1 and j0 <= key[3] <= j1
                   for key in (a_key, b_key)):
                return True
        return False

    def build_grid_edges(self) -> None:
        rng = self.rng
        # Landmarks used by the zone-30 rule.
        sq = [self.xy(self.X("W", i, j)) for i, j in ((7, 8), (8, 8), (8, 9), (7, 9))]
        self.landmarks["square_centre"] = (sum(p[0] for p in sq) / 4, sum(p[1] for p in sq) / 4)
        yf = self.xy(self.Q("W", FOOTBRIDGE_ROW))[1]
        self.landmarks["footbridge_centre"] = (river_x(yf), yf)

        specials = self.special_tags()
        edges = []   # (line, k, a_key, b_key, tags)
        for line, stations in self.lines():
            for k in range(len(stations) - 1):
                a_key, b_key = stations[k], stations[k + 1]
                if a_key in self.station and b_key in self.station:
                    edges.append((line, k, a_key, b_key,
                                  self.edge_tags(line, k, a_key, b_key, specials)))

        # Drop a few ordinary street segments so the grid has T-junctions and missing
        # links, but never leave a dead end: both ends must keep three streets.
        degree: dict[tuple, int] = {}
        for _, _, a, b, _ in edges:
            degree[a] = degree.get(a, 0) + 1
            degree[b] = degree.get(b, 0) + 1
        kept = []
        for line, k, a, b, tags in edges:
            plain = tags["highway"] == "residential" and not (set(tags) - {
                "highway", "name", "maxspeed", "zone:maxspeed"})
            if (plain and not self.protected(a, b) and line[0] != "QUAI"
                    and rng.random() < 0.08 and degree[a] > 3 and degree[b] > 3):
                degree[a] -= 1
                degree[b] -= 1
                continue
            kept.append((line, k, a, b, tags))
        self.grid_edges = kept

        for line, k, a, b, tags in kept:
            self.edge_refs[(line, k)] = self.osm.chain(
                rng, self.station[a], self.station[b], spacing=65.0, wobble=2.5,
                min_inner=1)  # later features hang on an edge's first inner node

    def edge_pieces(self, line) -> list[list[tuple[list[int], dict]]]:
        """The kept edges of one line, as runs of contiguous pieces."""
        runs, run, last_k = [], [], None
        for ln, k, a, b, tags in self.grid_edges:
            if ln != line:
                continue
            if last_k is not None and k != last_k + 1:
                runs.append(run)
                run = []
            run.append((self.edge_refs[(ln, k)], tags))
            last_k = k
        if run:
            runs.append(run)
        return runs

    def emit_grid_ways(self) -> None:
        # The avenue is written with its bridge and its country ends (build_avenue).
        for line, _ in self.lines():
            if line[0] == "EW" and line[2] == AVENUE_ROW:
                continue
            for run in self.edge_pieces(line):
                self.remember("streets", self.osm.emit_chain(run))

    # ---- 3. roundabout, motorway and country roads on the west side
    def build_west_approaches(self) -> None:
        rng, osm = self.rng, self.osm
        west_end = self.X("W", 0, AVENUE_ROW)
        cy = self.xy(west_end)[1]
        centre = (-1700.0, cy)
        radius = 22.0
        # 16 nodes counter-clockwise: traffic in France goes round anticlockwise and an
        # OSM roundabout is drawn in its direction of travel.
        ring = [osm.node((centre[0] + radius * math.cos(math.radians(22.5 * k)),
                          centre[1] + radius * math.sin(math.radians(22.5 * k))))
                for k in range(16)]
        # Arms: avenue east, Route de Vierzon north, Route de Limoges south; the exit
        # link from the motorway arrives south-west and the entry link leaves north-west,
        # so that neither link crosses the country roads.
        east, north, north_west, south_west, south = ring[0], ring[4], ring[7], ring[9], ring[12]
        self.remember("roundabout", osm.way(ring + [ring[0]], {
            "highway": "primary", "junction": "roundabout"}))
        self.landmarks["roundabout"] = ring

        self.avenue_west_refs = osm.chain(rng, east, west_end, 65.0, 1.0)

        def wiggle(y):
            return -1850.0 + 30.0 * math.sin(y / 700.0)

        south_pts = [self.xy(south), (wiggle(-600), -600.0)] + [
            (wiggle(y), y) for y in range(-1000, -3301, -400)] + [(wiggle(-REGION_HALF), -REGION_HALF)]
        self.primary = osm.polyline(rng, south_pts, 100.0, 2.0, start=south)
        self.remember("primary", osm.way(self.primary, {
            "highway": "primary", "name": "Route de Limoges", "ref": "D 940",
            "maxspeed": "FR:rural"}))

        north_pts = [self.xy(north), (wiggle(600), 600.0)] + [
            (wiggle(y), y) for y in range(1000, 3301, 400)] + [(wiggle(REGION_HALF), REGION_HALF)]
        self.vierzon = osm.polyline(rng, north_pts, 100.0, 2.0, start=north)
        self.remember("route_de_vierzon", osm.way(self.vierzon, {
            "highway": "tertiary", "name": "Route de Vierzon", "ref": "D 65",
            "maxspeed": "80", "maxspeed:type": "FR:rural"}))

        # The motorway: two one-way carriageways along the west edge, with a
        # half-interchange (exit and entry of the northbound side) onto the roundabout,
        # which needs no bridge over the other carriageway.
        def axis(y):
            return -2400.0 + 40.0 * math.sin(y / 1500.0)

        ys = [-REGION_HALF + 100.0 * k for k in range(int(2 * REGION_HALF / 100) + 1)]
        northbound = [osm.node((axis(y) + 15.0, y)) for y in ys]
        southbound = [osm.node((axis(y) - 15.0, y)) for y in reversed(ys)]
        motorway = {"highway": "motorway", "ref": "A 71", "maxspeed": "130",
                    "oneway": "yes", "lanes": "2"}
        self.remember("motorway", osm.way(northbound, motorway))
        self.remember("motorway", osm.way(southbound, motorway))
        diverge = northbound[ys.index(-700.0)]
        merge = northbound[ys.index(700.0)]
        osm.tag_node(diverge, {"highway": "motorway_junction", "ref": "13", "name": TOWN})

        def bezier(p0, p1, p2, count):
            return [((1 - t) ** 2 * p0[0] + 2 * t * (1 - t) * p1[0] + t * t * p2[0],
                     (1 - t) ** 2 * p0[1] + 2 * t * (1 - t) * p1[1] + t * t * p2[1])
                    for t in (k / (count + 1) for k in range(1, count + 1))]

        link = {"highway": "motorway_link", "oneway": "yes", "maxspeed": "90"}
        exit_pts = bezier(self.xy(diverge), (-2300.0, cy - 40.0), self.xy(south_west), 9)
        self.remember("motorway_link", osm.way(
            [diverge] + [osm.node(p) for p in exit_pts] + [south_west], link))
        entry_pts = bezier(self.xy(north_west), (-2300.0, cy + 40.0), self.xy(merge), 9)
        self.remember("motorway_link", osm.way(
            [north_west] + [osm.node(p) for p in entry_pts] + [merge], link))
        self.landmarks["motorway_junction"] = diverge

    # ---- 4. the river crossings and the avenue
    def build_crossings(self) -> None:
        rng, osm = self.rng, self.osm
        qw, qe = self.Q("W", AVENUE_ROW), self.Q("E", AVENUE_ROW)
        y = (self.xy(qw)[1] + self.xy(qe)[1]) / 2
        bw = osm.node((river_x(y) - BRIDGE_END, y))
        be = osm.node((river_x(y) + BRIDGE_END, y))
        self.road_bridge_cycle = osm.node((river_x(y) + CYCLEWAY_OFFSET, y))
        self.road_bridge_ends = (bw, be)

        qw2, qe2 = self.Q("W", FOOTBRIDGE_ROW), self.Q("E", FOOTBRIDGE_ROW)
        y2 = (self.xy(qw2)[1] + self.xy(qe2)[1]) / 2
        fw = osm.node((river_x(y2) - BRIDGE_END, y2))
        fe = osm.node((river_x(y2) + BRIDGE_END, y2))
        self.footbridge_cycle = osm.node((river_x(y2) + CYCLEWAY_OFFSET, y2))
        self.footbridge_ends = (fw, fe)

        avenue = {"highway": "tertiary", "name": "Avenue de la République", "maxspeed": "50"}
        bridge = dict(avenue, bridge="yes", layer="1", **{"bridge:name": "Pont Neuf"})
        pieces = [(self.avenue_west_refs, avenue)]
        for run in self.edge_pieces(("EW", "W", AVENUE_ROW)):
            pieces.extend(run)
        pieces += [([qw, bw], avenue), ([bw, be], bridge),
                   ([be, self.road_bridge_cycle, qe], avenue)]
        for run in self.edge_pieces(("EW", "E", AVENUE_ROW)):
            pieces.extend(run)
        east_end = self.X("E", E_COLS - 1, AVENUE_ROW)
        sancoins_pts = [self.xy(east_end), (2200.0, 60.0), (CROIX_BLANCHE[0], 100.0),
                        (REGION_HALF, 140.0)]
        self.sancoins = osm.polyline(rng, sancoins_pts, 100.0, 2.0, start=east_end)
        pieces.append((self.sancoins, {"highway": "tertiary", "name": "Route de Sancoins",
                                       "ref": "D 73", "maxspeed": "80",
                                       "maxspeed:type": "FR:rural"}))
        ids = osm.emit_chain(pieces)
        self.remember("avenue", ids)
        self.road_bridge_way = [w for w in ids if osm.ways[w - 1][1].get("bridge") == "yes"][0]

        foot = {"highway": "footway"}
        self.remember("footbridge_approach", osm.way([qw2, fw], foot))
        self.footbridge_way = osm.way([fw, fe], {
            "highway": "footway", "bridge": "yes", "layer": "1",
            "name": "Passerelle du Moulin"})
        self.remember("footbridge_approach", osm.way([fe, self.footbridge_cycle, qe2], foot))

    def build_cycleway(self) -> None:
        """The 'voie verte' along the east bank, from the north end of the quay through
        both bridge approaches and the south end of the quay, on to Chézelles."""
        rng, osm = self.rng, self.osm
        top, bottom = self.Q("E", ROWS - 1), self.Q("E", 0)
        y_top, y_bottom = self.xy(top)[1], self.xy(bottom)[1]
        crossings = [self.road_bridge_cycle, self.footbridge_cycle]
        stops = [(self.xy(n)[1], n) for n in crossings]
        y = y_top - 60.0
        while y > y_bottom + 30.0:
            # Leave room around the bridge approaches, which are nodes of their own.
            if all(abs(y - cy) > 20.0 for cy, _ in stops):
                stops.append((y, osm.node((river_x(y) + CYCLEWAY_OFFSET, y))))
            y -= 60.0
        refs = [top] + [n for _, n in sorted(stops, reverse=True)] + [bottom]
        tags = {"highway": "cycleway", "name": "Voie verte du Lieu",
                "foot": "designated", "segregated": "no", "surface": "asphalt"}
        self.remember("cycleway", osm.way(refs, tags))

        south = [bottom]
        y = y_bottom - 60.0
        while y > -2700.0 + 30.0:
            south.append(osm.node((river_x(y) + CYCLEWAY_OFFSET, y + rng.uniform(-3, 3))))
            y -= 60.0
        self.chezelles_west = osm.node((river_x(-2700.0) + CYCLEWAY_OFFSET, -2700.0))
        south.append(self.chezelles_west)
        self.remember("cycleway", osm.way(south, tags))

    # ---- 5. country roads on the east and north, villages and farms
    def nearest_on(self, refs: list[int], p) -> int:
        return min(refs, key=lambda n: dist(self.xy(n), p))

    def side_street(self, start: int, offset, name: str) -> None:
        """A short dead-end village street from an existing node."""
        p = self.xy(start)
        refs = self.osm.polyline(self.rng, [p, add(p, offset)], 60.0, 1.5, start=start)
        self.remember("hamlets", self.osm.way(refs, {"highway": "residential", "name": name}))

    def build_country(self) -> None:
        rng, osm = self.rng, self.osm
        nat_n, nat_s = self.X("W", NATIONALE_COL, ROWS - 1), self.X("W", NATIONALE_COL, 0)
        issoudun = {"highway": "secondary", "name": "Route d'Issoudun", "ref": "D 918",
                    "maxspeed": "FR:rural"}
        self.issoudun_n = osm.polyline(rng, [self.xy(nat_n), (-790.0, 2200.0), (-800.0, REGION_HALF)],
                                       100.0, 2.0, start=nat_n)
        self.remember("route_d_issoudun", osm.way(self.issoudun_n, issoudun))
        self.issoudun_s = osm.polyline(rng, [self.xy(nat_s), (-770.0, -2400.0), (-800.0, -REGION_HALF)],
                                       100.0, 2.0, start=nat_s)
        self.remember("route_d_issoudun", osm.way(self.issoudun_s, issoudun))

        sa_n, sa_s = self.X("E", SAINT_AMAND_COL, ROWS - 1), self.X("E", SAINT_AMAND_COL, 0)
        saint_amand = {"highway": "tertiary", "name": "Route de Saint-Amand", "ref": "D 71",
                       "maxspeed": "80", "maxspeed:type": "FR:rural"}
        self.saint_amand_n = osm.polyline(rng, [self.xy(sa_n), (950.0, 2400.0), (930.0, REGION_HALF)],
                                          100.0, 2.0, start=sa_n)
        self.remember("route_de_saint_amand", osm.way(self.saint_amand_n, saint_amand))
        self.saint_amand_s = osm.polyline(rng, [self.xy(sa_s), (880.0, -2300.0), (900.0, -REGION_HALF)],
                                          100.0, 2.0, start=sa_s)
        self.remember("route_de_saint_amand", osm.way(self.saint_amand_s, saint_amand))

        self.build_saint_aubin()
        self.build_chezelles()

        # La Croix-Blanche, a hamlet on the Route de Sancoins.
        self.side_street(self.nearest_on(self.sancoins, CROIX_BLANCHE), (20.0, -180.0),
                         "Impasse de la Croix-Blanche")
        osm.node((CROIX_BLANCHE[0] + 40, CROIX_BLANCHE[1] - 60),
                 {"place": "hamlet", "name": "La Croix-Blanche"})

        # Farm tracks at the edge of town: one reaches the Route de Limoges, one a farm.
        start = self.X("W", 0, 4)
        end = self.nearest_on(self.primary, (-1850.0, self.xy(start)[1]))
        self.remember("track", osm.way(osm.polyline(rng, [self.xy(start), self.xy(end)], 70.0, 4.0,
                                                    start=start, end=end),
                                       {"highway": "track", "tracktype": "grade2",
                                        "name": "Chemin des Vignes"}))
        start = self.X("E", E_COLS - 1, 10)
        farm = (2300.0, 700.0)
        self.remember("track", osm.way(osm.polyline(rng, [self.xy(start), (1900.0, 560.0), farm],
                                                    70.0, 4.0, start=start),
                                       {"highway": "track", "tracktype": "grade3",
                                        "name": "Chemin des Bordes"}))
        osm.node((farm[0] + 30, farm[1] + 25), {"place": "isolated_dwelling", "name": "Les Bordes"})

        # The towpath: a field path from the north end of the west quay along the
        # river, then across to the Route d'Issoudun.
        qn = self.Q("W", ROWS - 1)
        pts = [self.xy(qn)]
        y = self.xy(qn)[1] + 70.0
        while y < 2300.0:
            pts.append((river_x(y) - 45.0, y))
            y += 70.0
        pts += [(-200.0, 2380.0), (-600.0, 2440.0)]
        end = self.nearest_on(self.issoudun_n, (-790.0, 2450.0))
        self.remember("path", osm.way(osm.polyline(rng, pts + [self.xy(end)], 60.0, 1.5, start=qn, end=end),
                                      {"highway": "path", "name": "Chemin de halage",
                                       "surface": "compacted"}))

    def build_saint_aubin(self) -> None:
        rng, osm = self.rng, self.osm
        east = self.nearest_on(self.issoudun_n, (-790.0, 2700.0))
        west = self.nearest_on(self.vierzon, (-1850.0, 2700.0))
        a = osm.node((-1000.0, 2705.0))
        b = osm.node((-1450.0, 2712.0))
        route = {"highway": "unclassified", "name": "Route de Saint-Aubin"}
        grande = {"highway": "residential", "name": "Grande Rue", "maxspeed": "50"}
        pieces = [(osm.chain(rng, east, a, 80.0, 2.0), route),
                  (osm.polyline(rng, [self.xy(a), (-1230.0, 2725.0), self.xy(b)], 60.0, 1.5,
                                start=a, end=b), grande),
                  (osm.chain(rng, b, west, 80.0, 2.0), route)]
        ids = osm.emit_chain(pieces)
        self.remember("hamlets", ids)
        grande_refs = pieces[1][0]
        n1 = self.nearest_on(grande_refs, (-1200.0, 2725.0))
        n2 = self.nearest_on(grande_refs, (-1330.0, 2720.0))
        self.side_street(n1, (15.0, 240.0), "Rue de la Forge")
        self.side_street(n2, (-10.0, -200.0), "Rue du Lavoir")
        osm.node((SAINT_AUBIN[0] + 30, SAINT_AUBIN[1] + 40),
                 {"place": "village", "name": "Saint-Aubin-les-Prés"})

    def build_chezelles(self) -> None:
        rng, osm = self.rng, self.osm
        road = self.nearest_on(self.saint_amand_s, (890.0, -2700.0))
        pieces = [(osm.polyline(rng, [self.xy(self.chezelles_west), self.xy(road)], 80.0, 2.0,
                                start=self.chezelles_west, end=road),
                   {"highway": "unclassified", "name": "Chemin du Moulin"}),
                  (osm.polyline(rng, [self.xy(road), (1350.0, -2690.0), (1900.0, -2720.0)], 60.0, 1.5,
                                start=road),
                   {"highway": "residential", "name": "Rue Principale", "maxspeed": "50"})]
        self.remember("hamlets", osm.emit_chain(pieces))
        main = pieces[1][0]
        n1 = self.nearest_on(main, (1350.0, -2690.0))
        n2 = self.nearest_on(main, (1620.0, -2705.0))
        self.side_street(n1, (-10.0, 250.0), "Rue de la Mairie")
        self.side_street(n2, (5.0, -150.0), "Impasse des Saules")
        osm.node((CHEZELLES[0] + 20, CHEZELLES[1] + 40),
                 {"place": "village", "name": "Chézelles-sur-Lieu"})

    # ---- 6. square, park, meadow and the small pedestrian network
    def outline(self, block) -> list[int]:
        """Intersections around a block region, counter-clockwise from its south-west."""
        bank, i0, i1, j0, j1 = block
        ring = [(i, j0) for i in range(i0, i1 + 1)] + [(i1, j) for j in range(j0 + 1, j1 + 1)]
        ring += [(i, j1) for i in range(i1 - 1, i0 - 1, -1)] + [(i0, j) for j in range(j1 - 1, j0, -1)]
        return [self.X(bank, i, j) for i, j in ring]

    def inset_ring(self, stations: list[int], inset: float) -> list:
        pts = [self.xy(n) for n in stations]
        c = (sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts))
        return [add(p, unit(p, c), inset) for p in pts]

    def area(self, ring_pts, tags) -> tuple[int, list[int]]:
        refs = [self.osm.node(p) for p in ring_pts]
        return self.osm.way(refs + [refs[0]], tags), refs

    def build_square_and_park(self) -> None:
        rng, osm = self.rng, self.osm
        # The market square fills the southern third of its block, on the avenue; the
        # town hall stands behind it. Its corners are tied to the streets around it.
        def side_node(col):
            refs = self.edge_refs[(("NS", "W", col), AVENUE_ROW)]
            middle = lerp(self.xy(refs[0]), self.xy(refs[-1]), 0.5)
            return self.nearest_on(refs[1:-1], middle)

        corners = [self.X("W", 7, AVENUE_ROW), self.X("W", 8, AVENUE_ROW), side_node(8), side_node(7)]
        sw, se, ne, nw = (self.xy(n) for n in corners)
        # Keep 12 m of pavement between the square and each street beside it.
        ring = [add(add(sw, unit(sw, se), 12.0), unit(sw, nw), 12.0),
                add(add(se, unit(se, sw), 12.0), unit(se, ne), 12.0),
                add(ne, unit(ne, nw), 12.0),
                add(nw, unit(nw, ne), 12.0)]
        wid, refs = self.area(ring, {"highway": "pedestrian", "area": "yes",
                                     "name": "Place du Marché", "surface": "paving_stones"})
        self.remember("square", wid)
        self.polygons["square"] = ring
        for street_node, square_node in zip(corners, refs):
            self.remember("footways", osm.way([street_node, square_node], {"highway": "footway"}))

        park_outline = self.outline(PARK)
        ring = self.inset_ring(park_outline, 10.0)
        self.remember("park", self.area(ring, {"leisure": "park", "name": "Parc de la Mairie"})[0])
        self.polygons["park"] = ring
        pts = [self.xy(n) for n in park_outline]
        centre = osm.node((sum(p[0] for p in pts) / len(pts) + 3.0, sum(p[1] for p in pts) / len(pts) - 4.0))
        osm.node(add(self.xy(centre), (12.0, 9.0)), {"amenity": "fountain", "name": "Fontaine Saint-Martin"})
        park_paths = {"highway": "footway", "surface": "gravel"}
        for a, b in (((5, 9), (7, 11)), ((5, 11), (7, 9)), ((6, 9), (6, 11)), ((5, 10), (7, 10))):
            pa, pb = self.X("W", *a), self.X("W", *b)
            refs = osm.chain(rng, pa, centre, 50.0, 3.0) + osm.chain(rng, centre, pb, 50.0, 3.0)[1:]
            self.remember("park_paths", osm.way(refs, park_paths))

        ring = self.inset_ring(self.outline(MEADOW), 15.0)
        self.remember("meadow", self.area(ring, {"landuse": "meadow", "name": "Les Grands Prés"})[0])
        self.polygons["meadow"] = ring

        # The town hall: on the pedestrianised street north of the square's block,
        # its back on the square.
        north_side = self.edge_refs[(("EW", "W", 9), 7)]
        a, b = self.xy(north_side[0]), self.xy(north_side[-1])
        self.landmarks["mairie"] = add(lerp(a, b, 0.5), left_normal(a, b), -22.0)
        osm.node(self.landmarks["mairie"], {"amenity": "townhall", "name": f"Mairie de {TOWN}"})
        osm.node(add(self.landmarks["square_centre"], (-30.0, 25.0)),
                 {"place": "town", "name": TOWN, "population": "8420"})

    def build_footways(self) -> None:
        rng, osm = self.rng, self.osm
        # Sidewalks along two blocks of the avenue west of the square, joined by
        # zebra crossings through a node of the avenue itself.
        for k in (5, 6):
            refs = self.edge_refs[(("EW", "W", AVENUE_ROW), k)]
            a, b = self.xy(refs[0]), self.xy(refs[-1])
            d, n = unit(a, b), left_normal(a, b)
            sides = []
            for side in (1.0, -1.0):
                walk = [refs[0], osm.node(add(add(a, d, 10.0), n, 8.0 * side))]
                walk += [osm.node(add(self.xy(m), n, 8.0 * side)) for m in refs[1:-1]]
                walk += [osm.node(add(add(b, d, -10.0), n, 8.0 * side)), refs[-1]]
                self.remember("sidewalks", osm.way(walk, {"highway": "footway", "footway": "sidewalk"}))
                sides.append(walk)
            middle = refs[1]
            osm.tag_node(middle, {"highway": "crossing", "crossing": "uncontrolled",
                                  "crossing:markings": "zebra"})
            self.remember("crossings", osm.way([sides[0][2], middle, sides[1][2]], {
                "highway": "footway", "footway": "crossing", "crossing": "uncontrolled"}))

        osm.tag_node(self.X("W", NATIONALE_COL, AVENUE_ROW), {"highway": "traffic_signals"})
        osm.tag_node(self.X("E", SAINT_AMAND_COL, AVENUE_ROW), {"highway": "traffic_signals"})

        # Steps climbing from the Rue Émile Zola to the Rue Voltaire through a block.
        bottom = self.edge_refs[(("EW", "W", 12), 1)][1]
        top = self.edge_refs[(("EW", "W", 13), 1)][1]
        pb, pt = self.xy(bottom), self.xy(top)
        s1, s2 = osm.node(lerp(pb, pt, 0.42)), osm.node(lerp(pb, pt, 0.56))
        self.remember("footways", osm.way(osm.chain(rng, bottom, s1, 40.0, 2.0), {"highway": "footway"}))
        self.steps_way = osm.way([s1, s2], {"highway": "steps", "step_count": "32", "incline": "up",
                                            "handrail": "yes", "name": "Escalier du Calvaire"})
        self.remember("footways", osm.way(osm.chain(rng, s2, top, 40.0, 2.0), {"highway": "footway"}))

    def build_service_roads(self) -> None:
        rng, osm = self.rng, self.osm

        def stub(block, depth, tags):
            bank, i0, _, j0, _ = block
            k = i0 if bank == "W" else i0 + 1
            refs = self.edge_refs.get((("EW", bank, j0), k))
            if refs is None:
                return None
            base = refs[1]
            a, b = self.xy(refs[0]), self.xy(refs[-1])
            end = osm.node(add(self.xy(base), left_normal(a, b), depth))
            return osm.way(osm.chain(rng, base, end, 35.0, 1.5), tags)

        self.private_way = stub(PRIVATE_BLOCK, 80.0, {
            "highway": "service", "service": "driveway", "access": "private",
            "name": "Résidence les Tilleuls"})
        assert self.private_way is not None

        # Alleys in ordinary blocks, chosen at random among the complete ones.
        candidates = []
        for bank, ncols in (("W", W_COLS), ("E", E_COLS)):
            for i in range(ncols - 1):
                for j in range(ROWS - 1):
                    corners = [(i, j), (i + 1, j), (i + 1, j + 1), (i, j + 1)]
                    if any(self.X(bank, a, b) is None for a, b in corners):
                        continue
                    if any(blk[0] == bank and blk[1] <= i < blk[2] and blk[3] <= j < blk[4]
                           for blk in PROTECTED_BLOCKS):
                        continue
                    candidates.append((bank, i, i + 1, j, j + 1))
        for n, block in enumerate(rng.sample(candidates, 16)):
            service = "alley" if n % 3 else "driveway"
            wid = stub(block, rng.uniform(40.0, 75.0), {"highway": "service", "service": service})
            if wid is not None:
                self.remember("service", wid)

        # A new street still being built: mapped, but not yet a road.
        start = self.X("E", E_COLS - 1, 9)
        refs = osm.polyline(rng, [self.xy(start), add(self.xy(start), (160.0, 12.0))], 55.0, 1.0,
                            start=start)
        self.construction_way = osm.way(refs, {"highway": "construction", "construction": "residential",
                                               "name": "Rue des Hortensias"})

    def build_bus_stops(self) -> None:
        def beside(edge, side, name):
            refs = self.edge_refs[edge]
            a, b = self.xy(refs[0]), self.xy(refs[-1])
            self.osm.node(add(lerp(a, b, 0.5), left_normal(a, b), 7.0 * side),
                          {"highway": "bus_stop", "public_transport": "platform", "bus": "yes",
                           "name": name})

        beside((("EW", "W", AVENUE_ROW), 6), -1, "Place du Marché")
        beside((("EW", "E", AVENUE_ROW), 0), 1, "Pont Neuf")
        beside((("NS", "E", 0), 12), 1, "Rue de la Gare")
        beside((("NS", "W", NATIONALE_COL), 4), 1, "Collège")

    def build(self) -> OsmData:
        self.build_river()
        self.build_grid_nodes()
        self.build_grid_edges()
        self.emit_grid_ways()
        self.build_west_approaches()
        self.build_crossings()
        self.build_cycleway()
        self.build_country()
        self.build_square_and_park()
        self.build_footways()
        self.build_service_roads()
        self.build_bus_stops()
        return self.osm


# --------------------------------------------------------------------------- partners

# (name, category, where, people referred last quarter or None when not counted)
PARTNERS = [
    ("CCAS de Villeneuve-sur-Lieu", "CCAS", "centre", 42),
    ("Mairie de Villeneuve-sur-Lieu", "mairie", "mairie", 18),
    ("France Services Villeneuve-sur-Lieu", "France Services", "centre", 35),
    ("Maison départementale des solidarités de Villeneuve-sur-Lieu",
     "services sociaux départementaux", "ouest", 51),
    ("Maison départementale des solidarités, antenne du Val de Lieu",
     "services sociaux départementaux", "est", 23),
    ("France Travail Villeneuve-sur-Lieu", "France Travail", "est", 38),
    ("Mission Locale du Val de Lieu", "Mission Locale", "centre", 27),
    ("Mission Locale, permanence de Saint-Aubin", "Mission Locale", "saint-aubin", 4),
    ("CAF, point d'accueil de Villeneuve-sur-Lieu", "CAF", "ouest", 12),
    ("CPAM, accueil de Villeneuve-sur-Lieu", "CPAM", "est", 9),
    ("MSA, permanence de Villeneuve-sur-Lieu", "MSA", "ouest", None),
    ("CIAS du Val de Lieu", "CIAS", "est", 16),
    ("Mairie de Saint-Aubin-les-Prés", "mairie", "saint-aubin", 6),
    ("Mairie de Chézelles-sur-Lieu", "mairie", "chezelles", 3),
    ("CCAS de Chézelles-sur-Lieu", "CCAS", "chezelles", 2),
    ("Secours Populaire, comité de Villeneuve-sur-Lieu", "association caritative", "ouest", 22),
    ("Secours Catholique, équipe locale", "association caritative", "centre", 14),
    ("Les Restos du Cœur de Villeneuve-sur-Lieu", "aide alimentaire", "est", 31),
    ("France Terre d'Asile, CADA du Val de Lieu", "accueil des demandeurs d'asile", "est", 19),
    ("Emmaüs, communauté du Val de Lieu", "association d'insertion", "rural-est", 7),
    ("Centre social La Passerelle", "centre social", "est", 29),
    ("Centre social des Prés", "centre social", "ouest", 17),
    ("Médiathèque Louise Michel", "médiathèque", "centre", 11),
    ("Bibliothèque de Chézelles-sur-Lieu", "bibliothèque", "chezelles", None),
    ("CHRS Le Relais", "CHRS", "ouest", 13),
    ("Épicerie sociale Le Panier du Lieu", "épicerie sociale", "est", 20),
    ("Maison de quartier de la Tannerie", "maison de quartier", "est", 8),
    ("Point Information Jeunesse", "information jeunesse", "centre", 10),
    ("CIDFF, permanence juridique", "accès au droit", "centre", 5),
    ("Point-justice de Villeneuve-sur-Lieu", "accès au droit", "ouest", 6),
    ("UDAF, service des tutelles", "protection juridique des majeurs", "ouest", 12),
    ("Croix-Rouge française, unité locale", "association caritative", "est", 9),
    ("Cap emploi, permanence de Villeneuve-sur-Lieu", "insertion professionnelle", "est", 3),
    ("ESAT Les Ateliers du Lieu", "établissement médico-social", "croix-blanche", 4),
    ("EHPAD Les Tilleuls", "EHPAD", "ouest", None),
    ("Résidence autonomie Les Glycines", "résidence autonomie", "est", 5),
    ("Foyer de jeunes travailleurs du Val de Lieu", "FJT", "est", 8),
    ("Centre de PMI", "PMI", "ouest", 7),
    ("Centre médico-psychologique", "santé mentale", "est", None),
    ("Centre hospitalier, service social", "service social hospitalier", "ouest", 15),
    ("Lycée professionnel Gustave Eiffel", "établissement scolaire", "est", 2),
    ("Collège George Sand", "établissement scolaire", "ouest", 4),
    ("GRETA du Val de Lieu", "formation", "est", 6),
    ("Conseiller numérique, mairie de Saint-Aubin-les-Prés", "médiation numérique", "saint-aubin", None),
    ("Espace public numérique de Chézelles-sur-Lieu", "médiation numérique", "chezelles", 1),
    ("Tiers-lieu La Fabrique", "tiers-lieu", "ouest", 3),
    ("Lieu Habitat, agence de proximité", "bailleur social", "est", 11),
    ("Lire et Écrire en Val de Lieu", "alphabétisation / FLE", "centre", 16),
    ("ADIL, permanence logement", "logement", "centre", None),
    ("Régie de quartier des Prés", "insertion par l'activité économique", "ouest", 9),
    ("Les Jardins du Lieu, chantier d'insertion", "insertion par l'activité économique", "rural-ouest", 5),
    ("Agence postale communale de Saint-Aubin-les-Prés", "La Poste", "saint-aubin", None),
    ("SPIP, antenne de Villeneuve-sur-Lieu", "justice", "ouest", 4),
    ("ADMR du Val de Lieu", "aide à domicile", "chezelles", 6),
    ("Secours Populaire, antenne de Chézelles", "association caritative", "chezelles", 3),
    ("Familles Rurales de Saint-Aubin-les-Prés", "association familiale", "saint-aubin", 2),
    ("Maison des associations", "association", "est", None),
    ("Club des aînés du Val de Lieu", "association seniors", "ouest", 1),
    ("Solidarité Réfugiés Val de Lieu", "accueil des demandeurs d'asile", "ouest", 8),
    ("Accueil de jour Le Phare", "accueil de jour", "est", 14),
    ("Relais petite enfance", "petite enfance", "ouest", 2),
    ("Banque alimentaire, entrepôt du Val de Lieu", "aide alimentaire", "rural-ouest", None),
]

COMMUNE_OF_ZONE = {"saint-aubin": "Saint-Aubin-les-Prés", "chezelles": "Chézelles-sur-Lieu"}
STREET_HIGHWAYS = {"primary", "secondary", "tertiary", "unclassified", "residential", "living_street"}


def zone_of(town: Town, p) -> str:
    if in_town(*p):
        if dist(p, town.landmarks["square_centre"]) < 450.0:
            return "centre"
        return "ouest" if p[0] < river_x(p[1]) else "est"
    for name, place, radius in (("saint-aubin", SAINT_AUBIN, 450.0), ("chezelles", CHEZELLES, 550.0),
                                ("croix-blanche", CROIX_BLANCHE, 300.0)):
        if dist(p, place) < radius:
            return name
    return "rural-ouest" if p[0] < river_x(p[1]) else "rural-est"


def street_segments(town: Town) -> dict[str, list]:
    """Named street segments long enough to hold a building, grouped by zone, each with
    the point that house numbers count from."""
    osm = town.osm
    by_zone: dict[str, list] = {}
    street_origin: dict[str, tuple] = {}
    for refs, tags in osm.ways:
        if tags.get("highway") not in STREET_HIGHWAYS or "name" not in tags or "bridge" in tags:
            continue
        if tags.get("junction") == "roundabout":
            continue
        name = tags["name"]
        # Country roads use metric numbering from where they leave town; streets count
        # from their first end, whichever way holds it.
        if name.startswith(("Route ", "Chemin ")):
            origin = osm.xy(refs[0])
        else:
            origin = street_origin.setdefault(name, osm.xy(refs[0]))
        for a, b in zip(refs, refs[1:]):
            pa, pb = osm.xy(a), osm.xy(b)
            if dist(pa, pb) >= 25.0:
                by_zone.setdefault(zone_of(town, lerp(pa, pb, 0.5)), []).append((name, pa, pb, origin))
    return by_zone


def house_number(street: str, distance: float, left: bool, rng: random.Random) -> str:
    """Odd numbers on the left, even on the right, as in French towns."""
    if street.startswith(("Route ", "Chemin ")):
        n = max(1, int(distance))
    else:
        n = 1 + 2 * int(distance / 22.0)
    n = n | 1 if left else (n + 1) & ~1
    return f"{n} bis" if rng.random() < 0.05 else str(n)


MAX_REACH = 3200.0   # partners lie within this distance of the mediation space (m)


def acceptable_site(town: Town, p, placed) -> bool:
    if abs(p[0] - river_x(p[1])) < 40.0:            # keep out of the river and its banks
        return False
    if dist(p, espace_location(town)) > MAX_REACH:
        return False
    for name in ("park", "meadow", "square", "water"):
        if point_in_polygon(p, town.polygons[name]):
            return False
    return all(dist(p, q) > 30.0 for q in placed)


def place_partners(town: Town, rng: random.Random) -> list[dict]:
    """Each partner stands 10-30 m off a street of its zone, like a building's door."""
    segments = street_segments(town)
    rows, placed = [], []
    for number, (name, category, zone, referred) in enumerate(PARTNERS, start=1):
        if zone == "mairie":
            p, street, house = town.landmarks["mairie"], "Place du Marché", "2"
        else:
            for _ in range(200):
                street, a, b, origin = rng.choice(segments[zone])
                side = rng.choice((-1.0, 1.0))
                door = lerp(a, b, rng.uniform(0.2, 0.8))
                p = add(door, left_normal(a, b), side * rng.uniform(10.0, 30.0))
                if acceptable_site(town, p, placed):
                    break
            else:
                raise RuntimeError(f"no site for {name}")
            house = house_number(street, dist(origin, door), side > 0, rng)
        placed.append(p)
        lat, lon = to_lat_lon(*p)
        rows.append({"id": number, "nom": name, "categorie": short_category(category), "type": category,
                     "adresse": f"{house} {street}", "commune": COMMUNE_OF_ZONE.get(zone, TOWN),
                     "lat": f"{lat:.6f}", "lon": f"{lon:.6f}",
                     "orientations": "" if referred is None else str(referred)})
    return rows


# The short list alentour ranks by (its category table's ids); the CSV keeps the
# structure's own kind in `type`.
SHORT_CATEGORY = {
    "CCAS": "ccas", "CIAS": "ccas", "services sociaux départementaux": "departement", "PMI": "departement",
    "France Travail": "france_travail", "Mission Locale": "mission_locale", "CAF": "caf_cpam", "CPAM": "caf_cpam",
    "MSA": "caf_cpam", "mairie": "mairie", "France Services": "france_services", "médiation numérique": "mediation_numerique",
    "médiathèque": "mediation_numerique", "bibliothèque": "mediation_numerique", "tiers-lieu": "mediation_numerique",
}
PUBLIC_KINDS = ("établissement", "EHPAD", "La Poste", "résidence", "santé", "formation", "FJT", "CHRS")


def short_category(kind: str) -> str:
    if kind in SHORT_CATEGORY:
        return SHORT_CATEGORY[kind]
    return "autre" if kind.startswith(PUBLIC_KINDS) else "association"


# Two rows with the mistakes real lists have, for the data checks to report: a
# structure whose latitude and longitude were swapped, and one outside the region.
def faulty_partners(first_id: int, espace) -> list[dict]:
    lat, lon = espace
    return [
        {"id": first_id, "nom": "Lire et Écrire en Val de Lieu", "categorie": "association", "type": "alphabétisation / FLE",
         "adresse": "12 Rue des Écoles", "commune": TOWN, "lat": f"{lon + 0.004:.6f}", "lon": f"{lat + 0.002:.6f}",
         "orientations": "2"},
        {"id": first_id + 1, "nom": "Agence France Travail de Bourges", "categorie": "france_travail", "type": "France Travail",
         "adresse": "5 Rue Émile Martin", "commune": "Bourges", "lat": "47.081012", "lon": "2.398782", "orientations": "9"},
    ]


def espace_location(town: Town):
    """On the avenue, in front of the Place du Marché."""
    refs = town.edge_refs[(("EW", "W", AVENUE_ROW), 7)]
    mid = len(refs) // 2
    a, b = town.xy(refs[mid - 1]), town.xy(refs[mid])
    return add(lerp(a, b, 0.5), left_normal(a, b), 5.0)


# --------------------------------------------------------------------------- population

# People per 200 m square by zone: a dense centre, two town quarters, villages, then
# farms. A separate random stream keeps the other outputs as they were.
PEOPLE_PER_SQUARE = {"centre": 160, "ouest": 90, "est": 70, "saint-aubin": 45, "chezelles": 40,
                     "croix-blanche": 25, "rural-ouest": 3, "rural-est": 2}
SQUARE_SIZE = 200.0


def population_squares(town: Town) -> list[dict]:
    """Points at the centre of 200 m squares with their people, like r5r's hex grid;
    nobody lives in the river."""
    rng = random.Random(SEED + 11)
    rows = []
    steps = int(2 * REGION_HALF / SQUARE_SIZE)
    for i in range(steps):
        for j in range(steps):
            p = (-REGION_HALF + (i + 0.5) * SQUARE_SIZE, -REGION_HALF + (j + 0.5) * SQUARE_SIZE)
            if abs(p[0] - river_x(p[1])) < RIVER_HALF_WIDTH + 40.0:
                continue
            people = round(PEOPLE_PER_SQUARE[zone_of(town, p)] * rng.uniform(0.6, 1.4))
            if people > 0:
                lat, lon = to_lat_lon(*p)
                rows.append({"id": len(rows) + 1, "lon": round(lon, 6), "lat": round(lat, 6), "population": people})
    return rows


# --------------------------------------------------------------------------- output

def write_outputs(out_dir: Path) -> dict:
    rng = random.Random(SEED)
    town = Town(rng)
    osm = town.build()
    partners = place_partners(town, rng)
    partners += faulty_partners(len(partners) + 1, to_lat_lon(*espace_location(town)))
    add_flyer_places(town)

    (out_dir / "demo.osm").write_text(osm_xml(osm), encoding="utf-8", newline="\n")

    with open(out_dir / "partenaires.csv", "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=["id", "nom", "categorie", "type", "adresse", "commune",
                                               "lat", "lon", "orientations"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(partners)

    lat, lon = to_lat_lon(*espace_location(town))
    espace = {"name": f"Espace numérique de {TOWN}", "lat": round(lat, 6), "lon": round(lon, 6)}
    (out_dir / "espace.json").write_text(json.dumps(espace, ensure_ascii=False, indent=2) + "\n",
                                         encoding="utf-8", newline="\n")
    squares = population_squares(town)
    with open(out_dir / "population.csv", "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=["id", "lon", "lat", "population"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(squares)
    # A second space, for `alentour coverage --spaces`: an antenna in Saint-Aubin.
    aubin_lat, aubin_lon = to_lat_lon(*SAINT_AUBIN)
    with open(out_dir / "espaces.csv", "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerows([["nom", "lat", "lon"], [espace["name"], espace["lat"], espace["lon"]],
                          ["Antenne de Saint-Aubin-les-Prés", round(aubin_lat, 6), round(aubin_lon, 6)]])
    addresses, unplaced = write_addresses(out_dir, town, partners)
    stop_times = write_transit_feed(town, out_dir)
    return {"nodes": len(osm.nodes), "ways": len(osm.ways), "partners": len(partners),
            "addresses": addresses, "unplaced": unplaced, "stop_times": stop_times,
            "people": sum(row["population"] for row in squares),
            "landmarks": landmark_ids(town)}


def landmark_ids(town: Town) -> dict[str, object]:
    """Ids that tests may name; printed so that a change of layout is noticed."""
    return {
        "road bridge way (nodes west, east)": (town.road_bridge_way, town.road_bridge_ends),
        "footbridge way (nodes west, east)": (town.footbridge_way, town.footbridge_ends),
        "motorway ways (northbound, southbound)": tuple(town.way_ids["motorway"]),
        "motorway_link ways (exit, entry)": tuple(town.way_ids["motorway_link"]),
        "roundabout way": town.way_ids["roundabout"][0],
        "steps way": town.steps_way,
        "private service way": town.private_way,
        "construction way": town.construction_way,
    }


# --------------------------------------------------------------------------- flyer places

# Places where a team meets the public (`alentour places`): (name, zone, tags, building
# half-size in m or None for a node). The town's mairie is already a node. The last rows
# must not count: a closed pharmacy, a primary school, a school's office, a sports club.
FLYER_PLACES = [
    ("Pharmacie du Marché", "centre", {"amenity": "pharmacy", "healthcare": "pharmacy"}, None),
    ("Pharmacie des Tilleuls", "ouest", {"amenity": "pharmacy"}, None),
    ("Pharmacie de la Rive", "est", {"amenity": "pharmacy"}, None),
    ("Pharmacie de Saint-Aubin", "saint-aubin", {"amenity": "pharmacy"}, None),
    ("Cabinet médical du Centre", "centre", {"amenity": "doctors"}, None),
    ("Centre de santé municipal", "ouest", {"amenity": "clinic", "healthcare": "centre"}, 14.0),
    ("Cabinet infirmier de Chézelles", "chezelles", {"healthcare": "nurse"}, None),
    ("Mairie de Saint-Aubin-les-Prés", "saint-aubin", {"amenity": "townhall", "townhall:type": "city"}, 10.0),
    ("Mairie de Chézelles-sur-Lieu", "chezelles", {"amenity": "townhall"}, None),
    ("Médiathèque Colette", "centre", {"amenity": "library"}, 16.0),
    ("Bibliothèque de l'Est", "est", {"amenity": "library"}, None),
    ("La Poste de Villeneuve", "centre", {"amenity": "post_office"}, None),
    ("Relais poste de Saint-Aubin", "saint-aubin", {"amenity": "post_office", "post_office": "post_partner"}, None),
    ("CCAS de Villeneuve-sur-Lieu", "centre", {"office": "government", "government": "social_services"}, None),
    ("Résidence autonomie Les Glycines", "ouest", {"amenity": "social_facility", "social_facility": "assisted_living"}, 18.0),
    ("Centre social des Tilleuls", "ouest", {"amenity": "community_centre"}, 14.0),
    ("Maison de quartier de la Rive", "est", {"amenity": "community_centre"}, None),
    ("Secours populaire", "est", {"office": "association"}, None),
    ("Club des aînés", "centre", {"club": "senior"}, None),
    ("Collège Jean Moulin", "ouest", {"amenity": "school", "school:FR": "collège", "isced:level": "2"}, 35.0),
    ("Lycée Marie Curie", "est", {"amenity": "school", "school:FR": "lycée"}, 40.0),
    ("Supermarché du Lieu", "est", {"shop": "supermarket"}, 30.0),
    ("Marché couvert", "centre", {"amenity": "marketplace"}, 20.0),
    ("Ancienne pharmacie", "centre", {"disused:amenity": "pharmacy"}, None),
    ("École élémentaire Jules Ferry", "ouest", {"amenity": "school", "school:FR": "élémentaire"}, 25.0),
    ("OGEC Saint-Joseph", "centre", {"office": "educational_institution", "amenity": "school", "school:FR": "collège"}, None),
    ("Union sportive", "est", {"club": "sport"}, None),
]


def add_flyer_places(town: Town) -> None:
    """Nodes and buildings 20-40 m off a street of their zone, appended after the town so
    that every other id stays as it was; a separate random stream keeps the other outputs."""
    rng = random.Random(SEED + 13)
    segments = street_segments(town)
    placed: list = []
    for name, zone, tags, half in FLYER_PLACES:
        for _ in range(200):
            _street, a, b, _origin = rng.choice(segments[zone])
            p = add(lerp(a, b, rng.uniform(0.2, 0.8)), left_normal(a, b), rng.choice((-1.0, 1.0)) * rng.uniform(20.0, 40.0))
            if acceptable_site(town, p, placed) and all(dist(p, q) > 2.5 * (half or 10.0) for q in placed):
                break
        else:
            raise RuntimeError(f"no site for {name}")
        placed.append(p)
        tags = dict(tags, name=name)
        if half is None:
            town.osm.node(p, tags)
            continue
        ring = [town.osm.node((p[0] + dx * half, p[1] + dy * half)) for dx, dy in ((-1, -1), (1, -1), (1, 1), (-1, 1))]
        town.osm.way(ring + [ring[0]], dict(tags, building="yes"))
# --------------------------------------------------------------------------- addresses

# The Base Adresse Nationale's format for the demo's own addresses, and a copy of the
# partner list with a few positions left out, for `alentour geocode-index`, `geocode`
# and `rank --geocode`. Their own random stream keeps the other outputs as they were.
BAN_HEADER = ("id;id_fantoir;numero;rep;nom_voie;code_postal;code_insee;nom_commune;code_insee_ancienne_commune;"
              "nom_ancienne_commune;x;y;lon;lat;type_position;alias;nom_ld;libelle_acheminement;nom_afnor;"
              "source_position;source_nom_voie;certification_commune;cad_parcelles")
COMMUNE_CODES = {TOWN: ("36250", "36901"), "Saint-Aubin-les-Prés": ("36251", "36902"),
                 "Chézelles-sur-Lieu": ("36252", "36903")}
ADDRESS_STEP = 4.0       # metres between the points tried along a street
ADDRESS_OFFSET = 12.0    # a door stands this far from the street's axis
UNPLACED_EVERY = 8       # one partner in so many loses its position in partenaires-adresses.csv


def street_numbers(segments: dict[str, list]) -> dict[tuple, tuple]:
    """Every house number a street's numbering gives, once, at the first door that has it:
    (commune, street, number) -> (x, y). Country roads are numbered every 50 m."""
    points: dict[tuple, tuple] = {}
    for zone in sorted(segments):
        commune = COMMUNE_OF_ZONE.get(zone, TOWN)
        for name, pa, pb, origin in segments[zone]:
            steps = max(1, int(dist(pa, pb) / ADDRESS_STEP))
            for k in range(steps + 1):
                door = lerp(pa, pb, k / steps)
                distance = dist(origin, door)
                for left in (True, False):
                    if name.startswith(("Route ", "Chemin ")):
                        n = max(1, int(distance) // 50 * 50)
                    else:
                        n = 1 + 2 * int(distance / 22.0)
                    n = n | 1 if left else (n + 1) & ~1
                    side = 1.0 if left else -1.0
                    points.setdefault((commune, name, n), add(door, left_normal(pa, pb), side * ADDRESS_OFFSET))
    return points


def ban_rows(town: Town) -> list[str]:
    rng = random.Random(SEED + 13)
    rows = [BAN_HEADER]
    for (commune, street, n), p in sorted(street_numbers(street_segments(town)).items()):
        postcode, insee = COMMUNE_CODES[commune]
        lat, lon = to_lat_lon(*p)
        reps = [""] + (["bis"] if rng.random() < 0.05 else [])
        for rep in reps:
            slug = "".join(c for c in street.lower() if c.isalnum())[:12]
            rows.append(f"{insee}_{slug}_{n:05d}{rep};;{n};{rep};{street};{postcode};{insee};{commune};;;;;"
                        f"{lon:.6f};{lat:.6f};entrée;;;{commune.upper()};;commune;commune;1;")
    return rows


# How people write the addresses of the rows left without a position, in turn.
ADDRESS_BENDS = [
    lambda a: a.replace("Rue ", "r. ", 1),                  # abbreviated
    lambda a: a.upper(),                                      # capitals
    lambda a: a.replace(" ", ", ", 1).replace("cipale", "cipalle"),  # a comma, a letter too many
    lambda a: a.replace("Rue", "rue", 1).replace("é", "e"),   # no accents
    lambda a: a.replace("Victor Hugo", "Victor-Hugo"),        # a hyphen
    lambda a: a.replace(" ", " bis ", 1),                     # a bis the street does not have
    lambda a: a.split(" ", 1)[1],                             # no number: the street's middle
]


def partners_by_address(partners: list[dict]) -> list[dict]:
    """The partner list with a postcode column, and every few town rows without a
    position, their address written as people write it: the address alone must place
    them."""
    rows, bent = [], 0
    for row in partners:
        row = dict(row)
        commune = row["commune"]
        row["code_postal"] = COMMUNE_CODES[commune][0] if commune in COMMUNE_CODES else "18000"
        street = row["adresse"].split(" ", 1)[1] if " " in row["adresse"] else ""
        if (row["id"] % UNPLACED_EVERY == 0 and commune in COMMUNE_CODES
                and not street.startswith(("Route ", "Chemin "))):
            row["lat"], row["lon"] = "", ""
            row["adresse"] = ADDRESS_BENDS[bent % len(ADDRESS_BENDS)](row["adresse"])
            bent += 1
        rows.append(row)
    return rows


def write_addresses(out_dir: Path, town: Town, partners: list[dict]) -> tuple[int, int]:
    rows = ban_rows(town)
    (out_dir / "adresses-demo.csv").write_text("\n".join(rows) + "\n", encoding="utf-8", newline="\n")
    by_address = partners_by_address(partners)
    with open(out_dir / "partenaires-adresses.csv", "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=["id", "nom", "categorie", "type", "adresse", "code_postal", "commune",
                                               "lat", "lon", "orientations"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(by_address)
    return len(rows) - 1, sum(1 for row in by_address if not row["lat"])


# --------------------------------------------------------------------------- transit

# The town's public transport, written as a GTFS feed in ``demo-gtfs/``: a tram along the
# avenue across the road bridge, every 8 minutes (frequencies.txt); bus 1 from
# Saint-Aubin down the Route d'Issoudun and the Rue Nationale, every 20 minutes; bus 2 from
# the north of the east bank down the Rue de Saint-Amand to Chézelles, every 30 minutes. Weekdays of
# 2026, but not on 1 May (calendar_dates.txt). Only positions the town already has are
# read: no random draw, so the other outputs stay as they were.
TRAM_SPEED = 6.0    # m/s, with its stops
BUS_SPEED = 5.0
DWELL = 20.0        # seconds at each stop


def stop_name(street: str) -> str:
    """"Rue de la Liberté" → "Liberté": the way stops are named after their cross street."""
    for prefix in ("Avenue de la ", "Rue de la ", "Rue des ", "Rue du ", "Rue de l'", "Rue de ", "Rue "):
        if street.startswith(prefix):
            return street[len(prefix):]
    return street


def transit_lines(town: Town) -> list[dict]:
    """Each line as its path (points along the streets, each with the name a stop there
    would take) and the indexes of its stops."""
    def station(bank, i, j, name):
        return town.xy(town.X(bank, i, j)), stop_name(name)

    avenue = [station("W", i, AVENUE_ROW, W_COL_NAMES[i]) for i in range(W_COLS) if town.X("W", i, AVENUE_ROW)]
    avenue += [(town.xy(town.Q("W", AVENUE_ROW)), QUAI_NAMES["W"]), (town.xy(town.Q("E", AVENUE_ROW)), QUAI_NAMES["E"])]
    avenue += [station("E", i, AVENUE_ROW, E_COL_NAMES[i]) for i in range(E_COLS) if town.X("E", i, AVENUE_ROW)]
    nationale = [station("W", NATIONALE_COL, j, W_ROW_NAMES[j]) for j in reversed(range(ROWS)) if town.X("W", NATIONALE_COL, j)]
    ligne1 = [((-1230.0, 2725.0), "Saint-Aubin-les-Prés"), ((-1000.0, 2705.0), "Route de Saint-Aubin"),
              (town.xy(town.nearest_on(town.issoudun_n, (-790.0, 2700.0))), "Carrefour de Saint-Aubin"),
              (town.xy(town.nearest_on(town.issoudun_n, (-790.0, 2200.0))), "Les Champs")] + nationale
    saint_amand = [station("E", SAINT_AMAND_COL, j, E_ROW_NAMES[j]) for j in reversed(range(ROWS)) if town.X("E", SAINT_AMAND_COL, j)]
    ligne2 = saint_amand + [((880.0, -2300.0), "Route de Chézelles"),
                            (town.xy(town.nearest_on(town.saint_amand_s, (890.0, -2700.0))), "Chemin du Moulin"),
                            ((1350.0, -2690.0), "Chézelles-sur-Lieu")]
    ends = lambda n, step: list(range(0, n, step)) + ([n - 1] if (n - 1) % step else [])  # noqa: E731
    return [
        {"id": "T", "name": "Tram", "long": "Tram des Deux Rives", "type": 0, "colour": "C0392B", "path": avenue,
         "stops": ends(len(avenue), 2), "speed": TRAM_SPEED, "first": 6 * 3600, "last": 21 * 3600, "headway": 8 * 60,
         "frequency": True},
        {"id": "1", "name": "1", "long": "Saint-Aubin-les-Prés – Vignes", "type": 3, "colour": "2471A3", "path": ligne1,
         "stops": [0, 1, 2, 3] + [4 + k for k in ends(len(nationale), 3)], "speed": BUS_SPEED, "first": 6 * 3600,
         "last": 20 * 3600, "headway": 20 * 60, "frequency": False},
        {"id": "2", "name": "2", "long": "Acacias – Chézelles-sur-Lieu", "type": 3, "colour": "229954", "path": ligne2,
         "stops": ends(len(saint_amand), 3) + list(range(len(saint_amand), len(ligne2))), "speed": BUS_SPEED,
         "first": 6 * 3600 + 10 * 60, "last": 20 * 3600, "headway": 30 * 60, "frequency": False},
    ]


def line_schedule(line: dict) -> list[int]:
    """Seconds from the first stop to each stop, in whole minutes, as timetables print them."""
    path, stops = line["path"], sorted(set(line["stops"]))
    offsets, run, at = [], 0.0, 0
    for k in stops:
        while at < k:
            run += dist(path[at][0], path[at + 1][0]) / line["speed"]
            at += 1
        offsets.append(60 * round((run + DWELL * len(offsets)) / 60))
    return offsets


def gtfs_time(seconds: int) -> str:
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def transit_feed(town: Town) -> dict[str, list[list]]:
    """The rows of each GTFS file; stops stand 8 m beside the street, named by line and order."""
    files = {
        "agency.txt": [["agency_id", "agency_name", "agency_url", "agency_timezone", "agency_lang"],
                       ["VAL", "Val de Lieu Mobilités (fictif)", "https://example.org/val-de-lieu", "Europe/Paris", "fr"]],
        "calendar.txt": [["service_id", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                          "start_date", "end_date"], ["semaine", 1, 1, 1, 1, 1, 0, 0, "20260105", "20261231"]],
        "calendar_dates.txt": [["service_id", "date", "exception_type"], ["semaine", "20260501", 2]],
        "routes.txt": [["route_id", "agency_id", "route_short_name", "route_long_name", "route_type", "route_color"]],
        "stops.txt": [["stop_id", "stop_name", "stop_lat", "stop_lon"]],
        "trips.txt": [["route_id", "service_id", "trip_id", "direction_id"]],
        "stop_times.txt": [["trip_id", "arrival_time", "departure_time", "stop_id", "stop_sequence"]],
        "frequencies.txt": [["trip_id", "start_time", "end_time", "headway_secs", "exact_times"]],
    }
    for line in transit_lines(town):
        files["routes.txt"].append([line["id"], "VAL", line["name"], line["long"], line["type"], line["colour"]])
        stops = sorted(set(line["stops"]))
        ids = []
        for n, k in enumerate(stops):
            a, b = line["path"][max(k - 1, 0)][0], line["path"][min(k + 1, len(line["path"]) - 1)][0]
            lat, lon = to_lat_lon(*add(line["path"][k][0], left_normal(a, b), 8.0))
            ids.append(f"{line['id']}{n + 1:02d}")
            files["stops.txt"].append([ids[-1], line["path"][k][1], f"{lat:.6f}", f"{lon:.6f}"])
        offsets = line_schedule(line)
        for direction, order in ((0, list(range(len(ids)))), (1, list(reversed(range(len(ids)))))):
            times = [offsets[-1] - offsets[k] if direction else offsets[k] for k in order]
            starts = [line["first"]] if line["frequency"] else range(line["first"], line["last"] + 1, line["headway"])
            for start in starts:
                trip = f"{line['id']}-{direction}-{gtfs_time(start).replace(':', '')[:4]}"
                files["trips.txt"].append([line["id"], "semaine", trip, direction])
                for seq, (k, t) in enumerate(zip(order, times), 1):
                    files["stop_times.txt"].append([trip, gtfs_time(start + t), gtfs_time(start + t), ids[k], seq])
                if line["frequency"]:
                    files["frequencies.txt"].append([trip, gtfs_time(line["first"]), gtfs_time(line["last"]), line["headway"], 1])
    return files


def write_transit_feed(town: Town, out_dir: Path) -> int:
    """Writes demo-gtfs/ (a folder: alentour reads it as it reads a zip); returns the stop times."""
    folder = out_dir / "demo-gtfs"
    folder.mkdir(exist_ok=True)
    files = transit_feed(town)
    for name, rows in files.items():
        with open(folder / name, "w", encoding="utf-8", newline="") as f:
            csv.writer(f, lineterminator="\n").writerows(rows)
    return len(files["stop_times.txt"]) - 1


if __name__ == "__main__":
    summary = write_outputs(OUT_DIR)
    print(f"wrote {OUT_DIR / 'demo.osm'} ({summary['nodes']} nodes, {summary['ways']} ways), "
          f"partenaires.csv ({summary['partners']} rows), espace.json, population.csv ({summary['people']} people), "
          f"espaces.csv, adresses-demo.csv ({summary['addresses']} addresses), "
          f"partenaires-adresses.csv ({summary['unplaced']} rows without a position), "
          f"demo-gtfs/ ({summary['stop_times']} stop times)")
    for what, ids in summary["landmarks"].items():
        print(f"  {what}: {ids}")
