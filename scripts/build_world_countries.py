"""Build data/geoparse/world-countries.yaml: the German short names of the world's countries.

The names are the German territory names of the Unicode CLDR (version 47), as shipped in the
PyPI package Babel 2.18.0, a dependency of the project (Unicode License v3). Run:

    python scripts/build_world_countries.py

Countries of the atlas (data/atlas/countries.yaml) are left out: the atlas already names them.
So are the CLDR's codes that are no country (the EU, the UN, "unknown region", pseudo-locales,
uninhabited islands and outlying areas) and three names that mostly mean something else in
German texts ("Jersey", "Guernsey", "St. Martin", the name of many churches).
Alternative names are added only where German texts commonly write another form of the name.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml
from babel import Locale, __version__
from babel.core import get_cldr_version

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "data/geoparse/world-countries.yaml"
ATLAS = ROOT / "data/atlas/countries.yaml"
CHECKED = "2026-12-05"
# CLDR codes that name no country: groupings, pseudo-locales, the unknown region, and
# uninhabited or purely administrative territories.
NOT_COUNTRIES = frozenset(
    "AC AQ BV CP DG EA EU EZ GS HM IC IO QO TA TF UM UN XA XB ZZ".split()  # noqa: SIM905
)
# Names that mostly mean something else in German texts: a jumper, a fabric, many churches.
AMBIGUOUS = frozenset(["GG", "JE", "MF"])
# Other forms German texts write: the plural's dative, abbreviations and common short names.
ALTERNATIVES = {
    "US": ["Vereinigten Staaten", "USA"],
    "AE": ["Vereinigten Arabischen Emirate", "Vereinigten Arabischen Emiraten"],
    "PS": ["Palästina"],
    "HK": ["Hongkong"],
    "MO": ["Macau"],
    "CI": ["Elfenbeinküste"],
    "CV": ["Kap Verde"],
    "CD": ["Demokratische Republik Kongo"],
    "CF": ["Zentralafrikanischen Republik"],
    "DO": ["Dominikanischen Republik"],
}
HEADER = """\
# The world's countries by their German short names, for the place recogniser (issue 19).
# Names: Unicode CLDR {cldr} German territory names, as shipped in Babel {babel} (PyPI);
# Unicode License v3 (https://www.unicode.org/license.txt). Built by
# scripts/build_world_countries.py on {checked}. Countries of data/atlas/countries.yaml, codes
# that are no country and Jersey, Guernsey and St. Martin are left out; alternative
# names (alt_names) are the forms German texts commonly write (see the script).
"""


def records() -> list[dict]:
    atlas_codes = {str(item["code"]) for item in yaml.safe_load(ATLAS.read_text("utf-8"))}
    source = (
        f"https://github.com/unicode-org/cldr/blob/release-{get_cldr_version()}/common/main/de.xml"
    )
    result = []
    for code, name in sorted(Locale("de").territories.items()):
        if len(code) != 2 or not code.isalpha() or code in NOT_COUNTRIES | AMBIGUOUS | atlas_codes:
            continue
        record = {"name": name, "type": "country", "country": code}
        if code in ALTERNATIVES:
            record["alt_names"] = ALTERNATIVES[code]
        record |= {"source": source, "checked": CHECKED}
        result.append(record)
    return result


def main() -> None:
    header = HEADER.format(cldr=get_cldr_version(), babel=__version__, checked=CHECKED)
    body = yaml.safe_dump(records(), allow_unicode=True, sort_keys=False, width=100)
    OUT.write_text(header + body, encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {body.count('- name:')} countries", file=sys.stderr)


if __name__ == "__main__":
    main()
