import json

import pytest

from bezirkspartner.cli import main

pytestmark = pytest.mark.django_db


def test_atlas_export_json_has_the_documented_fields(small_atlas, capsys):
    assert main(["atlas", "export", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 5
    for key in (
        "name",
        "city",
        "country",
        "population",
        "lat",
        "lon",
        "geonames_id",
        "names",
        "tags",
    ):
        assert key in rows[0]


def test_atlas_export_csv_and_geojson(small_atlas, capsys):
    assert main(["atlas", "export", "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[0].startswith("id,name,name_de")
    assert main(["atlas", "export", "--format", "geojson"]) == 0
    assert json.loads(capsys.readouterr().out)["type"] == "FeatureCollection"


def test_atlas_show_by_any_name(small_atlas, capsys):
    assert main(["atlas", "show", "Wien 21"]) == 0
    out = capsys.readouterr().out
    assert "Floridsdorf" in out and "Wien" in out


def test_atlas_show_unknown_or_ambiguous_exits_non_zero(small_atlas, capsys):
    assert main(["atlas", "show", "Atlantis"]) == 1
    assert "no district is called 'Atlantis'" in capsys.readouterr().err
    assert main(["atlas", "show", "Wien"]) == 1
    assert "ambiguous" in capsys.readouterr().err


def test_practices_export(knowledge_base, capsys):
    assert main(["practices", "export", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {"title", "themes", "city", "district", "source_urls", "checked"} <= set(rows[0])
    assert main(["practices", "export", "--theme", "wohnen"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1
