"""Region.times: the same numbers as `alentour times`, from every kind of input."""

import csv
import io
import math

import numpy
import pandas
import pytest

import alentour
from conftest import DATA, PORTO_CENTRE, run_cli


def clean_partners(tmp_path):
    """The demo list's first 40 structures: the later ones are wrong on purpose (swapped,
    outside the town) to exercise the checks of `rank`."""
    frame = pandas.read_csv(DATA / "partenaires.csv", dtype={"id": str}).head(40)
    path = tmp_path / "destinations.csv"
    frame.to_csv(path, index=False)
    return frame, path


def cli_times(cache, mode, origin, to_file, *extra):
    done = run_cli("times", "--graph", cache, "--mode", mode, "--from", f"{origin[0]},{origin[1]}", "--to-file", to_file, *extra)
    assert done.returncode == 0, done.stderr
    return list(csv.DictReader(io.StringIO(done.stdout)))


def assert_same_as_cli(frame, rows):
    assert list(frame["from_id"]) == [r["from_id"] for r in rows]
    assert list(frame["to_id"]) == [r["to_id"] for r in rows]
    for minutes, metres, row in zip(frame["minutes"], frame["metres"], rows):
        if row["minutes"] == "":
            assert math.isnan(minutes) and math.isnan(metres)
        else:
            assert f"{minutes:.2f}" == row["minutes"] and f"{metres:.0f}" == row["metres"]


@pytest.mark.parametrize("mode", ["walk", "car"])
def test_demo_times_equal_the_cli(demo, demo_cache, demo_space, tmp_path, mode):
    _, space = demo_space
    partners, path = clean_partners(tmp_path)
    frame = demo.times(mode, origins=[space], destinations=partners)
    assert len(frame) == len(partners)
    assert_same_as_cli(frame, cli_times(demo_cache, mode, space, path))
    assert_same_as_cli(demo.times(mode, [space], path), cli_times(demo_cache, mode, space, path))


def test_reverse_and_limit_equal_the_cli(demo, demo_cache, demo_space, tmp_path):
    _, space = demo_space
    partners, path = clean_partners(tmp_path)
    frame = demo.times("car", space, partners, max_minutes=3, reverse=True)
    rows = cli_times(demo_cache, "car", space, path, "--reverse", "--max-minutes", 3)
    assert_same_as_cli(frame, rows)
    assert frame["minutes"].isna().any() and frame["minutes"].notna().any()


def test_every_input_kind_gives_the_same_times(demo, demo_space, tmp_path):
    _, space = demo_space
    partners = clean_partners(tmp_path)[0].head(5)
    pairs = list(zip(partners["lat"], partners["lon"]))
    expected = demo.times("walk", space, partners)["minutes"].tolist()
    geopandas = pytest.importorskip("geopandas")
    points = geopandas.GeoDataFrame(partners[["id"]], geometry=geopandas.points_from_xy(partners["lon"], partners["lat"]),
                                    crs="EPSG:4326")
    for destinations in (pairs, numpy.array(pairs), [list(p) for p in pairs], points, points.geometry,
                         {i: p for i, p in zip(partners["id"], pairs)}):
        assert demo.times("walk", numpy.array(space), destinations)["minutes"].tolist() == expected
    with_ids = demo.times("walk", space, points)
    assert with_ids["to_id"].tolist() == partners["id"].tolist()


def test_porto_times_equal_the_cli(porto, porto_cache, tmp_path):
    destinations = pandas.DataFrame({"id": ["ribeira", "trindade", "boavista", "campanha"],
                                     "lat": [41.1407, 41.1522, 41.1579, 41.1486],
                                     "lon": [-8.6114, -8.6096, -8.6291, -8.5852]})
    path = tmp_path / "porto_points.csv"
    destinations.to_csv(path, index=False)
    for mode in ("walk", "bike", "car"):
        frame = porto.times(mode, PORTO_CENTRE, destinations)
        assert frame["minutes"].notna().all()
        assert_same_as_cli(frame, cli_times(porto_cache, mode, PORTO_CENTRE, path))
