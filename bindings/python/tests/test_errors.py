"""Errors: alentour.Error and its subclasses, with the CLI's message and context."""

import pytest

import alentour
from conftest import DATA, run_cli


def cli_error(*args):
    done = run_cli(*args)
    assert done.returncode == 1
    prefix = "alentour: error: "
    assert done.stderr.startswith(prefix), done.stderr
    return done.stderr[len(prefix):].strip()


def test_the_classes_form_one_tree():
    assert issubclass(alentour.Error, ValueError)
    assert issubclass(alentour.InputError, alentour.Error)
    assert issubclass(alentour.CacheError, alentour.InputError)
    assert issubclass(alentour.SnapError, alentour.InputError)
    assert alentour.Error.__module__ == "alentour"


def test_a_missing_osm_file_names_it(tmp_path):
    missing = tmp_path / "nowhere.osm.pbf"
    with pytest.raises(alentour.InputError) as caught:
        alentour.Region.build(missing)
    assert caught.value.file == str(missing)
    assert caught.value.line is None and caught.value.field is None
    assert str(caught.value) == f"{missing}: no such file"


def test_a_damaged_cache_is_a_cache_error_with_the_cli_message(tmp_path, demo_cache):
    damaged = tmp_path / "damaged.alentour"
    data = bytearray(demo_cache.read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))
    with pytest.raises(alentour.CacheError) as caught:
        alentour.Region.load(damaged)
    assert caught.value.file == str(damaged)
    assert str(caught.value) == cli_error("info", damaged)


def test_a_point_outside_the_region_is_a_snap_error(demo, demo_cache, demo_space):
    _, space = demo_space
    with pytest.raises(alentour.SnapError) as caught:
        demo.times("walk", space, [(48.85, 2.35)])
    message = cli_error("times", "--graph", demo_cache, "--from", f"{space[0]},{space[1]}", "--to", "48.85,2.35")
    assert str(caught.value) == message
    assert isinstance(caught.value, ValueError)


def test_a_point_of_a_file_names_its_line(tmp_path, demo, demo_cache, demo_space):
    _, space = demo_space
    points = tmp_path / "points.csv"
    points.write_text("id,lat,lon\nmairie,46.8019,1.6983\nparis,48.85,2.35\n")
    with pytest.raises(alentour.SnapError) as caught:
        demo.times("walk", space, points)
    assert caught.value.line == 3
    assert caught.value.field == "destination 'paris'"
    assert str(caught.value) == cli_error("times", "--graph", demo_cache, "--from", f"{space[0]},{space[1]}", "--to-file", points)


def test_a_missing_layer_names_the_option(tmp_path, demo, demo_space):
    _, space = demo_space
    with pytest.raises(alentour.InputError) as caught:
        demo.rank(space, DATA / "partenaires.csv", layer="nothing")
    assert caught.value.field == "--layer"
    assert caught.value.file == str(DATA / "partenaires.csv")


def test_an_unknown_mode_names_the_option(demo, demo_space):
    _, space = demo_space
    with pytest.raises(alentour.InputError) as caught:
        demo.catchment("tram", space, [10])
    assert caught.value.field == "--mode"
    assert "walk, bike, car" in str(caught.value)


def test_bad_minutes_and_inputs(demo, demo_space):
    _, space = demo_space
    with pytest.raises(alentour.InputError):
        demo.catchment("walk", space, [-5])
    with pytest.raises(alentour.InputError) as caught:
        demo.times("walk", 42, [space])
    assert caught.value.field == "origins"
    with pytest.raises(alentour.InputError):
        demo.times("walk", space, [space], max_minutes=-1)
