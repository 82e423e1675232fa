"""Region.build, load and save, against the caches the CLI writes."""

import pytest

import alentour
from conftest import DATA, run_cli


def test_build_gives_the_modes_and_sizes_of_the_cli_cache(demo):
    built = alentour.Region.build(DATA / "demo.osm")
    assert sorted(built.modes) == sorted(demo.modes) == ["bike", "car", "walk"]
    assert built.info()["networks"] == demo.info()["networks"]
    min_lat, min_lon, max_lat, max_lon = built.bounds
    assert min_lat < 46.8004 < max_lat and min_lon < 1.6975 < max_lon


def test_build_of_some_modes_only():
    assert alentour.Region.build(DATA / "demo.osm", modes=["car", "walk"]).modes == ["car", "walk"]


def test_saved_region_loads_in_the_cli(tmp_path, demo_space):
    path = tmp_path / "demo.alentour"
    alentour.Region.build(DATA / "demo.osm", modes=["walk"]).save(path)
    _, (lat, lon) = demo_space
    done = run_cli("times", "--graph", path, "--from", f"{lat},{lon}", "--to", f"{lat + 0.002},{lon}")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("from_id,to_id,minutes,metres\n1,1,")


def test_save_refuses_an_existing_file_unless_asked(tmp_path, demo):
    path = tmp_path / "demo.alentour"
    demo.save(path)
    with pytest.raises(alentour.InputError):
        demo.save(path)
    demo.save(path, overwrite=True)
    assert alentour.Region.load(path).modes == demo.modes


def test_progress_is_reported_while_building():
    seen = []
    alentour.Region.build(DATA / "demo.osm", progress=lambda fraction, message: seen.append((fraction, message)))
    assert seen and seen[-1][0] == 1.0
    assert all(0.0 <= f <= 1.0 for f, _ in seen)


def test_porto_builds_the_networks_the_cli_builds(porto, porto_cache):
    done = run_cli("info", porto_cache)
    assert done.returncode == 0, done.stderr
    for mode, network in porto.info()["networks"].items():
        assert network["edges"] > 10000
        assert f"{network['edges']}" in done.stdout + done.stderr, mode


def test_the_flyer_places_are_those_the_cli_counts(demo, tmp_path):
    counts = {}
    for place in demo.places:
        counts[place["category"]] = counts.get(place["category"], 0) + 1
        assert place["osm_id"].split("/")[0] in ("node", "way", "relation")
    assert counts["pharmacie"] == 4
    cache = tmp_path / "demo.alentour"
    demo.save(cache)
    assert alentour.Region.load(cache).places == demo.places
