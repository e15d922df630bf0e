"""Cheap change detection, so that a second `setup` skips unchanged work."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path


def _files(paths: Iterable[Path]):
    """(root, file) for every file below `paths`, in a stable order."""
    for root in paths:
        if not root.exists():
            continue
        files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
        for file in files:
            yield root, file


def tree_fingerprint(paths: Iterable[Path]) -> str:
    """A digest of the names, sizes and modification times of all files below `paths`."""
    digest = hashlib.sha256()
    for _root, file in _files(paths):
        stat = file.stat()
        digest.update(f"{file}|{stat.st_size}|{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def content_fingerprint(paths: Iterable[Path]) -> str:
    """A digest of the contents of all files below `paths` (independent of mtimes)."""
    digest = hashlib.sha256()
    for root, file in _files(paths):
        digest.update(str(file.relative_to(root.parent)).encode())
        digest.update(file.read_bytes())
    return digest.hexdigest()


class Stamp:
    """A stored fingerprint in a small file under var/."""

    def __init__(self, path: Path):
        self.path = path

    def matches(self, value: str) -> bool:
        return self.path.exists() and self.path.read_text(encoding="utf-8").strip() == value

    def store(self, value: str) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(value + "\n", encoding="utf-8")
