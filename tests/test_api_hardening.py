"""API findings of the hardening audit, each pinned by a test."""

import pytest

pytestmark = pytest.mark.django_db


def operations(client):
    spec = client.get("/api/openapi.json").json()
    return spec, {
        (method, path): operation
        for path, item in spec["paths"].items()
        for method, operation in item.items()
    }


@pytest.mark.parametrize("page", ["99999999999999999999999", str(2**63), "1000001"])
def test_a_huge_page_number_is_a_clear_422_not_a_500(client, small_atlas, page):
    response = client.get("/api/districts", {"page": page})
    assert response.status_code == 422
    assert "page" in response.content.decode()


def test_huge_population_bounds_are_refused(client, small_atlas):
    assert client.get("/api/districts", {"population_min": 10**30}).status_code == 422


def test_an_empty_theme_means_all_themes_as_the_schema_allows(client, knowledge_base):
    every = client.get("/api/match", {"district": "Harburg"}).json()
    empty = client.get("/api/match", {"district": "Harburg", "theme": ""})
    assert empty.status_code == 200 and empty.json() == every
    geojson = client.get("/api/match.geojson", {"district": "Harburg", "theme": ""})
    assert geojson.status_code == 200


def test_an_infinite_weight_is_refused(client, knowledge_base):
    response = client.get("/api/match", {"district": "Harburg", "weight": "thematic=1e999"})
    assert response.status_code == 422


def test_a_nul_character_in_a_parameter_is_refused_before_the_database(client, small_atlas):
    response = client.get("/api/districts", {"q": "Har\x00burg"})
    assert response.status_code == 422
    assert "NUL" in response.json()["detail"]
    page = client.get("/suche/", {"q": "a\x00b"}, HTTP_ACCEPT_LANGUAGE="de")
    assert page.status_code == 400 and "NUL-Zeichen" in page.content.decode()
    english = client.get("/en/", {"q": "a\x00b"})
    assert english.status_code == 400 and "NUL character" in english.content.decode()


def test_the_status_codes_an_operation_answers_are_documented(client):
    _, ops = operations(client)
    assert {"200", "422"} <= set(ops["get", "/api/districts"]["responses"])
    assert {"200", "404", "422"} <= set(ops["get", "/api/districts/{district_id}"]["responses"])
    assert {"200", "404", "422"} <= set(ops["get", "/api/match"]["responses"])
    assert {"200", "404"} <= set(ops["get", "/api/documents/{number}"]["responses"])
    patch = set(ops["patch", "/api/dossiers/{dossier_id}"]["responses"])
    assert {"200", "401", "403", "404", "422"} <= patch


def test_two_schemas_of_the_same_name_do_not_overwrite_each_other(client):
    spec, ops = operations(client)
    funding = ops["get", "/api/funding"]["responses"]["200"]["content"]["application/json"]
    name = funding["schema"]["items"]["$ref"].rsplit("/", 1)[1]
    assert "amount_max_eur" in spec["components"]["schemas"][name]["properties"]


@pytest.mark.django_db
def test_a_single_value_parameter_given_twice_is_refused(client):
    answer = client.get("/api/districts?city=wien&city=hamburg")
    assert answer.status_code == 422
    assert "more than once" in answer.json()["detail"]


@pytest.mark.django_db
def test_list_parameters_may_be_repeated(client, small_atlas):
    answer = client.get("/api/match?district=Harburg&theme=wohnen&theme=klima")
    assert "more than once" not in answer.content.decode()
