"""Region.rank: the same table as `alentour rank`, as pandas and GeoPandas."""

import json

import pandas
import pytest

import alentour
from conftest import DATA, SHARED, run_cli


def cli_rank(cache, space, partners, tmp_path, modes, *extra):
    csv_path, geojson_path = tmp_path / "cli.csv", tmp_path / "cli.geojson"
    mode_args = [a for m in modes for a in ("--mode", m)]
    done = run_cli("rank", "--graph", cache, "--space", f"{space[0]},{space[1]}", "--partners", partners, *mode_args,
                   "--csv-dialect", "comma", "-o", csv_path, "-o", geojson_path, "--overwrite", *extra)
    assert done.returncode == 0, done.stderr
    return csv_path.read_text(encoding="utf-8"), json.loads(geojson_path.read_text())


def test_demo_ranking_equals_the_cli(demo, demo_cache, demo_space, tmp_path):
    name, space = demo_space
    ranking = demo.rank(space, DATA / "partenaires.csv", modes=["walk", "car"], space_name=name, near=20)
    csv_text, geojson = cli_rank(demo_cache, space, DATA / "partenaires.csv", tmp_path, ["walk", "car"], "--space-name", name,
                                 "--near", 20)
    assert ranking.csv("comma") == csv_text
    assert ranking.geojson() == geojson
    assert sum(ranking.counts.values()) == len(pandas.read_csv(DATA / "partenaires.csv"))
    assert ranking.counts["prospect"] > 0


def test_to_pandas_and_geopandas(demo, demo_space):
    name, space = demo_space
    ranking = demo.rank(space, DATA / "partenaires.csv", space_name=name)
    table = ranking.to_pandas()
    assert len(table) == len(pandas.read_csv(DATA / "partenaires.csv"))
    assert table["id"].dtype == object
    geopandas = pytest.importorskip("geopandas")
    points = ranking.to_geopandas()
    assert isinstance(points, geopandas.GeoDataFrame) and points.crs.to_epsg() == 4326
    # The GeoJSON shows the space itself beside the structures.
    assert len(points) == len(table) + 1 and list(points["list"]).count("espace") == 1


def test_a_dataframe_ranks_as_its_file(demo, demo_space):
    name, space = demo_space
    from_file = demo.rank(space, DATA / "partenaires.csv", space_name=name).to_pandas()
    frame = pandas.read_csv(DATA / "partenaires.csv", dtype=str)
    from_frame = demo.rank(space, frame, space_name=name).to_pandas()
    assert from_frame["id"].tolist() == from_file["id"].tolist()
    pandas.testing.assert_series_equal(from_frame["score"], from_file["score"])
    geopandas = pytest.importorskip("geopandas")
    points = geopandas.GeoDataFrame(frame.drop(columns=["lat", "lon"]),
                                    geometry=geopandas.points_from_xy(frame["lon"].astype(float), frame["lat"].astype(float)),
                                    crs="EPSG:4326")
    from_points = demo.rank(space, points, space_name=name).to_pandas()
    assert from_points["id"].tolist() == from_file["id"].tolist()


def test_porto_ranking_equals_the_cli(porto, porto_cache, tmp_path):
    # Porto's mediation places are not in the French lists: rank Porto's own landmarks.
    partners = tmp_path / "porto_partners.csv"
    partners.write_text("id,nom,categorie,lat,lon\n1,Junta de Freguesia,mairie,41.1466,-8.6150\n"
                        "2,Associação Trindade,association,41.1522,-8.6096\n3,Centro Social Campanhã,ccas,41.1486,-8.5852\n"
                        "4,Biblioteca Boavista,association,41.1579,-8.6291\n5,Lisboa,association,38.72,-9.14\n")
    space = (41.1496, -8.6109)
    ranking = porto.rank(space, partners, modes=["walk", "car"], space_name="Espaço Porto")
    csv_text, geojson = cli_rank(porto_cache, space, partners, tmp_path, ["walk", "car"], "--space-name", "Espaço Porto")
    assert ranking.csv("comma") == csv_text
    assert ranking.geojson() == geojson
    assert ranking.counts["unranked"] == 1  # Lisbon lies outside the extract


def test_creteil_structures_if_present(tmp_path):
    path = SHARED / "mediation" / "creteil_12km_structures_derived.csv"
    if not path.exists():
        pytest.skip(f"real data not found: {path}")
    region = alentour.Region.build(DATA / "demo.osm", modes=["walk"])
    ranking = region.rank((46.800425, 1.697544), path)
    # Créteil lies far from the demo town: every structure is reported, none dropped.
    assert ranking.counts["unranked"] == len(ranking.to_pandas())
