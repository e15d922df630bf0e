"""Every GET endpoint of the published OpenAPI document answers 200 on the shipped data.

The reference data is loaded as `bezirkspartner setup` loads it (every registered
loader over data/), so a data file that the API cannot serve fails here, as
/api/funding did when YAML read Norway's code as false.
"""

import re
from pathlib import Path

import pytest

from bezirkspartner.accounts.models import User
from tests.forum.conftest import UserFactory

COUNCIL_PAPER = Path(__file__).parents[1] / "councildocs" / "drucksache-22-0433.txt"
QUERY = {"q": "Wohnen", "district": "Harburg"}  # the required query parameters


@pytest.fixture
def shipped_platform(db):
    from bezirkspartner.atlas.models import District
    from bezirkspartner.core import reference_data
    from bezirkspartner.councildocs.services import document_import
    from bezirkspartner.dossiers import services
    from bezirkspartner.knowledge.models import Theme

    for loader in reference_data.loaders():
        loader.run()
    document_import(data=COUNCIL_PAPER.read_bytes(), origin=str(COUNCIL_PAPER))
    admin = UserFactory(role=User.Role.ADMINISTRATION)
    services.dossier_create(
        home=District.objects.get(name="Harburg"),
        partner=District.objects.get(name="Floridsdorf"),
        themes=[Theme.objects.get(slug="klima")],
        actor=admin,
    )


def _first(client, path: str, key: str) -> str:
    body = client.get(path).json()
    items = body["results"] if isinstance(body, dict) else body
    return str(items[0][key])


def test_every_get_endpoint_answers_200(client, shipped_platform):
    spec = client.get("/api/openapi.json").json()
    values = {
        "district_id": _first(client, "/api/districts", "id"),
        "slug": _first(client, "/api/practices", "slug"),
        "number": _first(client, "/api/documents", "number"),
        "dossier_id": _first(client, "/api/dossiers", "id"),
    }
    failures, fetched = [], 0
    for path, operations in spec["paths"].items():
        if "get" not in operations:
            continue
        url = re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], path)
        required = [
            p["name"]
            for p in operations["get"].get("parameters", [])
            if p["in"] == "query" and p.get("required")
        ]
        response = client.get(url, {name: QUERY[name] for name in required})
        fetched += 1
        if response.status_code != 200:
            failures.append(f"{url}: {response.status_code} {response.content[:200]!r}")
    assert not failures, failures
    assert fetched >= 19
