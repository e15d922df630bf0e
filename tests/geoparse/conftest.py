from pathlib import Path

import pytest

import bezirkspartner
from bezirkspartner.geoparse import Geoparser
from bezirkspartner.geoparse.compiled import compile_gazetteer, load_gazetteer

DATA = Path(bezirkspartner.__file__).parents[2] / "data"


@pytest.fixture(scope="session")
def compiled(tmp_path_factory):
    """The gazetteer built from the sources once, and the directory it was compiled into."""
    directory = tmp_path_factory.mktemp("geoparse-cache")
    _, built = compile_gazetteer(DATA, directory)
    return directory, built


@pytest.fixture(scope="session")
def parser(compiled):
    """The parser as the platform runs it: on the gazetteer read back from its compiled file."""
    return Geoparser(load_gazetteer(DATA, compiled[0]))


@pytest.fixture(autouse=True)
def _own_var_dir(tmp_path_factory, monkeypatch, compiled):
    """The CLI compiles into $VAR_DIR/geoparse: the session's compiled file, not the project's."""
    var = compiled[0].parent / "var"
    if not (var / "geoparse").exists():
        (var / "geoparse").mkdir(parents=True)
        for path in compiled[0].glob("gazetteer-*"):
            (var / "geoparse" / path.name).hardlink_to(path)
    monkeypatch.setenv("VAR_DIR", str(var))
