"""`bezirkspartner atlas build|export|show`."""

from __future__ import annotations

import argparse
import json
import sys


def add_parser(sub) -> None:
    atlas = sub.add_parser(
        "atlas",
        help="build, export and show the atlas of cities and districts",
        description="The atlas: European cities, their districts, and existing partnerships.",
    )
    actions = atlas.add_subparsers(dest="atlas_command", metavar="ACTION", required=True)
    build = actions.add_parser(
        "build",
        help="build or update the atlas from data/atlas and GeoNames (idempotent)",
        description="Build or update the atlas from data/atlas and GeoNames; prints counts.",
    )
    build.set_defaults(func=cmd_build)
    export = actions.add_parser(
        "export",
        help="print all districts as JSON, CSV or GeoJSON",
        description="Print all districts to standard output.",
    )
    export.add_argument("--format", choices=["json", "csv", "geojson"], default="json")
    export.set_defaults(func=cmd_export)
    show = actions.add_parser(
        "show",
        help="print one district's profile",
        description="Print the profile of the district with this name (any language).",
    )
    show.add_argument("name", metavar="NAME", help='e.g. "Harburg", "Floridsdorf", "Wien 21"')
    show.set_defaults(func=cmd_show)


def cmd_build(args: argparse.Namespace) -> int:
    from bezirkspartner.atlas.dataset import DatasetError
    from bezirkspartner.atlas.services import atlas_build

    try:
        report = atlas_build()
    except DatasetError as exc:
        print(f"bezirkspartner: {exc}", file=sys.stderr)
        for problem in exc.problems[1:20]:
            print(f"  {problem}", file=sys.stderr)
        return 1
    for line in report.summary_lines():
        print(line)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from bezirkspartner.atlas import exports, selectors

    rows = [selectors.district_as_dict(d) for d in selectors.district_list()]
    if args.format == "csv":
        sys.stdout.write(exports.districts_csv(rows))
    elif args.format == "geojson":
        json.dump(exports.districts_geojson(rows), sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from bezirkspartner.atlas import selectors

    found = selectors.district_search(args.name, limit=6)
    if not found:
        print(f"bezirkspartner: no district is called {args.name!r}", file=sys.stderr)
        return 1
    from bezirkspartner.core.text import fold

    exact = [d for d in found if any(n.key == fold(args.name) for n in d.names.all())]
    if len(exact) > 1 or (not exact and len(found) > 1):
        choices = ", ".join(f"{d.name} ({d.city.name})" for d in (exact or found))
        print(f"bezirkspartner: {args.name!r} is ambiguous: {choices}", file=sys.stderr)
        return 1
    district = (exact or found)[0]
    row = selectors.district_as_dict(district)
    width = max(len(key) for key in row)
    for key, value in row.items():
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        print(f"{key.ljust(width)}  {'' if value is None else value}")
    partnerships = selectors.partnership_list(district=district)
    for partnership in partnerships:
        print(f"{'partnership'.ljust(width)}  {partnership} ({partnership.since or '?'})")
    return 0
