"""alentour.batch: catchments of many places into one GeoPackage (`alentour batch`), and
the same as rows, which alentour.dask gathers from a cluster."""

from __future__ import annotations

import os
from typing import Any, Dict, Iterable, Optional, Sequence, Tuple, Union

from . import _alentour as _core
from ._api import PathLike, Region, _minutes, _PartnerFile
from ._frames import progress_callback

BAND_COLUMNS = ["place_id", "name", "commune", "postcode", "category", "mode", "direction", "minutes_from", "minutes",
                "area_km2", "snap_m", "wkb"]
NOT_PLACED_COLUMNS = ["place_id", "name", "mode", "reason"]


def _region(region: Union[Region, PathLike]) -> Region:
    return region if isinstance(region, Region) else Region.load(region)


def batch(region: Union[Region, PathLike], places: Any, out: PathLike, modes: Sequence[str] = ("walk",),
          minutes: Union[float, Iterable[float]] = (10, 20, 30), reverse: bool = False, reach: Optional[float] = None,
          simplify: float = 0.0, min_area: float = 10000.0, snap_radius: float = 300.0, threads: Optional[int] = None,
          layer: str = "", srs: str = "", overwrite: bool = False, progress: Any = None) -> Dict[str, int]:
    """Catchments of every place (a file or a DataFrame) on every mode into the GeoPackage
    `out` (layers ``catchments`` and ``not_placed``), on `threads` threads (default: every
    core). Rerun on the same `out`, it skips the places already written (resumes);
    overwrite=True starts afresh. Returns the counts: places, computed, skipped, not_placed."""
    core = _region(region)._core
    with _PartnerFile(places) as file:
        return _core.batch(core, file.path, os.fspath(out), list(modes), _minutes(minutes), reverse, reach, simplify, min_area,
                           snap_radius, threads or 0, layer, srs, overwrite, progress_callback(progress, "batch"))


def batch_rows(region: Union[Region, PathLike], places: Any, modes: Sequence[str] = ("walk",),
               minutes: Union[float, Iterable[float]] = (10, 20, 30), reverse: bool = False, reach: Optional[float] = None,
               simplify: float = 0.0, min_area: float = 10000.0, snap_radius: float = 300.0, threads: Optional[int] = None,
               layer: str = "", srs: str = "", progress: Any = None) -> Tuple[list, list]:
    """The batch's rows in memory: (band rows as BAND_COLUMNS with WKB geometries, rows of
    places not placed as NOT_PLACED_COLUMNS), in place then mode order."""
    core = _region(region)._core
    with _PartnerFile(places) as file:
        return _core.batch_rows(core, file.path, list(modes), _minutes(minutes), reverse, reach, simplify, min_area, snap_radius,
                                threads or 0, layer, srs, progress_callback(progress, "batch"))
