"""Mails kept by Django's file backend (EMAIL_BACKEND=file, var/mail): read and purge per person.

The backend appends each message to a .log file followed by a line of 79 dashes; one file
may hold the mails of several people (one file per connection, e.g. a digest run). Purging
rewrites such a file without the person's mails and removes files left empty.
"""

from __future__ import annotations

import email
import email.policy
from email.utils import getaddresses
from pathlib import Path

from django.conf import settings

SEPARATOR = b"\n" + b"-" * 79 + b"\n"
FILE_BACKEND = "django.core.mail.backends.filebased.EmailBackend"


def _mail_dir() -> Path | None:
    if settings.EMAIL_BACKEND != FILE_BACKEND:
        return None
    path = Path(settings.EMAIL_FILE_PATH)
    return path if path.is_dir() else None


def _recipients(raw: bytes) -> set[str]:
    message = email.message_from_bytes(raw, policy=email.policy.compat32)
    headers = [str(v) for key in ("To", "Cc", "Bcc") for v in message.get_all(key, [])]
    return {address.casefold() for _, address in getaddresses(headers) if address}


def _messages(path: Path) -> list[bytes]:
    return [part for part in path.read_bytes().split(SEPARATOR) if part.strip()]


def _is_for(raw: bytes, address: str) -> bool:
    return address.casefold() in _recipients(raw)


def stored_mails(address: str) -> list[dict]:
    """Subject and date of each stored mail sent to the address (for the data export)."""
    folder = _mail_dir()
    if folder is None:
        return []
    found = []
    for path in sorted(folder.glob("*.log")):
        for raw in _messages(path):
            if _is_for(raw, address):
                message = email.message_from_bytes(raw, policy=email.policy.default)
                found.append({"subject": str(message["Subject"]), "date": str(message["Date"])})
    return found


def stored_mails_purge(address: str) -> int:
    """Remove every stored mail sent to the address; returns how many were removed."""
    folder = _mail_dir()
    if folder is None:
        return 0
    removed = 0
    for path in folder.glob("*.log"):
        messages = _messages(path)
        kept = [raw for raw in messages if not _is_for(raw, address)]
        if len(kept) == len(messages):
            continue
        removed += len(messages) - len(kept)
        if kept:
            path.write_bytes(b"".join(raw + SEPARATOR for raw in kept))
        else:
            path.unlink()
    return removed
