"""`bezirkspartner import-document FILE|URL`."""

from __future__ import annotations

import argparse
import sys
import urllib.request
from pathlib import Path

FETCH_TIMEOUT = 30


def add_parser(sub) -> None:
    parser = sub.add_parser(
        "import-document",
        help="import a council document (text, HTML, OParl JSON or PDF) from a file or URL",
        description=(
            "Import a council document, recognise its places and themes. Repeatable: the same "
            "number or OParl id updates the document. A broken input changes nothing."
        ),
    )
    parser.add_argument("source", metavar="FILE|URL")
    parser.set_defaults(func=cmd_import)


def _read(source: str) -> bytes:
    if source.startswith(("http://", "https://")):
        # Only http(s) reaches here (checked above).
        request = urllib.request.Request(source, headers={"User-Agent": "bezirkspartner"})  # noqa: S310
        with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT) as response:  # noqa: S310
            return response.read(20 * 1024 * 1024 + 1)
    return Path(source).read_bytes()


def cmd_import(args: argparse.Namespace) -> int:
    from bezirkspartner.councildocs.services import DocumentImportError, document_import
    from bezirkspartner.knowledge.indexing import search_documents_rebuild

    try:
        data = _read(args.source)
    except (OSError, ValueError) as exc:
        print(
            f"bezirkspartner: cannot read {args.source}: {exc.__class__.__name__}", file=sys.stderr
        )
        return 1
    try:
        document, created = document_import(data=data, origin=args.source)
    except DocumentImportError as exc:
        print(f"bezirkspartner: {args.source} was not imported: {exc}", file=sys.stderr)
        return 1
    search_documents_rebuild()
    places = document.places.count()
    themes = ", ".join(t.slug for t in document.themes.all()) or "none"
    verb = "imported" if created else "updated"
    print(f"{verb} {document.number} \u2013 {document.title}: {places} places, themes: {themes}")
    return 0
