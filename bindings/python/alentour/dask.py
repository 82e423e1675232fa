"""The batch on a Dask cluster: each worker maps the region's cache once and computes
the catchments of its partitions of places.

    from dask.distributed import Client
    import dask.dataframe as dd
    import alentour.dask
    client = Client("tcp://scheduler:8786")           # the cache file on storage every worker sees
    places = dd.read_csv("lieux.csv", dtype=str)
    bands = alentour.dask.catchments(places, "/shared/france.alentour", modes=["walk"], minutes=[10, 20, 30])
    frame = bands.compute()                           # pandas rows, geometry as WKB
"""

from __future__ import annotations

import os
from typing import Any, Dict, Iterable, Sequence, Union

import dask.bag
import dask.dataframe
import pandas

from ._api import Region
from ._batch import BAND_COLUMNS, batch_rows

# One Region per worker process and cache file: loading maps the file, so every task
# of the process shares the same pages.
_regions: Dict[str, Region] = {}


def _worker_region(path: str) -> Region:
    if path not in _regions:
        _regions[path] = Region.load(path)
    return _regions[path]


def _meta() -> pandas.DataFrame:
    columns = {c: pandas.Series(dtype="float64" if c in ("minutes_from", "minutes", "area_km2", "snap_m") else "object")
               for c in BAND_COLUMNS}
    return pandas.DataFrame(columns)


def _partition(places: pandas.DataFrame, region_path: str, options: Dict[str, Any]) -> pandas.DataFrame:
    if len(places) == 0:
        return _meta()
    bands, _ = batch_rows(_worker_region(region_path), places, **options)
    return pandas.DataFrame(bands, columns=BAND_COLUMNS).astype(_meta().dtypes.to_dict())


def catchments(places: Any, region_path: Union[str, "os.PathLike[str]"], modes: Sequence[str] = ("walk",),
               minutes: Iterable[float] = (10, 20, 30), **options: Any) -> dask.dataframe.DataFrame:
    """A lazy Dask DataFrame of the catchment bands of `places` (a Dask DataFrame, a Dask
    Bag of dicts or a pandas DataFrame with lat/lon columns) on the region cached at
    `region_path` (a path every worker can read). Columns as alentour.batch writes them,
    the geometry as WKB in column ``wkb``. `options` are those of alentour.batch
    (reverse, reach, simplify, min_area, snap_radius, threads…). Places that cannot be
    placed are left out here; alentour.batch reports them."""
    if isinstance(places, pandas.DataFrame):
        places = dask.dataframe.from_pandas(places, npartitions=max(1, len(places) // 256))
    elif isinstance(places, dask.bag.Bag):
        places = places.to_dataframe()
    settings = dict(options, modes=list(modes), minutes=list(minutes))
    return places.map_partitions(_partition, os.fspath(region_path), settings, meta=_meta())
