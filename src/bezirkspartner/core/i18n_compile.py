"""Compile gettext catalogues (.po -> .mo) in pure Python with Babel.

Django's `compilemessages` needs GNU gettext's msgfmt, which a fresh machine
may lack; Babel writes the same binary format, so set-up needs only Python.
CI additionally validates the catalogues with msgfmt.
"""

from __future__ import annotations

from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po


def compile_catalogues(locale_dir: Path, *, force: bool = False) -> list[Path]:
    """Compile every outdated .po file below `locale_dir`; return the written .mo paths."""
    written = []
    for po_path in sorted(locale_dir.glob("*/LC_MESSAGES/*.po")):
        mo_path = po_path.with_suffix(".mo")
        if not force and mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
            continue
        with po_path.open("rb") as po_file:
            catalog = read_po(po_file, locale=po_path.parts[-3])
        with mo_path.open("wb") as mo_file:
            write_mo(mo_file, catalog, use_fuzzy=False)
        written.append(mo_path)
    return written


def catalogue_dirs(package_dir: Path) -> list[Path]:
    """The project catalogue and every app's own one (e.g. accounts' overrides of allauth)."""
    return [package_dir / "locale", *sorted(package_dir.glob("*/locale"))]


def compile_all(package_dir: Path, *, force: bool = False) -> list[Path]:
    """Compile every outdated catalogue of the package; return the written .mo paths."""
    return [
        mo
        for locale_dir in catalogue_dirs(package_dir)
        for mo in compile_catalogues(locale_dir, force=force)
    ]
