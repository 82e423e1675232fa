import os
from typing import Any, Iterable, Sequence, Union

def catchments(places: Any, region_path: Union[str, os.PathLike[str]], modes: Sequence[str] = ...,
               minutes: Iterable[float] = ..., **options: Any) -> Any: ...
