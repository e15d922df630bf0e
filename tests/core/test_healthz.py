import json

import pytest

from bezirkspartner.core.selectors import database_is_reachable

pytestmark = pytest.mark.django_db


def test_healthz_reports_ok_with_database(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    body = json.loads(response.content)
    assert body["status"] == "ok"
    assert body["database"] == "ok"
    assert "tasks" not in body  # tasks run at once in tests: there is no queue to report
    assert "no-cache" in response["Cache-Control"]


def test_database_is_reachable_false_when_the_database_fails(monkeypatch):
    from django.db import connection

    def broken_cursor(*args, **kwargs):
        raise RuntimeError("database is down")

    monkeypatch.setattr(connection, "cursor", broken_cursor)
    assert database_is_reachable() is False


def test_healthz_answers_503_when_the_database_fails(client, monkeypatch):
    from django.db import connection

    def broken_cursor(*args, **kwargs):
        raise RuntimeError("database is down")

    monkeypatch.setattr(connection, "cursor", broken_cursor)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content)["database"] == "unreachable"
