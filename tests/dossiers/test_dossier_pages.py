"""Dossiers through the web: one click from a match, every part, exports, edits, versions."""

import io
import re

import pytest
from docx import Document
from pypdf import PdfReader

from bezirkspartner.dossiers import selectors
from bezirkspartner.dossiers.models import Dossier, DossierVersion
from tests.forum.conftest import HOSTILE

PARTS_DE = [
    "Sachverhalt",
    "Ziele und erwarteter Nutzen",
    "Umsetzung in Phasen",
    "Finanzielle Ressourcen",
    "Fördermöglichkeiten",
    "Personelle Ressourcen",
    "Ausschüsse",
    "Federführung",
    "Risiken",
    "Indikatoren",
    "Petitum",
    "Anlage 1",
    "Anlage 2",
]


def test_the_match_page_offers_the_button_only_to_the_administration(
    client, administration, participant, committees, knowledge_base
):
    url = "/partner/?bezirk=Harburg&themen=wohnen"
    client.force_login(participant)
    assert "/dossiers/neu/" not in client.get(url).content.decode()
    client.force_login(administration)
    assert 'action="/dossiers/neu/"' in client.get(url).content.decode()


def test_one_click_gives_a_complete_first_draft(dossier, top_match):
    home, partner = top_match
    assert (dossier.home, dossier.partner, dossier.version) == (home, partner, 1)
    content = dossier.content
    for part in ("summary", "petitum", "goals", "phases", "staff", "committees", "lead"):
        assert content[part], part
    assert content["risks"] and content["indicators"]
    assert content["phases"][0]["category"] == "Kontakt"
    assert any(row["role"] == "lead" for row in content["committees"])
    assert content["goals"][0]["practices"] == ["vienna-test-housing"]
    assert DossierVersion.objects.get(dossier=dossier).note


def test_numbers_add_up(dossier):
    view = selectors.dossier_view(dossier)
    assert view.problems == []
    cost = view.cost
    assert cost.total > 0
    assert sum(view.year_totals) == cost.total
    assert sum(row["total"] for row in view.cost_rows) == cost.total
    for row in view.cost_rows:
        assert sum(row["amounts"]) == row["total"]
    assert view.staff_total_hours == sum(row.total for row in view.staff_rows)
    for option in view.funding:
        if option.funded is not None:
            assert option.funded + option.remainder == cost.total


def test_the_page_shows_every_part_to_the_public(client, dossier):
    page = client.get(dossier.get_absolute_url()).content.decode()
    for part in PARTS_DE:
        assert part in page, part
    assert "<svg" in page and 'role="img"' in page
    assert "Dossier bearbeiten" not in page


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_pdf_has_every_part_german_characters_and_the_totals(client, dossier, pdf_renderer):
    response = client.get(f"/dossiers/{dossier.pk}/export.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = _pdf_text(response.content)
    for part in PARTS_DE:
        assert part in text, part
    assert "Bezirksversammlung" in text and "Fördermöglichkeiten" in text and "für" in text
    view = selectors.dossier_view(dossier)
    total = f"{view.cost.total:,}".replace(",", ".")
    assert f"{total} €" in text


def test_docx_opens_and_holds_the_cost_table(client, dossier):
    response = client.get(f"/dossiers/{dossier.pk}/export.docx")
    document = Document(io.BytesIO(response.content))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert any("Petitum" in h for h in headings)
    assert any("Anlage 1" in h for h in headings)
    view = selectors.dossier_view(dossier)
    total = f"{view.cost.total:,}".replace(",", ".") + " €"
    cells = {cell.text for table in document.tables for row in table.rows for cell in row.cells}
    assert total in cells


def test_markdown_export_is_readable_text(client, dossier):
    response = client.get(f"/dossiers/{dossier.pk}/export.md")
    text = response.content.decode()
    assert text.startswith(f"# {dossier.title}")
    assert "## Petitum" in text or "Petitum" in text
    assert client.get(f"/dossiers/{dossier.pk}/export.exe").status_code == 404


def _edit_data(client, dossier) -> dict:
    """The edit form as the browser would send it unchanged."""
    page = client.get(f"/dossiers/{dossier.pk}/bearbeiten/").content.decode()
    data = {}
    for name, value in re.findall(r'<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"', page):
        data[name] = value.replace("&amp;", "&").replace("&quot;", '"')
    for name, body in re.findall(r'<textarea[^>]*name="([^"]+)"[^>]*>(.*?)</textarea>', page, re.S):
        data[name] = (
            body.strip()
            .replace("&amp;", "&")
            .replace("&quot;", '"')
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&#x27;", "'")
        )
    for name, options in re.findall(r'<select[^>]*name="([^"]+)"[^>]*>(.*?)</select>', page, re.S):
        # As a browser does: the selected option, else the first one shown.
        chosen = re.search(r'<option value="([^"]*)"[^>]*selected', options) or re.search(
            r'<option value="([^"]*)"', options
        )
        data[name] = chosen.group(1) if chosen else ""
    data.pop("csrfmiddlewaretoken", None)
    return {k: v for k, v in data.items() if not k.endswith("-DELETE")}


def _body(response) -> str:
    page = response.content.decode()
    return page[page.index('id="toc-heading"') : page.index('id="kommentare"')]


def test_an_edit_recomputes_costs_and_saves_a_version(client, administration, dossier):
    before = selectors.dossier_view(dossier).cost.total
    client.force_login(administration)
    body_before = _body(client.get(dossier.get_absolute_url()))  # now kept ({% keep %})
    assert _body(client.get(dossier.get_absolute_url())) == body_before
    data = _edit_data(client, dossier)
    data["phases-1-delegation_size"] = "10"
    data["note"] = f"Größere Delegation {HOSTILE}"
    response = client.post(f"/dossiers/{dossier.pk}/bearbeiten/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    dossier.refresh_from_db()
    assert dossier.version == 2
    assert dossier.content["phases"][1]["delegation_size"] == 10
    assert selectors.dossier_view(dossier).cost.total > before
    assert _body(client.get(dossier.get_absolute_url())) != body_before  # not the kept one
    versions = client.get(f"/dossiers/{dossier.pk}/versionen/").content.decode()
    assert "Größere Delegation" in versions and "<script>" not in versions
    compare = client.get(f"/dossiers/{dossier.pk}/vergleich/?a=1&b=2").content.decode()
    assert "diff-removed" in compare and "diff-added" in compare


def test_a_bad_edit_keeps_what_was_typed_and_saves_nothing(client, administration, dossier):
    client.force_login(administration)
    data = _edit_data(client, dossier)
    data["phases-0-end"] = "2020-01"
    data["summary"] = "Mein neuer Text"
    data["note"] = "kaputt"
    response = client.post(f"/dossiers/{dossier.pk}/bearbeiten/", data)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Mein neuer Text" in page and 'role="alert"' in page
    dossier.refresh_from_db()
    assert dossier.version == 1


@pytest.mark.parametrize("who", [None, "participant"])
def test_only_the_administration_creates_and_edits(client, dossier, top_match, who, request):
    if who:
        client.force_login(request.getfixturevalue(who))
    home, partner = top_match
    create = client.post(
        "/dossiers/neu/", {"home": home.pk, "partner": partner.pk, "themes": ["wohnen"]}
    )
    edit = client.get(f"/dossiers/{dossier.pk}/bearbeiten/")
    expected = 403 if who else 302
    assert create.status_code == expected and edit.status_code == expected
    assert Dossier.objects.count() == 1


def test_participants_comment_and_hostile_text_is_sanitised(client, participant, dossier):
    client.force_login(participant)
    response = client.post(
        f"/kommentare/neu/dossier/{dossier.pk}/", {"body": f"Gute Idee {HOSTILE}"}
    )
    comment = dossier.comments.get()
    assert response.status_code == 302
    assert response["Location"] == f"{dossier.get_absolute_url()}#kommentar-{comment.pk}"
    page = client.get(dossier.get_absolute_url()).content.decode()
    assert "Gute Idee" in page and '<script>alert("x")' not in page
    assert f'id="kommentar-{comment.pk}"' in page


def test_an_empty_dossier_comment_is_refused_and_a_too_long_one_kept(client, participant, dossier):
    client.force_login(participant)
    empty = client.post(f"/kommentare/neu/dossier/{dossier.pk}/", {"body": "   "})
    assert empty.status_code == 400
    assert "Bitte schreiben Sie zuerst einen Kommentar." in empty.content.decode()
    long_text = "Lang " * 2001
    too_long = client.post(f"/kommentare/neu/dossier/{dossier.pk}/", {"body": long_text})
    assert too_long.status_code == 400
    assert long_text.strip() in too_long.content.decode()  # what was typed stays
    assert not dossier.comments.exists()


def test_api_reads_publicly_and_edits_only_for_the_administration(
    client, administration, participant, dossier
):
    detail = client.get(f"/api/dossiers/{dossier.pk}").json()
    assert detail["total_cost"] == sum(line["amount"] for line in detail["cost_lines"])
    assert client.get("/api/dossiers").json()[0]["id"] == dossier.pk
    body = {"note": "API", "status": "ready"}
    assert (
        client.patch(
            f"/api/dossiers/{dossier.pk}", body, content_type="application/json"
        ).status_code
        == 401
    )
    client.force_login(participant)
    assert (
        client.patch(
            f"/api/dossiers/{dossier.pk}", body, content_type="application/json"
        ).status_code
        == 403
    )
    client.force_login(administration)
    response = client.patch(f"/api/dossiers/{dossier.pk}", body, content_type="application/json")
    assert response.status_code == 200 and response.json()["status"] == "ready"
    bad = {"note": "x", "content": {"phases": [{"key": "a", "start": "2027-09", "end": "2027-01"}]}}
    assert (
        client.patch(
            f"/api/dossiers/{dossier.pk}", bad, content_type="application/json"
        ).status_code
        == 422
    )


def test_cli_writes_every_format(dossier, tmp_path, capsys, pdf_renderer):
    from bezirkspartner.cli import main

    for fmt in ("pdf", "docx", "md"):
        target = tmp_path / f"d.{fmt}"
        assert main(["dossier", str(dossier.pk), "--format", fmt, "-o", str(target)]) == 0
        assert target.stat().st_size > 500
    assert _pdf_text((tmp_path / "d.pdf").read_bytes()).count("Petitum") >= 1
    assert main(["dossier", "999", "--format", "md"]) == 1
    assert "no dossier 999" in capsys.readouterr().err


def test_forum_report_lists_ready_dossiers_and_exports_a_pdf(
    client, administration, dossier, pdf_renderer
):
    dossier.status = Dossier.Status.READY
    dossier.save()
    page = client.get("/dossiers/forumsbericht/").content.decode()
    assert dossier.title in page and "Offene Fragen" in page
    pdf = client.get("/dossiers/forumsbericht.pdf?seit=2020-01-01")
    assert pdf.status_code == 200
    assert "Forumsbericht" in _pdf_text(pdf.content)
    assert client.get("/dossiers/forumsbericht/?seit=kaputt").status_code == 200


def test_broken_create_requests_change_nothing(client, administration, committees, top_match):
    home, partner = top_match
    client.force_login(administration)
    assert client.post("/dossiers/neu/", {"home": "x", "partner": partner.pk}).status_code == 404
    response = client.post("/dossiers/neu/", {"home": home.pk, "partner": partner.pk})
    assert response.status_code == 302
    assert Dossier.objects.count() == 0
    page = client.get(response.url).content.decode()
    assert "mindestens ein Thema" in page


def test_a_forum_proposal_with_a_partner_leads_to_its_dossier(
    client, administration, participant, committees, top_match
):
    from bezirkspartner.knowledge.models import Theme
    from tests.forum.conftest import ProposalFactory

    home, partner = top_match
    proposal = ProposalFactory(author=participant)
    proposal.partner_districts.add(partner)
    proposal.themes.add(Theme.objects.get(slug="wohnen"))
    client.force_login(participant)
    assert 'action="/dossiers/neu/"' not in client.get(proposal.get_absolute_url()).content.decode()
    client.force_login(administration)
    page = client.get(proposal.get_absolute_url()).content.decode()
    assert 'action="/dossiers/neu/"' in page and f'name="proposal" value="{proposal.pk}"' in page
    response = client.post(
        "/dossiers/neu/",
        {"home": home.pk, "partner": partner.pk, "themes": ["wohnen"], "proposal": proposal.pk},
    )
    dossier = Dossier.objects.get()
    assert response.url == dossier.get_absolute_url()
    assert dossier.proposal == proposal and "Forumsvorschlag" in dossier.content["summary"]
    assert dossier.title in client.get(proposal.get_absolute_url()).content.decode()
    detail = client.get(dossier.get_absolute_url()).content.decode()
    assert "&lt;script&gt;" in detail and '<script>alert("x")' not in detail


def test_followers_of_the_proposal_hear_of_its_dossier_and_comments(
    client, administration, participant, committees, top_match, mailoutbox
):
    from bezirkspartner.comments import services as comment_services
    from bezirkspartner.dossiers import services
    from bezirkspartner.knowledge.models import Theme
    from bezirkspartner.notifications.models import Notification
    from bezirkspartner.notifications.services import follow
    from tests.forum.conftest import ProposalFactory, UserFactory

    home, partner = top_match
    proposal = ProposalFactory(author=participant)
    follower = UserFactory(email_notifications="immediate")
    follow(user=follower, target=proposal)
    dossier = services.dossier_create(
        home=home,
        partner=partner,
        themes=[Theme.objects.get(slug="wohnen")],
        proposal=proposal,
        actor=administration,
    )
    comment_services.comment_create(target=dossier, author=participant, body="Bitte Kosten prüfen.")
    kinds = list(Notification.objects.filter(user=follower).values_list("kind", flat=True))
    assert sorted(kinds) == ["comment", "dossier"]
    client.force_login(follower)
    page = client.get("/benachrichtigungen/").content.decode()
    assert "wurde ein Dossier entworfen" in page


def test_without_pango_the_pdf_is_refused_clearly_and_the_rest_works(
    client, dossier, monkeypatch, capsys, tmp_path
):
    from bezirkspartner.cli import main
    from bezirkspartner.dossiers import exports

    monkeypatch.setattr(exports, "pdf_available", lambda: False)
    response = client.get(f"/dossiers/{dossier.pk}/export.pdf")
    assert response.status_code == 503 and "Pango" in response.content.decode()
    assert client.get("/dossiers/forumsbericht.pdf").status_code == 503
    page = client.get(dossier.get_absolute_url()).content.decode()
    assert "export.pdf" not in page and "export.docx" in page
    assert main(["dossier", str(dossier.pk), "--format", "pdf", "-o", str(tmp_path / "x.pdf")]) == 1
    assert "Pango" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize(
    "update",
    [
        {"phases": [{"key": "a", "start": "2027-09", "end": "2027-01"}]},
        {"phases": [{"key": "a"}]},
        {"phases": "kaputt"},
        {"staff": [{"office": "x", "phase": "kontakt", "hours": -4}]},
        {"staff": [{"office": "x", "phase": "gibt-es-nicht", "hours": 4}]},
    ],
)
def test_the_service_never_saves_content_that_does_not_fit(administration, dossier, update):
    """Content built without validation (model_copy does not validate) is checked on saving."""
    from bezirkspartner.dossiers import services
    from bezirkspartner.dossiers.content import ContentError, content_parse

    content = content_parse(dossier.content).model_copy(update=update)
    with pytest.raises(ContentError):
        services.dossier_update(
            dossier=dossier,
            actor=administration,
            title=dossier.title,
            status=dossier.status,
            content=content,
            note="kaputt",
        )
    dossier.refresh_from_db()
    assert dossier.version == 1 and DossierVersion.objects.filter(dossier=dossier).count() == 1


def test_each_funding_note_is_written_once_and_referred_to_by_number(client, dossier):
    from bezirkspartner.dossiers.templatetags.dossier_tags import funding_notes

    view = selectors.dossier_view(dossier)
    notes = funding_notes(view.funding)
    assert len(notes["notes"]) == len({code for o in view.funding for code in o.reasons}) > 0
    page = client.get(dossier.get_absolute_url()).content.decode()
    markdown = client.get(f"/dossiers/{dossier.pk}/export.md").content.decode()
    for note in notes["notes"]:
        sentence = note.replace("'", "&#x27;")
        assert page.count(sentence) == 1 and markdown.count(note) == 1
    assert 'href="#funding-note-1"' in page and 'id="funding-note-1"' in page


def test_the_forum_report_counts_visible_proposal_comments_only(dossier, participant):
    import datetime as dt

    from django.utils import timezone

    from bezirkspartner.comments import services as comment_services
    from bezirkspartner.dossiers.reports import forum_report
    from tests.forum.conftest import CommentFactory, ProposalFactory

    proposal = ProposalFactory(author=participant)
    comment_services.comment_create(target=proposal, author=participant, body="Ja")
    CommentFactory(target=proposal, hidden=True, hidden_reason="Werbung")
    CommentFactory(target=proposal, deleted=True, body="")
    comment_services.comment_create(target=dossier, author=participant, body="Zum Dossier")
    report = forum_report(since=timezone.localdate() - dt.timedelta(days=1))
    assert report.totals["comments"] == 1
    [shown] = [p for _value, _label, items in report.by_status for p in items]
    assert shown.comment_count == 1
