"""The dossier content schema: every stored shape is read, the migration normalises stored JSON,
and content that does not fit is named in German instead of an error page."""

import copy
import importlib
import io

import pytest
from django.apps import apps as django_apps
from docx import Document

from bezirkspartner.dossiers import selectors
from bezirkspartner.dossiers.content import (
    LONG_TEXT,
    SCHEMA_VERSION,
    ContentError,
    DossierContent,
    DossierContentPatch,
    content_dump,
    content_merge,
    content_parse,
)
from bezirkspartner.dossiers.models import Dossier, DossierVersion

migration = importlib.import_module("bezirkspartner.dossiers.migrations.0002_content_schema")


def _before_the_schema(content: dict) -> dict:
    """A draft as drafting wrote it before the schema (and before the proposer's answers):
    no schema_version, no proposer, amounts as whole numbers."""
    old = copy.deepcopy(content)
    old.pop("schema_version")
    old.pop("proposer")
    for phase in old["phases"]:
        phase["communication_eur"] = phase["materials_eur"] = 0
    return old


def _edited_before_the_schema(content: dict) -> dict:
    """As the edit page saved it: amounts as decimal text, an empty proposer."""
    old = _before_the_schema(content)
    old["proposer"] = {}
    old["phases"][0]["materials_eur"] = "12.50"
    old["phases"][0]["communication_eur"] = "0"
    return old


API_SHAPED = {
    # As PATCH accepted free JSON: a phase with only what the plan needed, None for empty parts.
    "summary": "Kurz",
    "goals": None,
    "phases": [{"key": "a", "start": "2027-1", "end": "2027-06-30", "visits_out": "2"}],
    "staff": [{"phase": "a", "hours": 10.0}],
    "match": {"score": None, "distance_km": 820.0},
}


def test_every_shape_stored_before_the_schema_is_read(dossier):
    draft = content_parse(dossier.content)
    assert isinstance(draft, DossierContent) and draft.schema_version == SCHEMA_VERSION
    old = content_parse(_before_the_schema(dossier.content))
    assert old.proposer is None and old.phases == draft.phases
    edited = content_parse(_edited_before_the_schema(dossier.content))
    assert str(edited.phases[0].materials_eur) == "12.50"
    api = content_parse(API_SHAPED)
    assert (api.goals, api.phases[0].title, api.phases[0].visits_out) == ([], "a", 2)
    assert (api.phases[0].start, api.phases[0].end) == ("2027-01", "2027-06")
    assert (api.staff[0].office, api.staff[0].hours, api.match.distance_km) == ("", 10, 820)
    assert content_parse({}) == DossierContent()


def test_dump_and_parse_are_inverse_and_the_dump_is_json(dossier):
    content = content_parse(_edited_before_the_schema(dossier.content))
    dumped = content_dump(content)
    assert content_parse(dumped) == content
    assert dumped["phases"][0]["materials_eur"] == "12.50"
    assert dumped["schema_version"] == SCHEMA_VERSION


@pytest.mark.parametrize(
    ("raw", "where", "kind"),
    [
        (
            {"schema_version": 1, "phases": [{"key": "a", "start": "2027-13", "end": "2027-13"}]},
            ("phases", 1, "start"),
            "month",
        ),
        ({"summary": "x", "unbekannt": 1}, ("unbekannt",), "extra_forbidden"),
        ({"schema_version": 1, "staff": [{"phase": "weg", "hours": 1}]}, (), "staff_phase"),
        (
            {"phases": [{"key": "a", "start": "2027-01", "end": "2027-02", "category": "Fest"}]},
            ("phases", 1, "category"),
            "enum",
        ),
        (
            {"schema_version": 1, "risks": [{"risk": "x" * (LONG_TEXT + 1)}]},
            ("risks", 1, "risk"),
            "string_too_long",
        ),
        ({"schema_version": 2}, ("schema_version",), "literal_error"),
        (["kein", "Objekt"], (), "dict_type"),
    ],
)
def test_content_that_does_not_fit_is_refused_with_where_and_what(raw, where, kind):
    with pytest.raises(ContentError) as error:
        content_parse(raw)
    assert (error.value.problems[0].where, error.value.problems[0].kind) == (where, kind)


def test_a_patch_replaces_only_the_parts_it_gives(dossier):
    patch = DossierContentPatch.model_validate({"summary": "Neu", "risks": []})
    merged = content_merge(dossier.content, patch)
    before = content_parse(dossier.content)
    assert (merged.summary, merged.risks) == ("Neu", [])
    assert merged.phases == before.phases and merged.petitum == before.petitum


def test_a_patch_can_repair_stored_content_that_does_not_fit(dossier):
    broken = {**dossier.content, "staff": [{"phase": "weg", "hours": 1}]}
    with pytest.raises(ContentError):
        content_parse(broken)
    repaired = content_merge(broken, DossierContentPatch(staff=[]))
    assert repaired.staff == []


def _age(dossier) -> dict:
    """Store the dossier and its first version in the shapes from before the schema."""
    old = _edited_before_the_schema(dossier.content)
    DossierVersion.objects.filter(dossier=dossier).update(
        content=_before_the_schema(dossier.content)
    )
    Dossier.objects.filter(pk=dossier.pk).update(content=old)
    return old


def test_the_migration_normalises_every_dossier_and_version(dossier, top_match):
    home, partner = top_match
    total = selectors.dossier_view(dossier).cost.total
    old = _age(dossier)
    updated_at = Dossier.objects.get(pk=dossier.pk).updated_at
    api_shaped = Dossier.objects.create(title="API", home=home, partner=partner, content=API_SHAPED)
    empty = Dossier.objects.create(title="leer", home=home, partner=partner)
    broken_content = {"phases": "kaputt", "summary": "bleibt"}
    broken = Dossier.objects.create(
        title="kaputt", home=home, partner=partner, content=broken_content
    )

    skipped = migration.content_normalise(django_apps, None)

    assert skipped == [f"Dossier {broken.pk}: phases: Input should be a valid list"]
    dossier.refresh_from_db()
    assert dossier.updated_at == updated_at
    assert dossier.content["schema_version"] == SCHEMA_VERSION
    assert dossier.content["proposer"] is None
    assert dossier.content["phases"][0]["materials_eur"] == "12.50"
    assert dossier.content["phases"][1]["materials_eur"] == "0"
    assert dossier.content["summary"] == old["summary"]
    assert selectors.dossier_view(dossier).cost.total == total + 13  # 12.50 € rounds half up
    version = DossierVersion.objects.get(dossier=dossier)
    assert version.content["schema_version"] == SCHEMA_VERSION and "proposer" in version.content
    api_shaped.refresh_from_db()
    assert api_shaped.content["phases"][0]["visits_out"] == 2
    assert api_shaped.content["phases"][0]["title"] == "a"
    assert api_shaped.content["staff"][0] == {"office": "", "grade": "", "phase": "a", "hours": 10}
    empty.refresh_from_db()
    assert empty.content == content_dump(DossierContent())
    broken.refresh_from_db()
    assert broken.content == broken_content  # nothing lost
    normalised = {d.pk: d.content for d in Dossier.objects.all()}
    assert migration.content_normalise(django_apps, None) == skipped
    assert {d.pk: d.content for d in Dossier.objects.all()} == normalised  # idempotent


def test_content_that_does_not_fit_is_named_in_german_not_an_error_page(
    client, administration, dossier
):
    Dossier.objects.filter(pk=dossier.pk).update(
        content={**dossier.content, "phases": [{"key": "a", "start": "2027-13", "end": "x"}]}
    )
    page = client.get(dossier.get_absolute_url())
    assert page.status_code == 200
    text = page.content.decode()
    assert "passt nicht zum Dossier-Schema" in text
    assert "Phasen › 1 › Von (Monat): ist kein Monat (JJJJ-MM): 2027-13" in text
    for fmt in ("md", "docx"):
        assert client.get(f"/dossiers/{dossier.pk}/export.{fmt}").status_code == 200
    api = client.get(f"/api/dossiers/{dossier.pk}")
    assert api.status_code == 422 and "passt nicht" in api.json()["detail"]
    client.force_login(administration)
    edit = client.get(f"/dossiers/{dossier.pk}/bearbeiten/")
    assert edit.status_code == 200 and "passt nicht zum Dossier-Schema" in edit.content.decode()
    assert 'name="summary"' not in edit.content.decode()


def test_the_api_takes_typed_parts_and_names_what_does_not_fit(client, administration, dossier):
    client.force_login(administration)
    url = f"/api/dossiers/{dossier.pk}"
    body = {"note": "Risiken", "content": {"risks": [{"risk": "Hochwasser", "response": "Plan"}]}}
    response = client.patch(url, body, content_type="application/json")
    assert response.status_code == 200, response.content
    content = response.json()["content"]
    assert content["risks"] == [{"risk": "Hochwasser", "response": "Plan"}]
    assert content["schema_version"] == SCHEMA_VERSION and content["phases"]
    orphan = {"note": "x", "content": {"staff": [{"office": "x", "phase": "weg", "hours": 1}]}}
    refused = client.patch(url, orphan, content_type="application/json")
    assert refused.status_code == 422
    assert "Personalaufwand verweist auf Phasen, die es nicht gibt: weg" in refused.json()["detail"]
    typo = {"note": "x", "content": {"summary": "x", "sumary": "y"}}
    assert client.patch(url, typo, content_type="application/json").status_code == 422
    dossier.refresh_from_db()
    assert dossier.version == 2


def test_exports_read_legacy_content(client, dossier):
    _age(dossier)
    markdown = client.get(f"/dossiers/{dossier.pk}/export.md").content.decode()
    assert "Petitum" in markdown and "`12,50`" in markdown  # the materials line, computed
    docx = client.get(f"/dossiers/{dossier.pk}/export.docx").content
    text = " ".join(p.text for p in Document(io.BytesIO(docx)).paragraphs)
    assert "Petitum" in text
    compare = client.get(f"/dossiers/{dossier.pk}/vergleich/?a=1&b=1")
    assert compare.status_code == 200


def test_the_openapi_description_shows_the_typed_content(client, db):
    schemas = client.get("/api/openapi.json").json()["components"]["schemas"]
    assert schemas["DossierDetail"]["properties"]["content"] == {
        "$ref": "#/components/schemas/DossierContent"
    }
    patch = schemas["DossierPatch"]["properties"]["content"]["anyOf"]
    assert {"$ref": "#/components/schemas/DossierContentPatch"} in patch
    assert schemas["PhaseCategory"]["enum"] == [
        "Kontakt",
        "Projektpartnerschaft",
        "Freundschaft",
        "Partnerschaft",
    ]
    visits = schemas["Phase"]["properties"]["visits_out"]
    assert (visits["type"], visits["minimum"]) == ("integer", 0)
    assert schemas["DossierContent"]["additionalProperties"] is False


def test_the_edit_page_keeps_what_was_typed_when_the_whole_does_not_fit(
    client, administration, dossier
):
    from tests.dossiers.test_dossier_pages import _edit_data

    client.force_login(administration)
    data = _edit_data(client, dossier)
    risks = 201  # the schema allows 200 rows per part; the formset alone would take them
    data = {k: v for k, v in data.items() if not k.startswith("risks-")}
    data.update({"risks-TOTAL_FORMS": str(risks), "risks-INITIAL_FORMS": "0"})
    for number in range(risks):
        data[f"risks-{number}-risk"] = f"Risiko {number}"
        data[f"risks-{number}-response"] = "Antwort"
    data["summary"] = "Mein neuer Text"
    data["note"] = "zu viele Risiken"
    response = client.post(f"/dossiers/{dossier.pk}/bearbeiten/", data)
    assert response.status_code == 200
    page = response.content.decode()
    alert = page[page.index('role="alert"') :][:600]
    assert "Mein neuer Text" in page and "Risiken: hat zu viele Zeilen" in alert, alert
    dossier.refresh_from_db()
    assert dossier.version == 1


def test_an_unchanged_edit_stores_the_same_content(client, administration, dossier):
    from tests.dossiers.test_dossier_pages import _edit_data

    before = content_parse(dossier.content)
    client.force_login(administration)
    data = {**_edit_data(client, dossier), "note": "nur gespeichert"}
    assert client.post(f"/dossiers/{dossier.pk}/bearbeiten/", data).status_code == 302
    dossier.refresh_from_db()
    after = content_parse(dossier.content)
    assert dossier.version == 2
    assert after.model_dump(exclude={"phases"}) == before.model_dump(exclude={"phases"})
    assert [p.model_dump() for p in after.phases] == [p.model_dump() for p in before.phases]
