"""Property tests: the council document parsers either parse or raise ParseError, nothing else."""

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bezirkspartner.councildocs.parsing import (
    ParsedDocument,
    ParseError,
    detect_and_parse,
    html_to_text,
    parse_oparl,
    parse_text,
)
from tests.fuzz import yaml_values

FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
OPARL_KEYS = ("id", "type", "name", "reference", "paperType", "date", "mainFile", "text")
LAYOUT_LINES = st.sampled_from(
    [
        "22-0433",
        "Antrag",
        "Sachverhalt",
        "Petitum/Beschluss",
        "Beratungsreihenfolge",
        "Letzte Beratung: 31.02.2024 Bezirksversammlung Harburg Ö 5.1",
        "Letzte Beratung: 25.02.2025 Ausschuss N 99.99.99",
        "Lokalisation Beta",
        "<p>",
        "</p>",
        "&amp;",
    ]
)
TEXTS = st.lists(LAYOUT_LINES | st.text(max_size=40), max_size=12).map("\n".join)


def assert_sane(document: ParsedDocument) -> None:
    for name in ("number", "title", "doc_type", "body", "agenda_item", "text", "oparl_id"):
        value = getattr(document, name)
        assert isinstance(value, str) and "\x00" not in value, name
    assert document.number


@FUZZ
@given(TEXTS)
def test_text_layout_parses_or_refuses(text):
    try:
        assert_sane(parse_text(text))
    except ParseError as exc:
        assert "\n" not in str(exc)


@FUZZ
@given(TEXTS)
def test_html_to_text_always_gives_text(markup):
    assert isinstance(html_to_text(f"<html>{markup}</html>"), str)


@FUZZ
@given(yaml_values(OPARL_KEYS), st.sampled_from(["https://schema.oparl.org/1.1/Paper", None]))
def test_oparl_parses_or_refuses(value, paper_type):
    if isinstance(value, dict) and paper_type:
        value = {**value, "type": paper_type}
    try:
        raw = json.dumps(value, default=str)
        assert_sane(parse_oparl(raw))
    except ParseError as exc:
        assert "\n" not in str(exc)


@FUZZ
@given(st.binary(max_size=300) | TEXTS.map(str.encode), st.sampled_from(["a.txt", "b.html"]))
def test_any_bytes_parse_or_refuse(data, name):
    try:
        kind, raw, document = detect_and_parse(data, name)
    except ParseError as exc:
        assert "\n" not in str(exc)
    else:
        assert kind in {"text", "html", "oparl", "pdf"} and isinstance(raw, str)
        assert_sane(document)
