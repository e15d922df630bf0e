from pathlib import Path

import pytest

import bezirkspartner
from bezirkspartner.geoparse import Gazetteer, Geoparser

DATA = Path(bezirkspartner.__file__).parents[2] / "data"


@pytest.fixture(scope="session")
def parser():
    return Geoparser(Gazetteer.default(DATA))
