"""`bezirkspartner dossier ID --format pdf|docx|md -o FILE`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_parser(sub) -> None:
    parser = sub.add_parser(
        "dossier",
        help="export a dossier as PDF (Drucksache), DOCX or Markdown",
        description="Export one dossier with its cost plan and timeline.",
    )
    parser.add_argument("id", type=int, help="the dossier's number (as in its web address)")
    parser.add_argument("--format", choices=("pdf", "docx", "md"), default="pdf")
    parser.add_argument(
        "-o", "--output", metavar="FILE", help="where to write it (default: standard output)"
    )
    parser.add_argument(
        "--language", choices=("de", "en"), default="de", help="language of the headings"
    )
    parser.set_defaults(func=cmd_dossier)


def cmd_dossier(args: argparse.Namespace) -> int:
    from django.utils import translation

    from bezirkspartner.dossiers import exports, selectors
    from bezirkspartner.dossiers.models import Dossier

    try:
        dossier = selectors.dossier_with_history(args.id)
    except Dossier.DoesNotExist:
        print(f"bezirkspartner: there is no dossier {args.id}", file=sys.stderr)
        return 1
    try:
        with translation.override(args.language):
            data, _content_type = exports.render(selectors.dossier_view(dossier), args.format)
    except exports.PdfUnavailable as exc:
        print(f"bezirkspartner: {exc}", file=sys.stderr)
        return 1
    if not args.output:
        if args.format != "md" and sys.stdout.isatty():
            print("bezirkspartner: give -o FILE for a binary format", file=sys.stderr)
            return 1
        sys.stdout.buffer.write(data)
        return 0
    try:
        Path(args.output).write_bytes(data)
    except OSError as exc:
        print(f"bezirkspartner: cannot write {args.output}: {exc.strerror}", file=sys.stderr)
        return 1
    print(f"wrote {args.output} ({len(data)} bytes, {args.format})")
    return 0
