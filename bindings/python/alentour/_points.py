"""Points from what analysts hold: a CSV (or any table GDAL opens), a (lat, lon) tuple, a list of them, a numpy array,
a {id: (lat, lon)} dict, a pandas DataFrame with lat/lon columns, or a GeoDataFrame
(or GeoSeries) of points. Each becomes (id, lat, lon, line) for the compiled module."""

from __future__ import annotations

import numbers
import os
from typing import Any, List, Tuple

from ._alentour import InputError, read_points

PointTuple = Tuple[str, float, float, int]

_LAT_NAMES = ("lat", "latitude", "y")
_LON_NAMES = ("lon", "lng", "longitude", "x")
_ID_NAMES = ("id", "identifiant")


def _input_error(message: str, field: str) -> InputError:
    error = InputError(f"{field}: {message}")
    error.field = field
    return error


def _column(frame: Any, names: Tuple[str, ...]) -> Any:
    by_lower = {str(c).lower(): c for c in frame.columns}
    for name in names:
        if name in by_lower:
            return by_lower[name]
    return None


def _ids(frame: Any) -> List[str]:
    column = _column(frame, _ID_NAMES)
    if column is None:
        # As `alentour times --to-file` numbers points without an id column.
        return [str(i + 1) for i in range(len(frame))]
    return [str(v) for v in frame[column]]


def _from_geometries(geometries: Any, ids: List[str], field: str) -> List[PointTuple]:
    rows = []
    for point_id, geometry in zip(ids, geometries):
        if geometry is None or geometry.geom_type != "Point":
            raise _input_error(f"'{point_id}' is not a point geometry", field)
        rows.append((point_id, float(geometry.y), float(geometry.x), 0))
    return rows


def _from_frame(frame: Any, field: str) -> List[PointTuple]:
    ids = _ids(frame)
    geometry = getattr(frame, "geometry", None)
    lat, lon = _column(frame, _LAT_NAMES), _column(frame, _LON_NAMES)
    if (lat is None or lon is None) and geometry is not None:
        return _from_geometries(geometry, ids, field)
    if lat is None or lon is None:
        raise _input_error("the table needs lat and lon columns (or latitude/longitude, y/x) or point geometries", field)
    return [(i, float(a), float(o), 0) for i, a, o in zip(ids, frame[lat], frame[lon])]


def _is_number(value: Any) -> bool:
    return isinstance(value, numbers.Real) and not isinstance(value, bool)


def _pair(value: Any, point_id: str, field: str) -> PointTuple:
    try:
        lat, lon = value
    except (TypeError, ValueError):
        raise _input_error(f"'{point_id}' is not a (lat, lon) pair: {value!r}", field) from None
    if not (_is_number(lat) and _is_number(lon)):
        raise _input_error(f"'{point_id}' is not a (lat, lon) pair of numbers: {value!r}", field)
    return (point_id, float(lat), float(lon), 0)


def _to_list(value: Any) -> Any:
    """numpy arrays (and anything with tolist) become plain lists of floats."""
    tolist = getattr(value, "tolist", None)
    return tolist() if callable(tolist) else value


def to_points(value: Any, field: str) -> List[PointTuple]:
    """The points of `value`, numbered 1, 2… unless they carry ids."""
    if value is None:
        raise _input_error("no points given", field)
    if isinstance(value, (str, os.PathLike)):
        # A file, read as `alentour times --to-file` reads it (errors name its lines).
        return read_points(os.fspath(value))
    if hasattr(value, "columns"):
        return _from_frame(value, field)
    geom_type = getattr(value, "geom_type", None)
    if isinstance(geom_type, str):  # one shapely geometry
        return _from_geometries([value], ["1"], field)
    if geom_type is not None and hasattr(value, "crs"):  # a GeoSeries
        return _from_geometries(list(value), [str(i + 1) for i in range(len(value))], field)
    if isinstance(value, dict):
        return [_pair(_to_list(v), str(k), field) for k, v in value.items()]
    value = _to_list(value)
    if isinstance(value, (list, tuple)) and len(value) == 2 and all(_is_number(v) for v in value):
        return [_pair(value, "1", field)]
    if isinstance(value, (list, tuple)):
        return [_pair(_to_list(v), str(i + 1), field) for i, v in enumerate(value)]
    raise _input_error(f"expected (lat, lon), a list of them, an array or a DataFrame, not {type(value).__name__}", field)


def to_point(value: Any, field: str) -> Tuple[float, float]:
    """Exactly one point, as (lat, lon)."""
    points = to_points(value, field)
    if len(points) != 1:
        raise _input_error(f"expected one point, got {len(points)}", field)
    return points[0][1], points[0][2]
