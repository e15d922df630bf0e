"""Backups of the whole platform: the database, the secret key and uploaded files.

One archive (tar.gz, readable only by its owner since it holds the secret key):

    manifest.json       format, engine, version, time, what is inside
    database.sqlite3    SQLite: a consistent copy made with SQLite's online backup API,
                        while the platform keeps running
    database.pgdump     PostgreSQL: `pg_dump --format=custom`, restored with `pg_restore`
    secret_key          the SECRET_KEY in use (sessions, password-reset links stay valid)
    media/...           uploaded files, if any

A restore goes into an empty database (a fresh install) unless `force` is given.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.db import connection

from bezirkspartner import __version__

FORMAT = 1
SQLITE = "django.db.backends.sqlite3"
POSTGRES = "django.db.backends.postgresql"


class BackupError(Exception):
    """A one-line reason why no backup was made or nothing was restored."""


def _engine() -> str:
    engine = connection.settings_dict["ENGINE"]
    if engine not in (SQLITE, POSTGRES):
        raise BackupError(f"backups support SQLite and PostgreSQL, not {engine}")
    return engine


def _pg_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise BackupError(
            f"{name} not found; install it (Debian: apt-get install postgresql-client)"
        )
    return path


def _pg_args_and_env() -> tuple[list[str], dict[str, str]]:
    params = connection.settings_dict
    args = [f"--dbname={params['NAME']}"]
    if params.get("HOST"):
        args.append(f"--host={params['HOST']}")
    if params.get("PORT"):
        args.append(f"--port={params['PORT']}")
    if params.get("USER"):
        args.append(f"--username={params['USER']}")
    environ = {**os.environ, "PGCONNECT_TIMEOUT": "20"}
    if params.get("PASSWORD"):
        environ["PGPASSWORD"] = str(params["PASSWORD"])
    return args, environ


def _run(command: list[str], environ: dict[str, str]) -> None:
    # The command is a fixed tool with arguments built from the settings, never from input.
    result = subprocess.run(command, env=environ, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0:
        lines = (result.stderr or "").strip().splitlines() or ["no message"]
        raise BackupError(f"{Path(command[0]).name} failed: {lines[-1]}")


def _dump_database(engine: str, folder: Path) -> Path:
    if engine == SQLITE:
        target = folder / "database.sqlite3"
        connection.ensure_connection()
        copy = sqlite3.connect(target)
        try:
            connection.connection.backup(copy)
        finally:
            copy.close()
        return target
    target = folder / "database.pgdump"
    args, environ = _pg_args_and_env()
    _run([_pg_tool("pg_dump"), "--format=custom", "--no-owner", f"--file={target}", *args], environ)
    return target


def _add_bytes(archive: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = 0o600
    info.mtime = int(dt.datetime.now().timestamp())
    archive.addfile(info, io.BytesIO(data))


def backup_create(*, path: Path) -> dict:
    """Write a backup archive to `path` (mode 0600); returns its manifest."""
    engine = _engine()
    path = Path(path)
    if path.parent and not path.parent.is_dir():
        raise BackupError(f"the folder {path.parent} does not exist")
    media = Path(settings.MEDIA_ROOT)
    with tempfile.TemporaryDirectory(prefix="bezirkspartner-backup-") as folder:
        database = _dump_database(engine, Path(folder))
        manifest = {
            "format": FORMAT,
            "engine": "sqlite" if engine == SQLITE else "postgresql",
            "database": database.name,
            "database_bytes": database.stat().st_size,
            "secret_key": True,
            "media": media.is_dir() and any(media.iterdir()),
            "version": __version__,
            "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        }
        partial = path.with_name(f".{path.name}.partial")
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as raw, tarfile.open(fileobj=raw, mode="w:gz") as archive:
            _add_bytes(archive, "manifest.json", json.dumps(manifest, indent=1).encode())
            archive.add(database, arcname=database.name)
            _add_bytes(archive, "secret_key", settings.SECRET_KEY.encode())
            if manifest["media"]:
                archive.add(media, arcname="media")
        partial.replace(path)
    return manifest


def _read_manifest(archive: tarfile.TarFile) -> dict:
    try:
        manifest = json.loads(archive.extractfile("manifest.json").read())
    except (KeyError, AttributeError, ValueError) as exc:
        raise BackupError("not a bezirkspartner backup (no manifest.json)") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(f"unknown backup format {manifest.get('format')!r}, expected {FORMAT}")
    return manifest


def _database_is_empty() -> bool:
    return not connection.introspection.table_names()


def _restore_sqlite(source: Path) -> None:
    connection.close()
    connection.ensure_connection()
    backup = sqlite3.connect(source)
    try:
        backup.backup(connection.connection)
    finally:
        backup.close()


def _restore_postgres(source: Path) -> None:
    args, environ = _pg_args_and_env()
    command = [_pg_tool("pg_restore"), "--clean", "--if-exists", "--no-owner", "--no-privileges"]
    connection.close()
    _run([*command, "--exit-on-error", *args, str(source)], environ)


def _restore_secret_key(key: str) -> str:
    """Keep the backup's key for the next start; returns a note for the operator."""
    if os.environ.get("SECRET_KEY"):
        if os.environ["SECRET_KEY"] == key:
            return "the secret key matches SECRET_KEY"
        return (
            "the backup's secret key differs from SECRET_KEY in the environment: set SECRET_KEY "
            "to the backup's key (file secret_key in the archive) to keep sessions valid"
        )
    target = Path(settings.VAR_DIR) / "secret_key"
    descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(key + "\n")
    return f"secret key restored to {target}"


def backup_restore(*, path: Path, force: bool = False) -> list[str]:
    """Restore an archive into the configured database; returns lines for the operator."""
    engine = _engine()
    try:
        archive = tarfile.open(path, mode="r:gz")  # noqa: SIM115 (closed by the with below)
    except (OSError, tarfile.TarError) as exc:
        raise BackupError(f"cannot read {path} ({exc.__class__.__name__})") from exc
    with archive, tempfile.TemporaryDirectory(prefix="bezirkspartner-restore-") as folder:
        manifest = _read_manifest(archive)
        wanted = "sqlite" if engine == SQLITE else "postgresql"
        if manifest.get("engine") != wanted:
            raise BackupError(
                f"the backup is of a {manifest.get('engine')} database, the configured one is "
                f"{wanted}; restore it with a DATABASE_URL of the same kind"
            )
        if not force and not _database_is_empty():
            raise BackupError(
                "the configured database is not empty; restore into a fresh database, or pass "
                "--force to replace everything in it"
            )
        archive.extractall(folder, filter="data")
        database = Path(folder) / str(manifest.get("database"))
        if not database.is_file():
            raise BackupError("the backup holds no database file")
        (_restore_sqlite if engine == SQLITE else _restore_postgres)(database)
        lines = [f"database restored from the backup of {manifest.get('created_at')}"]
        key_file = Path(folder) / "secret_key"
        if key_file.is_file():
            lines.append(_restore_secret_key(key_file.read_text(encoding="utf-8").strip()))
        media = Path(folder) / "media"
        if media.is_dir():
            shutil.copytree(media, settings.MEDIA_ROOT, dirs_exist_ok=True)
            lines.append(f"uploaded files restored to {settings.MEDIA_ROOT}")
    return lines
