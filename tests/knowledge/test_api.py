import pytest

pytestmark = pytest.mark.django_db


def test_themes_and_practices(client, knowledge_base):
    themes = client.get("/api/themes").json()
    assert [t["slug"] for t in themes][:2] == ["wohnen", "mobilitaet"]
    practices = client.get("/api/practices", {"theme": "mobilitaet"}).json()
    assert {p["slug"] for p in practices} == {"hamburg-test-bike", "ghent-test-circulation"}
    one = client.get("/api/practices/vienna-test-housing").json()
    assert one["district"] == "Floridsdorf"
    assert one["source_urls"] == ["https://example.org/wien-wohnbau"]
    assert client.get("/api/practices/none").status_code == 404


def test_challenges_and_funding(client, knowledge_base):
    challenges = client.get("/api/challenges", {"district": "Harburg"}).json()
    assert challenges[0]["theme"] == "klima"
    funding = client.get("/api/funding").json()
    assert funding[0]["slug"] == "test-fund"
    assert funding[0]["hamburg_bezirk_can_apply"] == "unclear"


def test_search_endpoint(client, knowledge_base):
    hits = client.get("/api/search", {"q": "social housing"}).json()
    assert hits[0]["url"] == "/wissen/praxis/vienna-test-housing/"
    assert client.get("/api/search").status_code == 422
    assert client.get("/api/search", {"q": "x", "year": 12}).status_code == 422


def test_openapi_lists_knowledge_endpoints(client):
    paths = client.get("/api/openapi.json").json()["paths"]
    for path in ("/api/themes", "/api/practices", "/api/challenges", "/api/funding", "/api/search"):
        assert path in paths
