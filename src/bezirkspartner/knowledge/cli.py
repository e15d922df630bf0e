"""`bezirkspartner practices export`."""

from __future__ import annotations

import argparse
import json
import sys


def add_parser(sub) -> None:
    practices = sub.add_parser(
        "practices",
        help="export the good practices",
        description="The library of good practices.",
    )
    actions = practices.add_subparsers(dest="practices_command", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export",
        help="print all practices as JSON or CSV",
        description="Print all practices with title, themes, city, district, sources and date.",
    )
    export.add_argument("--format", choices=["json", "csv"], default="json")
    export.add_argument("--theme", help="only this theme (slug)")
    export.set_defaults(func=cmd_export)


def cmd_export(args: argparse.Namespace) -> int:
    from bezirkspartner.core.csv_export import rows_to_csv
    from bezirkspartner.knowledge import selectors

    practices = selectors.practice_queryset()
    if args.theme:
        practices = practices.filter(themes__slug=args.theme)
    rows = [selectors.practice_as_dict(p) for p in practices.distinct()]
    if args.format == "csv":
        header = [
            "slug",
            "title",
            "title_en",
            "themes",
            "city",
            "country",
            "district",
            "period_start",
            "period_end",
            "source_urls",
            "checked",
            "verification",
        ]
        sys.stdout.write(rows_to_csv(header, rows))
    else:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    return 0
