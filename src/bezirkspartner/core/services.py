"""Platform-wide write operations: set-up of database, files and reference data."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor

from bezirkspartner.core import reference_data
from bezirkspartner.core.fingerprint import Stamp, content_fingerprint, tree_fingerprint
from bezirkspartner.core.i18n_compile import compile_all
from bezirkspartner.core.models import DataLoadState


def pending_migrations() -> int:
    connection = connections[DEFAULT_DB_ALIAS]
    executor = MigrationExecutor(connection)
    return len(executor.migration_plan(executor.loader.graph.leaf_nodes()))


def platform_setup(*, force: bool = False) -> Iterator[str]:
    """Migrate, compile translations, collect static files, load reference data.

    Idempotent. Steps whose inputs did not change since the last run are skipped,
    so that a second start of the platform is fast.
    """
    pending = pending_migrations()
    if pending or force:
        call_command("migrate", interactive=False, verbosity=0)
        yield f"database: applied {pending} migration(s)"
    else:
        yield "database: up to date"

    call_command("createcachetable", verbosity=0)

    written = compile_all(Path(settings.PACKAGE_DIR), force=force)
    yield (
        f"translations: compiled {len(written)} catalogue(s)"
        if written
        else ("translations: up to date")
    )

    static_sources = [Path(p) for p in _static_source_dirs()]
    static_stamp = Stamp(Path(settings.VAR_DIR) / "stamps" / "static")
    fingerprint = tree_fingerprint(static_sources)
    manifest = Path(settings.STATIC_ROOT) / "staticfiles.json"
    if force or not static_stamp.matches(fingerprint) or not manifest.exists():
        call_command("collectstatic", interactive=False, verbosity=0, clear=True)
        static_stamp.store(fingerprint)
        yield "static files: collected"
    else:
        yield "static files: up to date"

    for loader in reference_data.loaders():
        fingerprint = content_fingerprint(loader.inputs())
        state = DataLoadState.objects.filter(loader=loader.name).first()
        if not force and state and state.fingerprint == fingerprint:
            yield f"{loader.name}: up to date"
            continue
        yield from loader.run()
        DataLoadState.objects.update_or_create(
            loader=loader.name, defaults={"fingerprint": fingerprint}
        )


def _static_source_dirs() -> list[str]:
    from django.contrib.staticfiles.finders import get_finders

    dirs: list[str] = []
    for finder in get_finders():
        for storage in getattr(finder, "storages", {}).values():
            location = getattr(storage, "location", None)
            if location:
                dirs.append(location)
    return sorted(set(dirs))
