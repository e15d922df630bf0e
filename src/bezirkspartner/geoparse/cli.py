"""`bezirkspartner geoparse [FILE|-] [--format json|text] [--jsonl]`. Needs no database."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path


def default_data_dir() -> Path:
    configured = os.environ.get("DATA_DIR")
    return Path(configured) if configured else Path(__file__).resolve().parents[3] / "data"


def add_parser(sub) -> None:
    parser = sub.add_parser(
        "geoparse",
        help="recognise places in a text (German council documents)",
        description=(
            "Print the place mentions of a text: surface, start, end (character offsets), "
            "type, norm, lat, lon, confidence. With --jsonl, read JSON Lines "
            '{"id": ..., "text": ...} from standard input and write {"id": ..., "mentions": [...]}.'
        ),
    )
    parser.add_argument(
        "file",
        nargs="?",
        default="-",
        metavar="FILE|-",
        help="text file to read; - or nothing for standard input",
    )
    parser.add_argument("--format", choices=["json", "text"], default="json")
    parser.add_argument("--jsonl", action="store_true", help="batch mode over JSON Lines")
    parser.add_argument(
        "--context",
        default="hamburg",
        help="the document's city, for ambiguous names (default: %(default)s)",
    )
    parser.set_defaults(func=cmd_geoparse, needs_django=False)


def _parser():
    from bezirkspartner.geoparse import Geoparser
    from bezirkspartner.geoparse.compiled import load_gazetteer

    return Geoparser(load_gazetteer(default_data_dir()))


def cmd_geoparse(args: argparse.Namespace) -> int:
    if args.jsonl:
        return _batch(args)
    try:
        text = sys.stdin.read() if args.file == "-" else _read(Path(args.file))
    except (OSError, UnicodeDecodeError) as exc:
        print(f"bezirkspartner: cannot read {args.file}: {exc.__class__.__name__}", file=sys.stderr)
        return 1
    mentions = _parser().parse(text, context=args.context)
    if args.format == "text":
        for m in mentions:
            where = f"{m.lat:.4f},{m.lon:.4f}" if m.lat is not None else "-"
            print(f"{m.start}-{m.end}\t{m.type}\t{m.surface}\t{m.norm}\t{where}\t{m.confidence}")
    else:
        json.dump([m.as_dict() for m in mentions], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    return 0


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _batch(args: argparse.Namespace) -> int:
    parser = _parser()
    for number, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            text = record["text"]
            if not isinstance(text, str):
                raise TypeError
        except (json.JSONDecodeError, KeyError, TypeError):
            print(
                f"bezirkspartner: line {number} is not a JSON object with a text", file=sys.stderr
            )
            return 1
        mentions = [m.as_dict() for m in parser.parse(text, context=args.context)]
        sys.stdout.write(
            json.dumps({"id": record.get("id"), "mentions": mentions}, ensure_ascii=False) + "\n"
        )
    return 0
