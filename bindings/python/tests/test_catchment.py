"""Region.catchment: the same GeoJSON as `alentour catchment`, GeoPandas rows, threads."""

import json
from concurrent.futures import ThreadPoolExecutor

import pytest

import alentour
from conftest import PORTO_CENTRE, run_cli


def cli_geojson(cache, mode, origins, minutes, tmp_path, *extra):
    out = tmp_path / f"cli_{mode}.geojson"
    froms = [a for o in origins for a in ("--from", f"{o[0]},{o[1]}")]
    done = run_cli("catchment", "--graph", cache, "--mode", mode, *froms, "--minutes", ",".join(map(str, minutes)), "-o", out,
                   "--overwrite", *extra)
    assert done.returncode == 0, done.stderr
    return json.loads(out.read_text())


@pytest.mark.parametrize("mode,reverse", [("walk", False), ("car", True)])
def test_demo_geojson_equals_the_cli(demo, demo_cache, demo_space, tmp_path, mode, reverse):
    _, space = demo_space
    catchment = demo.catchment(mode, space, minutes=[5, 10, 15], reverse=reverse)
    extra = ["--reverse"] if reverse else []
    assert catchment.geojson() == cli_geojson(demo_cache, mode, [space], [5, 10, 15], tmp_path, *extra)
    assert catchment.reverse == reverse and catchment.mode == mode


def test_rings_per_origin_equal_the_cli(demo, demo_cache, demo_space, tmp_path):
    _, (lat, lon) = demo_space
    origins = [(lat, lon), (lat + 0.004, lon - 0.004)]
    catchment = demo.catchment("bike", origins, [4, 8], rings=True, per_origin=True)
    expected = cli_geojson(demo_cache, "bike", origins, [4, 8], tmp_path, "--bands", "rings", "--per-origin")
    assert catchment.geojson() == expected
    assert {b["origin"] for b in catchment.bands} == {"1", "2"}


def test_bands_and_geopandas_rows(demo, demo_space):
    shapely = pytest.importorskip("shapely")
    geopandas = pytest.importorskip("geopandas")
    _, space = demo_space
    catchment = demo.catchment("walk", space, [5, 10, 15])
    bands = catchment.bands
    assert [b["minutes"] for b in bands] == [5, 10, 15]
    assert all(isinstance(b["geometry"], shapely.geometry.MultiPolygon) and b["geometry"].is_valid for b in bands)
    # Nested bands: each holds the smaller one, to the millimetre (1e-8 degree).
    assert bands[1]["geometry"].buffer(1e-8).contains(bands[0]["geometry"])
    frame = catchment.to_geopandas()
    assert isinstance(frame, geopandas.GeoDataFrame) and frame.crs.to_epsg() == 4326
    assert list(frame["minutes"]) == [15, 10, 5]
    properties = [f["properties"] for f in catchment.geojson()["features"] if f["properties"].get("kind") != "origin"]
    for row, expected in zip(frame.to_dict("records"), properties):
        assert row["name"] == expected["name"] and row["area_km2"] == expected["area_km2"] and row["fill"] == expected["fill"]
    assert frame.geometry.iloc[0].equals(bands[2]["geometry"])
    origin = catchment.origins[0]
    assert origin["id"] == "1" and origin["snap_distance_m"] < 300


def test_write_equals_the_geojson(demo, demo_space, tmp_path):
    _, space = demo_space
    catchment = demo.catchment("walk", space, [10])
    catchment.write(tmp_path / "c.geojson")
    assert json.loads((tmp_path / "c.geojson").read_text()) == catchment.geojson()
    catchment.write(tmp_path / "c.gpkg")
    with pytest.raises(alentour.InputError):
        catchment.write(tmp_path / "c.gpkg")


def test_threads_give_the_serial_results(porto_or_demo):
    region, centre = porto_or_demo
    origins = [(centre[0] + 0.003 * i, centre[1] - 0.002 * i) for i in range(6)]
    serial = [region.catchment("walk", o, [5, 10]).geojson() for o in origins]
    with ThreadPoolExecutor(max_workers=4) as pool:
        threaded = list(pool.map(lambda o: region.catchment("walk", o, [5, 10]).geojson(), origins))
    assert threaded == serial


@pytest.fixture
def porto_or_demo(request, demo_space):
    try:
        return request.getfixturevalue("porto"), PORTO_CENTRE
    except pytest.skip.Exception:
        return request.getfixturevalue("demo"), demo_space[1]


@pytest.mark.parametrize("mode", ["walk", "bike", "car"])
def test_porto_geojson_equals_the_cli(porto, porto_cache, tmp_path, mode):
    catchment = porto.catchment(mode, PORTO_CENTRE, [10, 20])
    assert catchment.geojson() == cli_geojson(porto_cache, mode, [PORTO_CENTRE], [10, 20], tmp_path)


def test_a_failing_progress_callback_stops_the_call(demo, demo_space):
    _, space = demo_space

    def stop(fraction, message):
        raise RuntimeError("stop here")

    with pytest.raises(RuntimeError, match="stop here"):
        demo.catchment("walk", [space, (space[0] + 0.003, space[1])], [5], per_origin=True, progress=stop)
