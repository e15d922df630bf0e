"""No country or language code in data/ is anything but text (an unquoted NO is read as false)."""

import re
from pathlib import Path

import pytest
import yaml

import bezirkspartner
from bezirkspartner.core.datafile import CODE_KEYS, DataFileError, code_problems, read_yaml
from bezirkspartner.core.errors import ReferenceDataError

DATA = Path(bezirkspartner.__file__).parents[2] / "data"
FILES = sorted(DATA.rglob("*.yaml"))
COUNTRY = re.compile(r"^[A-Z]{2}$")
LANGUAGE = re.compile(r"^[a-z]{2,3}$")
# Named groups of countries in funding rules (dossiers/funding.py: EU groups count, others
# make the answer "unclear").
GROUPS = {
    "EU27",
    "EU28",
    "CERV-associated",
    "Erasmus+-associated",
    "EU-neighbouring non-associated",
    "DAC",
}


def _codes(node, key=None):
    """(key, code) for every value under a code key."""
    if isinstance(node, dict):
        for k, value in node.items():
            if k in CODE_KEYS:
                items = value if isinstance(value, list) else list(value or [])
                if not isinstance(value, list | dict):
                    items = [value]
                yield from ((k, item) for item in items)
            yield from _codes(value, k)
    elif isinstance(node, list):
        for item in node:
            yield from _codes(item, key)


def test_there_are_data_files():
    assert len(FILES) > 30


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(DATA)))
def test_every_code_is_text_of_the_right_shape(path):
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert code_problems(raw, path.name) == []
    for key, code in _codes(raw):
        if key.startswith("language"):
            assert LANGUAGE.match(code), (path.name, key, code)
        elif key != "code" or "countries" in path.name:
            assert COUNTRY.match(code) or code in GROUPS, (path.name, key, code)


def test_an_unquoted_no_is_refused_with_the_place_and_the_fix(tmp_path):
    folder = tmp_path / "knowledge"
    folder.mkdir()
    path = folder / "funding.yaml"
    path.write_text("- slug: x\n  eligible_countries: [EU27, NO, CH]\n", encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        read_yaml(path)
    (problem,) = caught.value.problems
    assert problem.startswith("knowledge/funding.yaml #1 > eligible_countries: False")
    assert 'quotes, e.g. "NO"' in problem


@pytest.mark.parametrize(
    "text",
    ["code: 44\n", "country: true\n", "countries: {true: {day: 1}}\n", "languages: [de, off]\n"],
)
def test_other_non_text_codes_are_refused(tmp_path, text):
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError):
        read_yaml(path)


def test_the_knowledge_loader_reports_it_and_changes_nothing(knowledge_base, knowledge_dir):
    from bezirkspartner.knowledge.models import FundingInstrument
    from bezirkspartner.knowledge.services import knowledge_load

    before = list(FundingInstrument.objects.values_list("slug", "eligible_countries"))
    funding = knowledge_dir / "funding.yaml"
    text = funding.read_text(encoding="utf-8") + "  eligible_countries: [EU27, NO]\n"
    funding.write_text(text, encoding="utf-8")
    with pytest.raises(ReferenceDataError, match=r"funding\.yaml .*False"):
        knowledge_load(data_dir=knowledge_dir)
    assert list(FundingInstrument.objects.values_list("slug", "eligible_countries")) == before
