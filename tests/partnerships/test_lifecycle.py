"""The lifecycle: steps dated, with actor and decision; documents stored safely."""

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from bezirkspartner.core.models import AuditEntry
from bezirkspartner.partnerships import services
from bezirkspartner.partnerships.models import Stage
from tests.forum.conftest import UserFactory
from tests.partnerships.conftest import PDF_BYTES

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate  # the service dates steps in the platform time zone


def test_a_partnership_starts_as_an_idea_with_a_dated_first_step(partnership, administration):
    assert partnership.stage == Stage.IDEA
    step = partnership.steps.get()
    assert (step.to_stage, step.actor, step.decided_on) == ("idea", administration, TODAY())
    assert AuditEntry.objects.filter(action="partnership_create").count() == 1


def test_the_whole_lifecycle_forward_then_rest_and_end(partnership, administration):
    path = ["contact", "intent", "agreement", "active", "dormant", "active", "ended"]
    for stage in path:
        services.stage_advance(
            partnership=partnership,
            to_stage=stage,
            decided_on=TODAY(),
            actor=administration,
            drucksache="22-0433" if stage == "agreement" else "",
            decided_by="Bezirksversammlung" if stage == "agreement" else "",
        )
    partnership.refresh_from_db()
    assert partnership.stage == "ended"
    assert [s.to_stage for s in partnership.steps.all()] == ["idea", *path]
    agreement = partnership.steps.get(to_stage="agreement")
    assert (agreement.from_stage, agreement.drucksache) == ("intent", "22-0433")
    assert AuditEntry.objects.filter(action="partnership_stage").count() == len(path)
    assert partnership.next_stages == []


@pytest.mark.parametrize("to_stage", ["intent", "active", "agreement", "dormant", "idea", "x"])
def test_no_stage_is_skipped(partnership, administration, to_stage):
    with pytest.raises(ValidationError):
        services.stage_advance(
            partnership=partnership,
            to_stage=to_stage,
            decided_on=TODAY(),
            actor=administration,
            drucksache="22-0433",
        )
    partnership.refresh_from_db()
    assert partnership.stage == "idea"


def test_an_agreement_needs_its_decision(partnership, administration):
    for stage in ("contact", "intent"):
        services.stage_advance(
            partnership=partnership, to_stage=stage, decided_on=TODAY(), actor=administration
        )
    with pytest.raises(ValidationError, match="Beschluss"):
        services.stage_advance(
            partnership=partnership, to_stage="agreement", decided_on=TODAY(), actor=administration
        )


def test_steps_are_not_dated_in_the_future(partnership, administration):
    with pytest.raises(ValidationError):
        services.stage_advance(
            partnership=partnership,
            to_stage="contact",
            decided_on=timezone.localdate() + dt.timedelta(days=1),
            actor=administration,
        )


def test_only_the_administration_moves_the_lifecycle(partnership):
    with pytest.raises(PermissionDenied):
        services.stage_advance(
            partnership=partnership, to_stage="contact", decided_on=TODAY(), actor=UserFactory()
        )


def test_a_pdf_is_stored_under_a_random_name(partnership, administration):
    upload = SimpleUploadedFile("Absichtserklärung.pdf", PDF_BYTES, "application/pdf")
    document = services.document_store(
        partnership=partnership, kind="intent", title="LoI", upload=upload, actor=administration
    )
    assert document.original_name == "Absichtserklärung.pdf"
    assert document.content_type == "application/pdf"
    assert "Absichtserkl" not in document.file.name and document.file.name.endswith(".pdf")


@pytest.mark.parametrize(
    "name, content",
    [
        ("evil.pdf", b"<html><script>alert(1)</script></html>"),
        ("evil.svg", b"<svg xmlns='http://www.w3.org/2000/svg'><script/></svg>"),
        ("fake.docx", b"PK\x03\x04 not a zip"),
    ],
)
def test_files_that_are_not_what_they_claim_are_refused(partnership, administration, name, content):
    upload = SimpleUploadedFile(name, content, "application/pdf")
    with pytest.raises(ValidationError, match="nicht angenommen"):
        services.document_store(
            partnership=partnership, kind="other", title="", upload=upload, actor=administration
        )
    assert not partnership.documents.exists()


def test_files_over_the_limit_are_refused(partnership, administration, monkeypatch):
    from bezirkspartner.partnerships import uploads

    monkeypatch.setattr(uploads, "MAX_BYTES", 10)
    upload = SimpleUploadedFile("big.pdf", PDF_BYTES, "application/pdf")
    with pytest.raises(ValidationError, match="zu groß"):
        services.document_store(
            partnership=partnership, kind="other", title="", upload=upload, actor=administration
        )


def test_steps_keep_their_order_in_time(partnership, administration):
    with pytest.raises(ValidationError, match="vorherigen"):
        services.stage_advance(
            partnership=partnership,
            to_stage="contact",
            decided_on=timezone.localdate() - dt.timedelta(days=1),
            actor=administration,
        )
