import json
from pathlib import Path

import pytest

from bezirkspartner.councildocs.parsing import ParseError, detect_and_parse, html_to_text

SEED = (Path(__file__).parent / "drucksache-22-0433.txt").read_bytes()


def test_hamburg_text_layout():
    kind, _, document = detect_and_parse(SEED)
    assert kind == "text"
    assert document.number == "22-0433"
    assert document.title.startswith("Antrag Volt: Ideen nach vorn")
    assert document.doc_type == "Antrag"
    assert str(document.last_consultation) == "2025-02-25"
    assert document.body == "Bezirksversammlung Harburg"
    assert document.agenda_item == "Ö 5.1"
    assert document.sachverhalt.startswith("Bezirkspartnerschaften als Plattform")
    assert "bezirkliches Forum" in document.petitum
    assert "Lokalisation" not in document.text  # bv-hh's footer is dropped


def test_html_layout():
    markup = (
        "<html><body><h1>22-0433</h1><p>Antrag Volt: Ideen</p><p>Antrag</p>"
        "<h2>Sachverhalt</h2><p>In Wien &amp; Budapest</p><script>x()</script>"
        "<h2>Petitum/Beschluss</h2><p>Beschluss.</p></body></html>"
    )
    kind, _, document = detect_and_parse(markup.encode(), "doc.html")
    assert kind == "html"
    assert document.sachverhalt == "In Wien & Budapest"
    assert "x()" not in html_to_text(markup)


def test_oparl_paper():
    paper = {
        "id": "https://example.org/oparl/paper/1",
        "type": "https://schema.oparl.org/1.1/Paper",
        "name": "Radweg an der Süderelbe",
        "reference": "22-1234",
        "paperType": "Antrag",
        "date": "2025-03-01",
        "mainFile": {"text": "Sachverhalt\nDer Radweg in Harburg.\n"},
    }
    kind, _, document = detect_and_parse(json.dumps(paper).encode())
    assert kind == "oparl"
    assert (document.number, document.oparl_id) == ("22-1234", paper["id"])
    assert document.doc_type == "Antrag"
    assert "Harburg" in document.text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "no document number"),
        (b"Just some text without a number.", "no document number"),
        (b'{"type": "https://schema.oparl.org/1.1/Body"}', "not an OParl Paper"),
        (b'{"broken": ', "not valid JSON"),
        (b"%PDF-1.4 broken", "PDF cannot be read"),
        (b"\xff\xfe\x00garbage", "neither UTF-8 text nor a PDF"),
    ],
)
def test_broken_inputs_give_one_clear_error(data, message):
    with pytest.raises(ParseError, match=message):
        detect_and_parse(data)
