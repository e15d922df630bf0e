"""`bezirkspartner match DISTRICT …`: the partner ranking on the command line."""

from __future__ import annotations

import argparse
import json
import sys

from bezirkspartner.matching.engine import CRITERIA, DEFAULT_PER_CITY, DEFAULT_WEIGHTS
from bezirkspartner.matching.explain import score_meaning


def _weight(text: str) -> tuple[str, float]:
    criterion, _, value = text.partition("=")
    if criterion not in CRITERIA:
        raise argparse.ArgumentTypeError(
            f"unknown criterion {criterion!r} (one of: {', '.join(CRITERIA)})"
        )
    try:
        number = float(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"weight for {criterion} must be a number") from exc
    if number < 0:
        raise argparse.ArgumentTypeError(f"weight for {criterion} must not be negative")
    return criterion, number


def add_parser(sub) -> None:
    match = sub.add_parser(
        "match",
        help="rank partner districts for a home district, with reasons",
        description=(
            "Rank districts of other European cities as partners for DISTRICT, by how well "
            "their good practices answer DISTRICT's stated challenges, and by comparability, "
            "travel time (an estimate from a stated model), language and EU funding, and "
            "partnership experience. Criteria and default weights: "
            + ", ".join(f"{c}={w}" for c, w in DEFAULT_WEIGHTS.items())
            + ". "
            + score_meaning("en")
        ),
    )
    match.add_argument(
        "district",
        metavar="DISTRICT",
        help='home district, any known name ("Harburg", "Bezirk Harburg")',
    )
    match.add_argument(
        "--theme",
        action="append",
        default=[],
        metavar="SLUG",
        help="theme slug (repeatable; default: all themes)",
    )
    match.add_argument(
        "--weight",
        action="append",
        type=_weight,
        default=[],
        metavar="CRITERION=W",
        help="criterion weight (repeatable)",
    )
    match.add_argument("--max-km", type=float, help="maximum distance in km")
    match.add_argument("--eu-only", action="store_true", help="only EU member states")
    match.add_argument(
        "--exclude-partners", action="store_true", help="leave out existing partners"
    )
    match.add_argument("--top", type=int, default=10, help="how many (default: %(default)s)")
    match.add_argument(
        "--per-city",
        type=int,
        default=DEFAULT_PER_CITY,
        metavar="N",
        help="at most N districts of one city (default: %(default)s; 0: no limit)",
    )
    match.add_argument("--format", choices=["table", "json"], default="table")
    match.set_defaults(func=cmd_match)


def cmd_match(args: argparse.Namespace) -> int:
    from bezirkspartner.matching import selectors

    slugs = selectors.theme_slugs()
    unknown = [t for t in args.theme if t not in slugs]
    if unknown:
        print(
            f"bezirkspartner: unknown theme {unknown[0]!r} (one of: {', '.join(slugs)})",
            file=sys.stderr,
        )
        return 2
    try:
        home = selectors.district_resolve(args.district)
    except selectors.DistrictNotFound as exc:
        print(f"bezirkspartner: {exc}", file=sys.stderr)
        return 1
    weights = dict(DEFAULT_WEIGHTS) | dict(args.weight)
    results = selectors.match_results(
        selectors.MatchRequest(
            home=home,
            themes=dict.fromkeys(args.theme or slugs, 1.0),
            weights=weights,
            max_km=args.max_km,
            eu_only=args.eu_only,
            exclude_partners=args.exclude_partners,
            top=max(1, args.top),
            per_city=max(0, args.per_city),
        )
    )
    rows = [selectors.result_as_dict(r, d) for r, d in results]
    if args.format == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    print(score_meaning("en"))
    for rank, row in enumerate(rows, start=1):
        print(
            f"{rank:>2}. {row['district']} ({row['city']}, {row['country']})  {row['points']}/100"
        )
        print("    " + "  ".join(f"{c} {v * 100:.0f}" for c, v in row["criteria_scores"].items()))
        for reason in row["reasons"]:
            print(f"    - {reason}")
    return 0
