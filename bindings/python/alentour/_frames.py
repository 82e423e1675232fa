"""Tables and geometries out: pandas and GeoPandas when installed, shapely geometries
when shapely is importable and WKB bytes otherwise."""

from __future__ import annotations

from typing import Any, Callable, Optional

try:
    import shapely.wkb as _shapely_wkb
except ImportError:  # the module works without shapely: geometries stay WKB
    _shapely_wkb = None


def geometry(wkb: bytes) -> Any:
    """A shapely geometry from WKB when shapely is there, else the WKB bytes."""
    return _shapely_wkb.loads(wkb) if _shapely_wkb is not None else wkb


def require(module: str, purpose: str) -> Any:
    """Imports an optional dependency or says which Debian package brings it."""
    try:
        return __import__(module)
    except ImportError:
        raise ImportError(f"{purpose} needs {module} (Debian: apt install python3-{module})") from None


def tqdm_progress(description: str) -> Optional[Callable[[float, str], None]]:
    """A tqdm bar fed by progress callbacks, or None when tqdm is not installed."""
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    bar = tqdm(total=100, desc=description, unit="%")

    def update(fraction: float, message: str) -> None:
        bar.n = round(fraction * 100)
        bar.set_postfix_str(message, refresh=False)
        bar.refresh()
        if fraction >= 1.0:
            bar.close()

    return update


def progress_callback(progress: Any, description: str) -> Any:
    """progress=True asks for a tqdm bar; a callable is called as progress(fraction, message)."""
    if progress is True:
        return tqdm_progress(description)
    if progress is False:
        return None
    return progress
