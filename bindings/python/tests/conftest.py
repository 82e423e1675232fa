"""Shared fixtures: the command-line tool the module is compared with, the demo town
(built from data/ in the project) and Porto (from the shared real data, skipped when
absent)."""

import csv
import json
import os
import pathlib
import subprocess

import pytest

import alentour

ROOT = pathlib.Path(__file__).resolve().parents[3]
DATA = ROOT / "data"
SHARED = pathlib.Path(os.environ.get("ALENTOUR_SHARED_DATA", ROOT.parent / "shared" / "data"))
PORTO_PBF = SHARED / "r5" / "porto_portugal.osm.pbf"
PORTO_CENTRE = (41.1496, -8.6109)


def run_cli(*args):
    """Runs `alentour ARGS…`; returns the completed process (never raises on failure)."""
    cli = os.environ.get("ALENTOUR_CLI")
    if not cli:
        pytest.skip("ALENTOUR_CLI is not set (run through ctest)")
    return subprocess.run([cli, "--quiet", *map(str, args)], capture_output=True, text=True)


@pytest.fixture(scope="session")
def demo_space():
    space = json.loads((DATA / "espace.json").read_text())
    return space["name"], (space["lat"], space["lon"])


@pytest.fixture(scope="session")
def demo_cache(tmp_path_factory):
    """The demo town's cache, written by the CLI so Region.load reads the CLI's file."""
    path = tmp_path_factory.mktemp("demo") / "villeneuve.alentour"
    done = run_cli("build", DATA / "demo.osm", "-o", path)
    assert done.returncode == 0, done.stderr
    return path


@pytest.fixture(scope="session")
def demo(demo_cache):
    return alentour.Region.load(demo_cache)


@pytest.fixture(scope="session")
def porto_cache(tmp_path_factory):
    if not PORTO_PBF.exists():
        pytest.skip(f"real data not found: {PORTO_PBF}")
    path = tmp_path_factory.mktemp("porto") / "porto.alentour"
    alentour.Region.build(PORTO_PBF).save(path)
    return path


@pytest.fixture(scope="session")
def porto(porto_cache):
    return alentour.Region.load(porto_cache)


@pytest.fixture(scope="session")
def demo_partners():
    with open(DATA / "partenaires.csv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))
