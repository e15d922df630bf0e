"""`bezirkspartner backup` / `restore`: a backup restored into a fresh database has everything.

Runs on the database the tests use: SQLite (online backup API) or, with DATABASE_URL set to
PostgreSQL as in CI, pg_dump / pg_restore into a database created for the test.
"""

import io
import json
import os
import sqlite3
import stat
import subprocess
import sys
import tarfile
import uuid
from contextlib import contextmanager

import pytest
from django.conf import settings
from django.db import connection

from bezirkspartner.cli import main
from tests.conftest import subprocess_env
from tests.forum.conftest import ProposalFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)
POSTGRES = connection.vendor == "postgresql"


def bezirkspartner(*args, **env):
    environ = subprocess_env(**env)
    environ.pop("SECRET_KEY", None)
    return subprocess.run(
        [sys.executable, "-m", "bezirkspartner", *args],
        capture_output=True,
        text=True,
        env=environ,
        timeout=300,
        check=False,
    )


@contextmanager
def fresh_database(tmp_path):
    """A DATABASE_URL of an empty database of the kind the tests use, and a query function."""
    if not POSTGRES:
        path = tmp_path / "fresh.sqlite3"

        def query(sql):
            with sqlite3.connect(path) as db:
                return db.execute(sql).fetchall()

        yield f"sqlite:///{path}", query
        return
    import psycopg

    params = connection.settings_dict
    name = f"bp_restore_{uuid.uuid4().hex[:8]}"
    with connection.cursor() as cursor:
        cursor.execute(f'CREATE DATABASE "{name}"')
    auth = params["USER"] + (f":{params['PASSWORD']}" if params.get("PASSWORD") else "")
    url = f"postgres://{auth}@{params['HOST']}:{params['PORT']}/{name}"

    def query(sql):
        with psycopg.connect(url.replace("postgres://", "postgresql://", 1)) as db:
            return db.execute(sql).fetchall()

    try:
        yield url, query
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_backup_restores_into_a_fresh_database(tmp_path, capsys):
    author = UserFactory(email="pia@example.org", display_name="Pia")
    ProposalFactory(author=author, title="Partnerschaft mit Floridsdorf")
    archive = tmp_path / "bezirkspartner.backup.tgz"
    assert main(["backup", str(archive)]) == 0
    assert capsys.readouterr().out.startswith(f"backup written to {archive}")
    assert stat.S_IMODE(archive.stat().st_mode) == 0o600  # it holds the secret key
    with tarfile.open(archive) as tar:
        manifest = json.loads(tar.extractfile("manifest.json").read())
        assert tar.extractfile("secret_key").read().decode() == settings.SECRET_KEY
    assert manifest["engine"] == ("postgresql" if POSTGRES else "sqlite")

    var = tmp_path / "var"
    with fresh_database(tmp_path) as (url, query):
        restored = bezirkspartner("restore", str(archive), DATABASE_URL=url, VAR_DIR=str(var))
        assert restored.returncode == 0, restored.stderr
        users = query("SELECT email, display_name FROM accounts_user")
        assert users == [("pia@example.org", "Pia")]
        assert query("SELECT title FROM forum_proposal") == [("Partnerschaft mit Floridsdorf",)]
        assert (var / "secret_key").read_text().strip() == settings.SECRET_KEY
        assert stat.S_IMODE((var / "secret_key").stat().st_mode) == 0o600
        migrations = bezirkspartner("migrate", "--check", DATABASE_URL=url, VAR_DIR=str(var))
        assert migrations.returncode == 0, migrations.stdout + migrations.stderr

        again = bezirkspartner("restore", str(archive), DATABASE_URL=url, VAR_DIR=str(var))
        assert again.returncode == 1
        assert again.stderr.strip().splitlines() == [
            "bezirkspartner: nothing restored: the configured database is not empty; restore "
            "into a fresh database, or pass --force to replace everything in it"
        ]
        forced = bezirkspartner(
            "restore", "--force", str(archive), DATABASE_URL=url, VAR_DIR=str(var)
        )
        assert forced.returncode == 0, forced.stderr
        assert query("SELECT count(*) FROM accounts_user") == [(1,)]


def test_restoring_something_else_says_so_in_one_line(tmp_path, capsys):
    junk = tmp_path / "junk.tgz"
    junk.write_bytes(os.urandom(200))
    assert main(["restore", str(junk)]) == 1
    error = capsys.readouterr().err.strip().splitlines()
    assert error == [f"bezirkspartner: nothing restored: cannot read {junk} (ReadError)"]
    assert main(["restore", str(tmp_path / "missing.tgz")]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_a_backup_of_the_other_engine_is_refused(tmp_path, capsys):
    archive = tmp_path / "other.tgz"
    other = "sqlite" if POSTGRES else "postgresql"
    with tarfile.open(archive, "w:gz") as tar:
        data = json.dumps({"format": 1, "engine": other, "database": "x"}).encode()
        info = tarfile.TarInfo("manifest.json")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    assert main(["restore", str(archive)]) == 1
    assert f"the backup is of a {other} database" in capsys.readouterr().err
