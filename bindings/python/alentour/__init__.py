"""alentour: travel-time catchments around digital mediation spaces, and the partner
structures around them, from OpenStreetMap data.

    import alentour
    region = alentour.Region.build("porto.osm.pbf")      # or Region.load("porto.alentour")
    t = region.times("walk", origins=[(41.1496, -8.6109)], destinations=df, max_minutes=30)
    c = region.catchment("walk", (41.1496, -8.6109), minutes=[10, 20, 30])
    c.geojson(); c.to_geopandas()
    r = region.rank(space=(41.1496, -8.6109), partners="partenaires.csv", modes=["walk", "car"])
    r.to_pandas(); r.to_geopandas()
    alentour.make_map(region, space=(41.1496, -8.6109), space_name="…", partners="…", out="carte")
    alentour.batch(region, "lieux.csv", "catchments.gpkg", modes=["walk"])   # many places, resumable

alentour.dask.catchments(...) runs the batch on a Dask cluster (import alentour.dask).

Errors are alentour.Error (a ValueError) or its subclasses InputError, CacheError and
SnapError, with the command line's message and the attributes file, line and field.
"""

from ._alentour import CacheError, Error, InputError, SnapError
from ._api import Catchment, MapFiles, Ranking, Region, make_map
from ._batch import batch, batch_rows

__all__ = ["CacheError", "Catchment", "Error", "InputError", "MapFiles", "Ranking", "Region", "SnapError", "batch", "batch_rows",
           "make_map"]
__version__ = "0.1.0"
