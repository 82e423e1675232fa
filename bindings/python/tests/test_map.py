"""alentour.make_map: the files `alentour map` writes, the same content."""

import pathlib

import pytest

import alentour
from conftest import DATA, run_cli


def test_make_map_writes_what_the_cli_writes(demo, demo_cache, demo_space, tmp_path):
    name, space = demo_space
    seen = []
    files = alentour.make_map(demo, space=space, space_name=name, partners=DATA / "partenaires.csv", out=tmp_path / "py",
                              modes=["walk", "car"], progress=lambda f, m: seen.append(f))
    done = run_cli("map", "--graph", demo_cache, "--space", f"{space[0]},{space[1]}", "--space-name", name, "--partners",
                   DATA / "partenaires.csv", "--mode", "walk", "--mode", "car", "-o", tmp_path / "cli")
    assert done.returncode == 0, done.stderr
    py_names = sorted(p.name for p in (tmp_path / "py").iterdir())
    cli_names = sorted(p.name for p in (tmp_path / "cli").iterdir())
    assert py_names == cli_names and "carte.html" in py_names
    assert len(files.files) == len(py_names)
    for name_ in ("catchment.geojson", "partners.geojson", "partners.csv", "carte.umap"):
        assert (tmp_path / "py" / name_).read_bytes() == (tmp_path / "cli" / name_).read_bytes(), name_
    assert seen and seen[-1] == 1.0
    assert pathlib.Path(files.folder).resolve() == (tmp_path / "py").resolve()


def test_make_map_refuses_a_full_folder(demo, demo_space, tmp_path):
    name, space = demo_space
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "keep.txt").write_text("mine")
    with pytest.raises(alentour.InputError):
        alentour.make_map(demo, space=space, space_name=name, out=tmp_path / "full")
    with pytest.raises(ValueError):
        alentour.make_map(demo, space=space, space_name=name, out=tmp_path / "x", direction="sideways")
