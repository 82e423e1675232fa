"""The Pythonic face of the compiled module: Region, Catchment, Ranking and make_map.
Each call converts its inputs, then calls the same library function as the command line."""

from __future__ import annotations

import json
import os
import tempfile
from typing import Any, Callable, Dict, Iterable, List, NamedTuple, Optional, Sequence, Tuple, Union

from . import _alentour as _core
from ._frames import geometry, progress_callback, require
from ._points import to_point, to_points

Progress = Optional[Callable[[float, str], Any]]
PathLike = Union[str, "os.PathLike[str]"]


def _minutes(minutes: Union[float, Iterable[float]]) -> List[float]:
    if isinstance(minutes, (int, float)):
        return [float(minutes)]
    return [float(m) for m in minutes]


class Catchment:
    """Catchment bands around one or several origins, as `alentour catchment` computes them.

    ``geojson()`` is the CLI's GeoJSON as a dict; ``bands`` lists each band with its
    geometry (shapely, or WKB bytes without shapely); ``to_geopandas()`` gives one row
    per band; ``write(path)`` writes any format the CLI writes (.geojson, .gpkg, .fgb…).
    """

    def __init__(self, core: Any) -> None:
        self._core = core

    @property
    def mode(self) -> str:
        return self._core.mode

    @property
    def reverse(self) -> bool:
        return self._core.reverse

    @property
    def bands(self) -> List[Dict[str, Any]]:
        """Per origin (or "all"), smallest band first: name, minutes, area_km2, fill, geometry…"""
        rows = self._core.bands()
        for row in rows:
            row["geometry"] = geometry(row.pop("wkb"))
        return rows

    @property
    def origins(self) -> List[Dict[str, Any]]:
        """Each origin as given and as placed on the network."""
        keys = ("id", "lat", "lon", "snapped_lat", "snapped_lon", "snap_distance_m")
        return [dict(zip(keys, row)) for row in self._core.origins()]

    def geojson(self) -> Dict[str, Any]:
        """The RFC 7946 FeatureCollection `alentour catchment -o x.geojson` writes."""
        return json.loads(self._core.geojson())

    def to_geopandas(self) -> Any:
        """A GeoDataFrame in EPSG:4326, one row per band, largest first, with the
        GeoJSON's attributes (uMap's nested options left out) and exact geometries."""
        geopandas = require("geopandas", "Catchment.to_geopandas()")
        wkb = {(b["origin"], b["minutes"]): b["wkb"] for b in self._core.bands()}
        rows, shapes = [], []
        for feature in self.geojson()["features"]:
            properties = dict(feature["properties"])
            if properties.get("kind") == "origin":
                continue
            properties.pop("_umap_options", None)
            rows.append(properties)
            shapes.append(wkb[(properties["origin"], properties["minutes"])])
        return geopandas.GeoDataFrame(rows, geometry=geopandas.GeoSeries.from_wkb(shapes), crs="EPSG:4326")

    def write(self, path: PathLike, format: str = "", overwrite: bool = False) -> None:
        """Writes the bands (and the origins where the format holds two layers)."""
        self._core.write(os.fspath(path), format, overwrite)

    def __repr__(self) -> str:
        return f"<alentour.Catchment {self.mode}, {len(self._core.bands())} bands>"


class Ranking:
    """Partner structures ranked by the time from each of them to the space.

    ``to_pandas()`` is the CLI's CSV table; ``to_geopandas()`` its GeoJSON points;
    ``summary`` the lines `alentour rank` prints; ``write(path)`` any of its outputs.
    """

    def __init__(self, core: Any) -> None:
        self._core = core

    @property
    def summary(self) -> str:
        return self._core.summary()

    @property
    def counts(self) -> Dict[str, int]:
        """How many structures fall in each list: prospect, outreach, beyond, unranked."""
        return self._core.counts()

    def csv(self, dialect: str = "comma") -> str:
        """The CSV `alentour rank -o x.csv` writes (dialect "excel-fr" or "comma")."""
        return self._core.csv(dialect)

    def geojson(self) -> Dict[str, Any]:
        return json.loads(self._core.geojson())

    def to_pandas(self) -> Any:
        """The CSV table as a DataFrame (identifiers and postcodes kept as text)."""
        pandas = require("pandas", "Ranking.to_pandas()")
        import io

        text = io.StringIO(self.csv("comma"))
        return pandas.read_csv(text, dtype=str, keep_default_na=False).apply(_numeric_column)

    def to_geopandas(self) -> Any:
        """The GeoJSON points as a GeoDataFrame in EPSG:4326 (no geometry when unplaced)."""
        geopandas = require("geopandas", "Ranking.to_geopandas()")
        features = self.geojson()["features"]
        for feature in features:
            feature["properties"].pop("_umap_options", None)
        return geopandas.GeoDataFrame.from_features(features, crs="EPSG:4326")

    def write(self, path: PathLike, csv_dialect: str = "excel-fr", overwrite: bool = False) -> List[str]:
        """Writes .csv, .geojson, .gpkg, .shp…; returns the writer's warnings."""
        return self._core.write(os.fspath(path), csv_dialect, overwrite)

    def __repr__(self) -> str:
        return f"<alentour.Ranking {self.counts}>"


def _numeric_column(column: Any) -> Any:
    """Columns holding numbers only (or blanks) become floats; others stay text."""
    if column.name in ("id", "postcode", "code_postal", "phone", "telephone"):
        return column
    pandas = require("pandas", "Ranking.to_pandas()")
    converted = pandas.to_numeric(column.where(column != "", None), errors="coerce")
    if converted.notna().sum() == (column != "").sum():
        return converted
    return column


class _PartnerFile:
    """A partner list as a path: a DataFrame or GeoDataFrame goes through a temporary CSV,
    so that it is read by the same reader (and checks) as the CLI's --partners file."""

    def __init__(self, partners: Any) -> None:
        self._folder: Optional[tempfile.TemporaryDirectory] = None
        if partners is None or isinstance(partners, (str, os.PathLike)):
            self.path = "" if partners is None else os.fspath(partners)
            return
        if not hasattr(partners, "columns"):
            raise TypeError("partners: a file path, a pandas DataFrame or a GeoDataFrame")
        self._folder = tempfile.TemporaryDirectory(prefix="alentour-")
        self.path = os.path.join(self._folder.name, "partenaires.csv")
        _frame_for_csv(partners).to_csv(self.path, index=False)

    def __enter__(self) -> "_PartnerFile":
        return self

    def __exit__(self, *exc: Any) -> None:
        if self._folder is not None:
            self._folder.cleanup()


def _frame_for_csv(frame: Any) -> Any:
    geometry_column = getattr(frame, "geometry", None)
    if geometry_column is None or any(c.lower() in ("lat", "latitude") for c in map(str, frame.columns)):
        return frame
    points = to_points(frame, "partners")
    plain = frame.drop(columns=frame.geometry.name)
    plain = plain.assign(lat=[p[1] for p in points], lon=[p[2] for p in points])
    return plain


class Region:
    """A region's routable networks, one per mode (walk, bike, car by default).

    Build one from an OpenStreetMap extract with ``Region.build(path)``, keep it with
    ``save(path)`` and map it back in milliseconds with ``Region.load(path)``. Then ask it
    for ``times``, ``catchment`` and ``rank``. Long calls release the GIL: threads run
    them on every core. Ctrl-C interrupts them (KeyboardInterrupt).
    """

    def __init__(self, core: Any) -> None:
        self._core = core

    @classmethod
    def build(cls, path: PathLike, modes: Optional[Sequence[str]] = None, profile_file: Optional[PathLike] = None,
              progress: Any = None) -> "Region":
        """Builds the networks of an .osm.pbf, .osm or .opl extract (`alentour build`)."""
        callback = progress_callback(progress, "build")
        return cls(_core.Region.build(os.fspath(path), list(modes) if modes is not None else None,
                                      os.fspath(profile_file) if profile_file else "", callback))

    @classmethod
    def load(cls, path: PathLike) -> "Region":
        """Maps a cache written by save() or `alentour build` (CacheError if damaged)."""
        return cls(_core.Region.load(os.fspath(path)))

    def save(self, path: PathLike, overwrite: bool = False) -> None:
        """Writes the cache file `alentour build -o` writes."""
        self._core.save(os.fspath(path), overwrite)

    @property
    def modes(self) -> List[str]:
        return self._core.modes

    @property
    def bounds(self) -> Tuple[float, float, float, float]:
        """(min_lat, min_lon, max_lat, max_lon) of the networks."""
        return self._core.bounds

    @property
    def places(self) -> List[Dict[str, Any]]:
        """The flyer places read from the extract at build: name, category, label_fr,
        lat, lon, osm_id ("node/123"), as `alentour places` lists them."""
        return self._core.places

    def info(self) -> Dict[str, Any]:
        """What the region was built from, and each network's size."""
        return self._core.info()

    def times(self, mode: str, origins: Any, destinations: Any, max_minutes: Optional[float] = None,
              reverse: bool = False, snap_radius: float = 300.0, progress: Any = None) -> Any:
        """Travel times from every origin to every destination (`alentour times`).

        Returns a DataFrame from_id, to_id, minutes, metres (NaN when unreachable within
        max_minutes), or a list of such tuples without pandas. reverse=True times the
        trips from each destination to the origin.
        """
        rows = _core.times(self._core, mode, to_points(origins, "origins"), to_points(destinations, "destinations"),
                           max_minutes, reverse, snap_radius, progress_callback(progress, "times"))
        try:
            import pandas
        except ImportError:
            return rows
        frame = pandas.DataFrame(rows, columns=["from_id", "to_id", "minutes", "metres"])
        return frame.astype({"minutes": float, "metres": float})

    def catchment(self, mode: str, origins: Any, minutes: Union[float, Iterable[float]] = (10, 20, 30),
                  reverse: bool = False, rings: bool = False, reach: Optional[float] = None, simplify: float = 0.0,
                  min_area: float = 10000.0, per_origin: bool = False, snap_radius: float = 300.0,
                  progress: Any = None) -> Catchment:
        """The area one reaches from the origins (reverse=True: from which one reaches
        them) within each number of minutes (`alentour catchment`)."""
        return Catchment(_core.catchment(self._core, mode, to_points(origins, "origins"), _minutes(minutes), reverse, rings,
                                         reach, simplify, min_area, per_origin, snap_radius,
                                         progress_callback(progress, "catchment")))

    def rank(self, space: Any, partners: Any, modes: Sequence[str] = ("walk",), space_name: str = "",
             near: float = 30.0, far: float = 120.0, decay: str = "exp", half_life: float = 15.0, boost: float = 0.5,
             orientations_full: float = 10.0, period: str = "ce trimestre", layer: str = "", srs: str = "",
             category_file: Optional[PathLike] = None, snap_radius: float = 300.0, progress: Any = None) -> Ranking:
        """Ranks partner structures (a file or a DataFrame) by the time from each to the
        space (`alentour rank`): the first mode ranks, the others are shown."""
        lat, lon = to_point(space, "space")
        with _PartnerFile(partners) as file:
            core = _core.rank(self._core, file.path, lat, lon, list(modes), space_name, near, far, decay, half_life, boost,
                              orientations_full, period, layer, srs, os.fspath(category_file) if category_file else "",
                              snap_radius, progress_callback(progress, "rank"))
        return Ranking(core)

    def __repr__(self) -> str:
        return f"<alentour.Region {', '.join(self.modes)}>"


class MapFiles(NamedTuple):
    folder: str
    files: List[str]
    summary: str


def make_map(region: Region, space: Any, space_name: str, out: PathLike, partners: Any = None,
             modes: Sequence[str] = ("walk",), minutes: Iterable[float] = (10, 20, 30), direction: str = "to",
             title: str = "", paper: str = "A3", orientation: str = "landscape", layer: str = "", srs: str = "",
             overwrite: bool = False, progress: Any = None) -> MapFiles:
    """The whole job of `alentour map` into the folder `out`: catchments, ranked partners,
    poster (PDF, PNG, SVG), web page, uMap file and LISEZMOI.txt.

    direction="to" draws where people reach the space from (as the ranking times them);
    "from" where one goes from it.
    """
    if direction not in ("to", "from"):
        raise ValueError("direction: 'to' or 'from'")
    lat, lon = to_point(space, "space")
    with _PartnerFile(partners) as file:
        folder, files, summary = _core.make_map(region._core, os.fspath(out), lat, lon, space_name, file.path, list(modes),
                                                _minutes(minutes), direction == "to", title, paper, orientation, layer, srs,
                                                overwrite, progress_callback(progress, "map"))
    return MapFiles(folder, files, summary)
