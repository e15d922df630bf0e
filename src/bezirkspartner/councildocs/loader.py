"""Compiles the place-recognition gazetteer into var/geoparse, run by `bezirkspartner setup`.

Council documents are parsed with it on import; compiling at set-up means the first import does
not wait for GeoNames. If the compiled file is missing anyway, the parser builds it on first use.
"""

from pathlib import Path

from django.conf import settings

from bezirkspartner.core.reference_data import Loader
from bezirkspartner.geoparse import compiled


def _cache_dir() -> Path:
    return Path(settings.VAR_DIR) / "geoparse"


def _inputs() -> list[Path]:
    modules = [Path(compiled.__file__), Path(compiled.gazetteer_module.__file__)]
    return [*compiled.input_files(Path(settings.DATA_DIR)), *modules]


def _run() -> list[str]:
    data_dir = Path(settings.DATA_DIR)
    path = compiled.compiled_path(data_dir, _cache_dir())
    if path.exists():
        return [f"gazetteer: up to date ({path.name})"]
    path, gazetteer = compiled.compile_gazetteer(data_dir, _cache_dir())
    return [f"gazetteer: compiled {len(gazetteer)} names into {path.name}"]


LOADER = Loader(name="gazetteer", inputs=_inputs, run=_run)
