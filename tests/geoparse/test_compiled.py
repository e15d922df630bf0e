"""The compiled gazetteer (geoparse/compiled.py): same content, fast to read, rebuilt on change."""

import shutil

from bezirkspartner.geoparse.compiled import (
    _to_plain,
    compiled_path,
    fingerprint,
    input_files,
    load_gazetteer,
)
from tests.geoparse.conftest import DATA


def test_the_compiled_file_holds_exactly_what_was_built(compiled):
    directory, built = compiled
    loaded = load_gazetteer(DATA, directory)
    assert _to_plain(loaded) == _to_plain(built)
    assert loaded.lexicon == built.lexicon
    assert loaded.lookup("harburg") == built.lookup("harburg") != []


def test_a_second_load_reads_the_same_file_and_builds_nothing(compiled):
    directory, _ = compiled
    path = compiled_path(DATA, directory)
    before = path.stat().st_mtime_ns
    load_gazetteer(DATA, directory)
    assert path.stat().st_mtime_ns == before
    assert [p.name for p in directory.glob("gazetteer-*")] == [path.name]


def test_any_change_of_an_input_file_changes_the_fingerprint(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(DATA / "atlas", data / "atlas")
    shutil.copytree(DATA / "geoparse", data / "geoparse")
    assert fingerprint(data) == fingerprint(DATA)
    assert data / "geoparse" / "places.yaml" in input_files(data)
    places = data / "geoparse" / "places.yaml"
    places.write_text(places.read_text("utf-8") + "\n# changed\n", encoding="utf-8")
    assert fingerprint(data) != fingerprint(DATA)


def test_an_unreadable_compiled_file_is_built_again(compiled, tmp_path):
    _, built = compiled
    copy = tmp_path / "cache"
    copy.mkdir()
    compiled_path(DATA, copy).write_bytes(b"not marshal data")
    loaded = load_gazetteer(DATA, copy)
    assert len(loaded) == len(built)
    assert compiled_path(DATA, copy).stat().st_size > 1000
