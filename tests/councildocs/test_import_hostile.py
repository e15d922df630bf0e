"""`import-document` with hostile or broken input: one readable line, exit 1, nothing written."""

import json

import pytest

from bezirkspartner.cli import main
from bezirkspartner.councildocs.models import CouncilDocument, RawDocument

pytestmark = pytest.mark.django_db

TEXT = "22-0433\nAntrag Volt: Ideen nach vorn\nAntrag\n{consultation}\nSachverhalt\nIn Wien.\n"


def paper(**fields) -> str:
    base = {
        "id": "https://oparl.example.org/paper/1",
        "type": "https://schema.oparl.org/1.1/Paper",
        "name": "Antrag: Partnerschaften",
        "reference": "22-0433",
    }
    return json.dumps({**base, **fields})


HOSTILE = {
    "over-long reference": paper(reference="22-" + "1" * 60),
    "over-long OParl id": paper(id="https://oparl.example.org/" + "p" * 600),
    "over-long paper type": paper(paperType="Antrag " * 30),
    "over-long name": paper(name="Antrag " * 200),
    "impossible date in the text": TEXT.format(
        consultation="Letzte Beratung: 31.02.2024 Bezirksversammlung Harburg Ö 5.1"
    ),
    "impossible OParl date": paper(date="2024-02-31"),
    "agenda item over the limit": TEXT.format(
        consultation="Letzte Beratung: 25.02.2025 Bezirksversammlung Ö " + "5." * 40 + "1"
    ),
    "body over the limit": TEXT.format(
        consultation="Letzte Beratung: 25.02.2025 " + "Ausschuss " * 40 + "Ö 5.1"
    ),
    "deeply nested JSON": '{"a":' * 100_000 + "1" + "}" * 100_000,
    "name is a list": paper(name=["Antrag", "Partnerschaften"]),
    "reference is an object": paper(reference={"number": "22-0433"}),
    "mainFile text is a number": paper(mainFile={"text": 12345}),
    "date is a number": paper(date=20240101),
    "NUL byte in a text": TEXT.format(consultation="") + "Harburg\x00Wien\n",
    "NUL byte in JSON": paper(name="Antrag\u0000Partnerschaften"),
}


@pytest.mark.parametrize("content", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_input_is_refused_in_one_line_and_writes_nothing(content, tmp_path, capsys):
    source = tmp_path / "input.json"
    source.write_text(content, encoding="utf-8")
    assert main(["import-document", str(source)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err[:2000]
    assert lines[0].startswith(f"bezirkspartner: {source} was not imported: ")
    assert "Traceback" not in captured.err and len(lines[0]) < 300
    assert RawDocument.objects.count() == 0 and CouncilDocument.objects.count() == 0


def test_the_refusal_names_the_problem(tmp_path, capsys):
    cases = {
        "impossible date in the text": "31.02.2024",
        "over-long reference": "reference",
        "agenda item over the limit": "agenda item",
        "deeply nested JSON": "nested",
        "name is a list": "name",
        "NUL byte in a text": "NUL",
    }
    for case, words in cases.items():
        source = tmp_path / "input.txt"
        source.write_text(HOSTILE[case], encoding="utf-8")
        main(["import-document", str(source)])
        assert words in capsys.readouterr().err, case


def test_a_valid_paper_still_imports(tmp_path, capsys):
    source = tmp_path / "paper.json"
    source.write_text(paper(date="2024-02-29", paperType="Antrag"), encoding="utf-8")
    assert main(["import-document", str(source)]) == 0
    document = CouncilDocument.objects.get()
    assert (document.number, str(document.last_consultation)) == ("22-0433", "2024-02-29")
