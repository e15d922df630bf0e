"""Property test: any YAML in a knowledge file is loaded or refused with KnowledgeDataError."""

import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings

from bezirkspartner.knowledge import dataset
from bezirkspartner.knowledge.dataset import KnowledgeDataError
from tests.fuzz import yaml_values

KEYS = (
    *dataset.PRACTICE_REQUIRED, "themes", "name_de", "name_en", "description_de",
    "description_en", "district", "theme", "text_de", "year", "source_url",
)  # fmt: skip
FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def load(content, loader):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "file.yaml")
        path.write_text(yaml.safe_dump(content), encoding="utf-8")
        try:
            return loader(path)
        except KnowledgeDataError as exc:
            assert exc.problems
            return None


@FUZZ
@given(yaml_values(KEYS))
def test_themes(content):
    load(content, dataset.load_themes)


@FUZZ
@given(yaml_values(KEYS))
def test_practices(content):
    load(content, lambda path: dataset.load_practices(path.parent, {"wohnen"}))


@FUZZ
@given(yaml_values(KEYS))
def test_challenges(content):
    load(content, lambda path: dataset.load_challenges(path, {"wohnen"}))


@FUZZ
@given(yaml_values(KEYS))
def test_funding(content):
    load(content, dataset.load_funding)
