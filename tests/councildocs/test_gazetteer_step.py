"""The set-up step that compiles the place-recognition gazetteer into VAR_DIR/geoparse."""

from pathlib import Path

from django.conf import settings

from bezirkspartner.core import reference_data
from bezirkspartner.councildocs import loader
from bezirkspartner.geoparse import compiled


def test_setup_registers_the_gazetteer_step_with_data_and_code_as_inputs():
    assert loader.LOADER in reference_data.loaders()
    inputs = loader.LOADER.inputs()
    data_dir = Path(settings.DATA_DIR)
    assert data_dir / "geoparse" / "places.yaml" in inputs
    assert data_dir / "geoparse" / "words" / "german-common-nouns.txt.gz" in inputs
    assert Path(compiled.__file__) in inputs


def test_the_step_compiles_once_and_then_reports_up_to_date(settings, tmp_path):
    settings.VAR_DIR = tmp_path
    first = loader.LOADER.run()
    assert first[0].startswith("gazetteer: compiled ")
    files = list((tmp_path / "geoparse").glob("gazetteer-*.marshal"))
    assert len(files) == 1
    assert loader.LOADER.run() == [f"gazetteer: up to date ({files[0].name})"]
