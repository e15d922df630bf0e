import json

import pytest

from bezirkspartner.cli import main

pytestmark = pytest.mark.django_db


def test_cli_json_lists_ranked_partners_with_reasons(knowledge_base, capsys):
    assert main(["match", "Hamburg-Harburg", "--theme", "wohnen", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["district"] == "Floridsdorf"
    for key in ("district", "city", "country", "score", "criteria", "reasons"):
        assert key in rows[0]
    scores = [row["score"] for row in rows]
    assert scores == sorted(scores, reverse=True)


def test_cli_accepts_any_known_name(knowledge_base, capsys):
    for name in ("Harburg", "Bezirk Harburg", "hamburg-harburg"):
        assert main(["match", name, "--top", "1", "--format", "json"]) == 0
        assert len(json.loads(capsys.readouterr().out)) == 1


def test_cli_unknown_district_exits_non_zero_with_suggestions(knowledge_base, capsys):
    assert main(["match", "Harbrug"]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "Harburg (Hamburg)" in err


def test_cli_rejects_bad_weights_and_themes(knowledge_base, capsys):
    with pytest.raises(SystemExit) as excinfo:
        main(["match", "Harburg", "--weight", "beauty=3"])
    assert excinfo.value.code == 2
    assert main(["match", "Harburg", "--theme", "verkehr"]) == 2


def test_web_cli_and_api_agree(client, knowledge_base, capsys):
    assert main(["match", "Harburg", "--theme", "wohnen", "--eu-only", "--format", "json"]) == 0
    cli = [row["district_key"] for row in json.loads(capsys.readouterr().out)]
    api = client.get("/api/match", {"district": "Harburg", "theme": "wohnen", "eu_only": True})
    assert [row["district_key"] for row in api.json()] == cli
    html = client.get("/partner/", {"bezirk": "Harburg", "themen": "wohnen", "nur_eu": "on"})
    page = html.content.decode()
    positions = [page.index(f'/atlas/{key}/"') for key in cli if f'/atlas/{key}/"' in page]
    assert positions == sorted(positions) and len(positions) == len(cli)


def test_api_errors(client, knowledge_base):
    assert client.get("/api/match", {"district": "Atlantis"}).status_code == 404
    assert client.get("/api/match", {"district": "Harburg", "theme": "x"}).status_code == 404
    assert (
        client.get("/api/match", {"district": "Harburg", "weight": "thematic=-1"}).status_code
        == 422
    )
    assert "/api/match" in client.get("/api/openapi.json").json()["paths"]


def test_match_geojson_for_the_map(client, knowledge_base):
    body = client.get("/api/match.geojson", {"district": "Harburg", "theme": "wohnen"}).json()
    assert body["features"][0]["properties"]["rank"] == 1
    assert body["features"][0]["properties"]["name"] == "Floridsdorf"
    html = client.get("/partner/", {"themen": "wohnen"}).content.decode()
    assert 'data-districts="/api/match.geojson?district=Harburg&amp;theme=wohnen' in html


def test_atlas_cache_is_reused_until_the_data_changes(knowledge_base, settings):
    from bezirkspartner.knowledge.models import Practice
    from bezirkspartner.matching import selectors

    settings.MATCHING_CACHE = True
    selectors._CACHE.clear()
    first = selectors.atlas_load()
    assert selectors.atlas_load() is first
    Practice.objects.first().delete()
    assert selectors.atlas_load() is not first
    selectors._CACHE.clear()
