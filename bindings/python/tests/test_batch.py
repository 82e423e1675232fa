"""alentour.batch and `alentour batch`: the same GeoPackage, resumable, threads equal
to one thread; alentour.dask on a 2-worker LocalCluster equal to the single process."""

import pandas
import pytest

import alentour
from conftest import DATA, run_cli

geopandas = pytest.importorskip("geopandas")
shapely_wkb = pytest.importorskip("shapely.wkb")

KEY = ["place_id", "mode", "minutes"]


def read_bands(path):
    frame = geopandas.read_file(path, layer="catchments")
    frame["wkb"] = [g.wkb for g in frame.geometry]
    return pandas.DataFrame(frame.drop(columns="geometry")).sort_values(KEY).reset_index(drop=True)


def read_not_placed(path):
    frame = geopandas.read_file(path, layer="not_placed")
    return pandas.DataFrame(frame.drop(columns="geometry")).sort_values(["place_id", "mode"]).reset_index(drop=True)


def places():
    return pandas.read_csv(DATA / "partenaires.csv", dtype=str, keep_default_na=False)


def test_python_batch_equals_the_cli(demo, demo_cache, tmp_path):
    done = run_cli("batch", "--graph", demo_cache, "--places", DATA / "partenaires.csv", "--mode", "walk", "--mode", "bike",
                   "--minutes", "2,4", "-o", tmp_path / "cli.gpkg")
    assert done.returncode == 0, done.stderr
    counts = alentour.batch(demo, DATA / "partenaires.csv", tmp_path / "py.gpkg", modes=["walk", "bike"], minutes=[2, 4])
    assert counts["places"] == len(places())
    assert counts["computed"] + counts["not_placed"] == 2 * len(places()) and counts["skipped"] == 0
    # The list holds structures outside the town and with swapped coordinates: reported, not dropped.
    assert counts["not_placed"] >= 2
    pandas.testing.assert_frame_equal(read_bands(tmp_path / "py.gpkg"), read_bands(tmp_path / "cli.gpkg"))
    missing = read_not_placed(tmp_path / "py.gpkg")
    pandas.testing.assert_frame_equal(missing, read_not_placed(tmp_path / "cli.gpkg"))
    assert len(missing) == counts["not_placed"] and all(missing["reason"] != "")


def test_a_rerun_resumes_and_ends_as_one_run(demo, tmp_path):
    everything = places()
    whole = alentour.batch(demo, everything, tmp_path / "whole.gpkg", minutes=[3, 6])
    first = alentour.batch(demo, everything.head(20), tmp_path / "resumed.gpkg", minutes=[3, 6])
    rest = alentour.batch(demo, everything, tmp_path / "resumed.gpkg", minutes=[3, 6])
    assert first["computed"] + first["not_placed"] == 20
    assert rest["skipped"] == 20 and rest["computed"] + rest["not_placed"] == len(everything) - 20
    pandas.testing.assert_frame_equal(read_bands(tmp_path / "resumed.gpkg"), read_bands(tmp_path / "whole.gpkg"))
    again = alentour.batch(demo, everything, tmp_path / "whole.gpkg", minutes=[3, 6])
    assert again["skipped"] == len(everything) and again["computed"] == 0
    fresh = alentour.batch(demo, everything, tmp_path / "whole.gpkg", minutes=[3, 6], overwrite=True)
    assert fresh["skipped"] == 0 and fresh["computed"] == whole["computed"]


def test_threads_equal_one_thread(demo, tmp_path):
    one = alentour.batch_rows(demo, DATA / "partenaires.csv", modes=["walk", "bike"], minutes=[5], threads=1)
    two = alentour.batch_rows(demo, DATA / "partenaires.csv", modes=["walk", "bike"], minutes=[5], threads=2)
    assert one == two
    assert len(one[0]) > 0 and len(one[1]) > 0


def test_batch_refuses_a_bad_output(demo, tmp_path):
    with pytest.raises(alentour.InputError) as caught:
        alentour.batch(demo, DATA / "partenaires.csv", tmp_path / "out.geojson")
    assert caught.value.field == "--output"
    with pytest.raises(alentour.InputError):
        alentour.batch(demo, DATA / "partenaires.csv", tmp_path / "out.gpkg", modes=["tram"])


def test_dask_on_two_workers_equals_the_single_process_batch(demo_cache, tmp_path):
    distributed = pytest.importorskip("distributed")
    dask_dataframe = pytest.importorskip("dask.dataframe")
    import alentour.dask

    alentour.batch(demo_cache, DATA / "partenaires.csv", tmp_path / "single.gpkg", modes=["walk", "bike"], minutes=[2, 4])
    expected = read_bands(tmp_path / "single.gpkg")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        bands = alentour.dask.catchments(dask_dataframe.from_pandas(places(), npartitions=4), demo_cache, modes=["walk", "bike"],
                                         minutes=[2, 4])
        frame = client.compute(bands).result()
        workers = len(client.scheduler_info()["workers"])
    assert workers == 2
    frame = frame.sort_values(KEY).reset_index(drop=True)
    # Both sides go through shapely's WKB writer, so the bytes compare the coordinates exactly.
    frame["wkb"] = [shapely_wkb.loads(w).wkb for w in frame["wkb"]]
    pandas.testing.assert_frame_equal(frame[expected.columns], expected, check_dtype=False)
