"""One way to read the curated YAML files in data/, with no silent country or language codes.

YAML 1.1 (PyYAML) reads an unquoted NO (Norway, Norwegian), ON, Y or N as true or
false. A code that is not a string is always such an accident, so every loader
reads through `read_yaml`, which names the file, the place and the fix.

Pure Python: no Django, usable by the pure dataset readers and the gazetteer.
"""

from __future__ import annotations

import gzip
import os
from pathlib import Path
from typing import Any

import yaml

from bezirkspartner.core.errors import ReferenceDataError

# Keys whose values are ISO country or language codes (a string, a list of them,
# or a mapping keyed by them).
# libyaml's safe loader where PyYAML was built with it: the same result, many times faster.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
CODE_KEYS = frozenset(
    {"code", "country", "countries", "eligible_countries", "language", "languages"}
)


class DataFileError(ReferenceDataError):
    def __init__(self, problems: list[str]):
        super().__init__("curated", problems)


def _describe(where: str, value: Any) -> str:
    hint = ""
    if isinstance(value, bool):
        hint = (
            " (YAML reads an unquoted NO, ON, Y or N as true/false:"
            ' put the code in quotes, e.g. "NO")'
        )
    return f"{where}: {value!r} is not a code written as text{hint}"


def code_problems(node: Any, where: str) -> list[str]:
    """Every value under a code key that is not a string, with where it is."""
    problems: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            here = f"{where} > {key}"
            if key in CODE_KEYS:
                if isinstance(value, list):
                    problems += [_describe(here, v) for v in value if not isinstance(v, str)]
                elif isinstance(value, dict):
                    problems += [_describe(here, k) for k in value if not isinstance(k, str)]
                elif value is not None and not isinstance(value, str):
                    problems.append(_describe(here, value))
            problems += code_problems(value, here)
    elif isinstance(node, list):
        for number, item in enumerate(node, start=1):
            problems += code_problems(item, f"{where} #{number}")
    return problems


def read_yaml(path: Path) -> Any:
    """The parsed file; DataFileError when it is not YAML or holds a code that is not text."""
    where = f"{path.parent.name}/{path.name}"
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)  # noqa: S506
    except yaml.YAMLError as exc:
        raise DataFileError([f"{where}: not valid YAML ({exc.__class__.__name__})"]) from exc
    problems = code_problems(data, where)
    if problems:
        raise DataFileError(problems)
    return data


def default_data_dir() -> Path:
    """data/ of a checkout, or DATA_DIR (the same rule as settings.DATA_DIR, for pure code)."""
    configured = os.environ.get("DATA_DIR", "").strip()
    return Path(configured or Path(__file__).resolve().parents[3] / "data").resolve()


def read_word_lines(path: Path) -> tuple[str, ...]:
    """A word list in file order: one entry per line; blank lines and lines starting with #
    (source, licence, meaning) are skipped; a .gz file is read decompressed."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        stripped = (line.strip() for line in handle)
        return tuple(line for line in stripped if line and not line.startswith("#"))


def read_words(path: Path) -> frozenset[str]:
    """A word list as a set (see read_word_lines)."""
    return frozenset(read_word_lines(path))
