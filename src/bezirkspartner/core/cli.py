"""`bezirkspartner backup FILE` and `bezirkspartner restore FILE`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_parser(sub) -> None:
    backup = sub.add_parser(
        "backup",
        help="write a backup: database, secret key and uploaded files in one archive",
        description=(
            "Write one archive (tar.gz, readable only by you: it holds the secret key) with the "
            "database (SQLite: online backup while the platform runs; PostgreSQL: pg_dump), the "
            "secret key and uploaded files. Honours DATABASE_URL."
        ),
    )
    backup.add_argument("file", metavar="FILE", type=Path, help="e.g. bezirkspartner.backup.tgz")
    backup.set_defaults(func=cmd_backup)
    restore = sub.add_parser(
        "restore",
        help="restore a backup into a fresh database (see 'backup')",
        description=(
            "Restore an archive written by 'backup' into the database DATABASE_URL names, which "
            "must be empty (a fresh install) unless --force is given, and put back the secret "
            "key and uploaded files. PostgreSQL needs pg_restore (Debian: postgresql-client)."
        ),
    )
    restore.add_argument("file", metavar="FILE", type=Path)
    restore.add_argument(
        "--force", action="store_true", help="replace everything in a database that is not empty"
    )
    restore.set_defaults(func=cmd_restore)


def cmd_backup(args: argparse.Namespace) -> int:
    from bezirkspartner.core.backup import BackupError, backup_create

    try:
        manifest = backup_create(path=args.file)
    except BackupError as exc:
        print(f"bezirkspartner: no backup written: {exc}", file=sys.stderr)
        return 1
    size = manifest["database_bytes"] / 1_000_000
    media = ", uploaded files" if manifest["media"] else ""
    print(
        f"backup written to {args.file}: {manifest['engine']} database ({size:.1f} MB), "
        f"secret key{media}"
    )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from bezirkspartner.core.backup import BackupError, backup_restore

    if not args.file.is_file():
        print(f"bezirkspartner: nothing restored: {args.file} does not exist", file=sys.stderr)
        return 1
    try:
        lines = backup_restore(path=args.file, force=args.force)
    except BackupError as exc:
        print(f"bezirkspartner: nothing restored: {exc}", file=sys.stderr)
        return 1
    for line in lines:
        print(line)
    return 0
