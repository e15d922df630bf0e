"""Registers the atlas build as reference data loaded by `bezirkspartner setup`."""

from pathlib import Path

from django.conf import settings

from bezirkspartner.core import reference_data


def _inputs() -> list[Path]:
    return [Path(settings.DATA_DIR) / "atlas"]


def _run() -> list[str]:
    from bezirkspartner.atlas.services import atlas_build

    return atlas_build().summary_lines()


def register() -> None:
    reference_data.register(reference_data.Loader(name="atlas", inputs=_inputs, run=_run))
