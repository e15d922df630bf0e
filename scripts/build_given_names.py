"""Build data/geoparse/words/given-names-nam-dict.txt from Jörg Michael's nam_dict.txt.

nam_dict.txt (GNU Free Documentation License 1.2 or later) ships in the PyPI package
gender-guesser 0.4.0. Run:

    pip download --no-deps gender-guesser==0.4.0
    python scripts/build_given_names.py gender_guesser-0.4.0-py2.py3-none-any.whl

It keeps the first names the dictionary marks as at least moderately common (3 of 13 or more)
in Germany, Austria or Switzerland, as written, one a line, sorted. Names whose dictionary line
is a sorting duplicate ('+' in column 30) and equivalence lines are left out.
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "data/geoparse/words/given-names-nam-dict.txt"
MEMBER = "gender_guesser/data/nam_dict.txt"
COUNTRIES = ("Germany", "Austria", "Swiss")
MIN_FREQUENCY = 3
GENDER_CODES = frozenset("MF?1")  # a name line starts with its gender code
HEADER = """# First names common in Germany, Austria or Switzerland (frequency 3 of 13 or more),
# from nam_dict.txt by Jörg Michael (c) 2007-2008, as shipped in the PyPI package
# gender-guesser 0.4.0.
# Licence of this list: GNU Free Documentation License 1.2 or later, like its source; no
# invariant sections, no cover texts. Built by scripts/build_given_names.py on 2026-12-05.
"""


def country_columns(lines: list[str]) -> list[int]:
    """The character columns of the countries' frequencies (the '|' under each name)."""
    columns = []
    for k, line in enumerate(lines[:400]):
        if line.strip("# $").strip() in COUNTRIES:
            columns.append(lines[k + 1].index("|"))
    if len(columns) != len(COUNTRIES):
        raise SystemExit("nam_dict.txt: country columns not found")
    return columns


def common_names(lines: list[str]) -> list[str]:
    columns = country_columns(lines)
    names = set()
    for line in lines:
        if line[:1] not in GENDER_CODES or len(line) < 31 or line[29] == "+":
            continue
        name = line[3:29].strip()
        frequencies = [line[c] for c in columns if c < len(line)]
        common = any(f.strip() and int(f, 16) >= MIN_FREQUENCY for f in frequencies)
        if common and name[:1].isupper() and " " not in name and "+" not in name:
            names.add(name)
    return sorted(names)


def main(wheel: str) -> None:
    with zipfile.ZipFile(wheel) as archive:
        lines = archive.read(MEMBER).decode("utf-8").splitlines()
    names = common_names(lines)
    OUT.write_text(HEADER + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {OUT}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: build_given_names.py <gender_guesser wheel>")
    main(sys.argv[1])
