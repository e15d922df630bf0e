"""Background tasks with the database backend: queued by the platform, run by `worker`.

The rest of the suite runs tasks at once (tests/settings.py); here the queue is real (the
django-tasks-db table) and `bezirkspartner worker --batch` runs it in this process, so that
Django's in-memory outbox shows what the worker sent. Transactional tests: the worker commits.
"""

import signal
import socket
from pathlib import Path

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from bezirkspartner.accounts.models import User
from bezirkspartner.cli import main
from bezirkspartner.comments import services
from bezirkspartner.councildocs.models import CouncilDocument
from bezirkspartner.notifications.services import follow_toggle
from tests.forum.conftest import ProposalFactory, UserFactory

PAPER = Path(__file__).parents[1] / "councildocs" / "drucksache-22-0433.txt"
pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def _database_tasks(settings):
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }


@pytest.fixture(autouse=True)
def _keep_signal_handlers():
    """The worker installs its own SIGINT/SIGTERM handlers; give the test run its own back."""
    saved = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    yield
    for sig, handler in saved.items():
        signal.signal(sig, handler)


def _statuses() -> list[str]:
    return sorted(DBTaskResult.objects.values_list("status", flat=True))


def test_a_comment_queues_the_followers_mail_and_the_worker_sends_it():
    proposal = ProposalFactory()
    follower = UserFactory(email_notifications="immediate")
    follow_toggle(user=follower, target=proposal)
    services.comment_create(target=proposal, author=UserFactory(), body="Gute Idee")

    assert mail.outbox == []
    assert _statuses() == ["READY"]
    assert main(["worker", "--batch"]) == 0

    assert [m.to for m in mail.outbox] == [[follower.email]]
    assert proposal.title in mail.outbox[0].body
    assert _statuses() == ["SUCCESSFUL"]
    assert main(["worker", "--batch"]) == 0  # nothing left: no second mail
    assert len(mail.outbox) == 1


def test_healthz_shows_the_waiting_tasks_so_a_missing_worker_is_noticed(client):
    assert client.get("/healthz").json()["tasks"] == {"waiting": 0, "oldest_seconds": 0}
    proposal = ProposalFactory()
    follow_toggle(user=UserFactory(email_notifications="immediate"), target=proposal)
    services.comment_create(target=proposal, author=UserFactory(), body="Gute Idee")
    health = client.get("/healthz")
    assert health.status_code == 200 and health.json()["tasks"]["waiting"] == 1
    assert main(["worker", "--batch"]) == 0
    assert client.get("/healthz").json()["tasks"]["waiting"] == 0


def test_a_person_who_switched_mails_off_meanwhile_gets_none():
    proposal = ProposalFactory()
    follower = UserFactory(email_notifications="immediate")
    follow_toggle(user=follower, target=proposal)
    services.comment_create(target=proposal, author=UserFactory(), body="Gute Idee")
    follower.email_notifications = "off"
    follower.save()
    assert main(["worker", "--batch"]) == 0
    assert mail.outbox == []
    assert _statuses() == ["SUCCESSFUL"]


def test_send_digests_queues_the_digest_for_the_worker(capsys):
    proposal = ProposalFactory()
    follower = UserFactory(email_notifications="daily")
    follow_toggle(user=follower, target=proposal)
    services.comment_create(target=proposal, author=UserFactory(), body="eins")
    assert _statuses() == []  # daily: nothing at once

    call_command("send_digests")
    assert "queued" in capsys.readouterr().out
    assert mail.outbox == []
    assert main(["worker", "--batch"]) == 0
    assert [m.to for m in mail.outbox] == [[follower.email]]


def test_an_uploaded_document_is_analysed_by_the_worker(client, knowledge_base):
    client.force_login(UserFactory(role=User.Role.ADMINISTRATION))
    upload = SimpleUploadedFile("22-0433.txt", PAPER.read_bytes())
    response = client.post("/dokumente/hochladen/", {"file": upload})
    assert response.status_code == 302
    document = CouncilDocument.objects.get()
    assert document.analysis_pending and not document.places.exists()
    page = client.get(response["Location"]).content.decode()
    assert "im Hintergrund erkannt" in page

    assert main(["worker", "--batch"]) == 0
    document.refresh_from_db()
    assert not document.analysis_pending
    assert document.places.filter(norm="Harburg").exists()
    assert document.themes.filter(slug="wohnen").exists()
    assert "im Hintergrund erkannt" not in client.get(response["Location"]).content.decode()

    # Uploaded again: the places of the earlier version go until the worker has looked again.
    upload = SimpleUploadedFile("22-0433.txt", PAPER.read_bytes())
    assert client.post("/dokumente/hochladen/", {"file": upload}).status_code == 302
    document.refresh_from_db()
    assert document.analysis_pending and not document.places.exists()
    assert not document.themes.exists()
    assert main(["worker", "--batch"]) == 0
    assert document.places.filter(norm="Harburg").exists()


def test_a_failing_task_is_recorded_and_the_worker_goes_on(settings):
    """No mail server listens: each mail task fails, is marked FAILED, the worker goes on."""
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", closed_port, 5
    proposal = ProposalFactory()
    follower = UserFactory(email_notifications="immediate")
    follow_toggle(user=follower, target=proposal)
    services.comment_create(target=proposal, author=UserFactory(), body="eins")
    services.comment_create(target=proposal, author=UserFactory(), body="zwei")
    assert main(["worker", "--batch"]) == 0
    assert _statuses() == ["FAILED", "FAILED"]
    errors = DBTaskResult.objects.values_list("exception_class_path", flat=True)
    assert set(errors) == {"builtins.ConnectionRefusedError"}


def test_the_worker_refuses_when_tasks_run_at_once(capsys, settings):
    settings.TASKS = {
        "default": {
            "BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
            "QUEUES": ["default"],
        }
    }
    assert main(["worker", "--batch"]) == 1
    assert "TASKS_BACKEND is 'immediate'" in capsys.readouterr().err
