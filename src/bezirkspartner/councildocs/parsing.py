"""Parse council documents into fields. Pure Python, no Django.

Three inputs: the text (or HTML) layout of Hamburg's council pages as ALLRIS and
bv-hh.de show them, OParl 1.1 JSON (Paper, optionally with its File text), and PDF.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import json
import re
from dataclasses import dataclass, field

NUMBER = re.compile(r"^\s*(\d{2}-\d{3,5})\s*$", re.MULTILINE)
LAST_CONSULTATION = re.compile(
    r"Letzte Beratung:\s*(\d{1,2}\.\d{1,2}\.\d{4})\s+(.+?)\s+(Ö|N)\s*([\d.]+)\s*$", re.MULTILINE
)
DOCUMENT_TYPES = (
    "Antrag",
    "Anfrage",
    "Mitteilungsvorlage",
    "Beschlussvorlage",
    "Große Anfrage",
    "Kleine Anfrage",
    "Vorlage",
    "Bericht",
    "Stellungnahme",
    "Dringlichkeitsantrag",
    "Interfraktioneller Antrag",
    "Niederschrift",
    "Mitteilung",
)
SECTION_HEADINGS = (
    "Sachverhalt",
    "Petitum/Beschluss",
    "Petitum",
    "Beschluss",
    "Beratungsreihenfolge",
    "Anlagen",
    "Anlage",
)
FOOTER_MARKERS = ("Lokalisation Beta", "Lokalisation (Beta)")


class ParseError(Exception):
    """The input is not a council document this parser understands."""


@dataclass
class ParsedDocument:
    number: str
    title: str
    doc_type: str = ""
    body: str = ""  # the body that last dealt with it
    last_consultation: dt.date | None = None
    agenda_item: str = ""
    sachverhalt: str = ""
    petitum: str = ""
    consultation_order: str = ""
    text: str = ""  # the full text used for place recognition
    oparl_id: str = ""
    extra: dict = field(default_factory=dict)


def html_to_text(markup: str) -> str:
    markup = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
    markup = re.sub(r"(?i)<br\s*/?>|</(p|div|h\d|li|tr|table|section)>", "\n", markup)
    text = html.unescape(re.sub(r"<[^>]+>", " ", markup))
    lines = [re.sub(r"[ \t\xa0]+", " ", line).strip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _sections(text: str) -> dict[str, str]:
    pattern = re.compile(
        r"^(" + "|".join(re.escape(h) for h in SECTION_HEADINGS) + r")\s*$", re.MULTILINE
    )
    matches = list(pattern.finditer(text))
    sections = {}
    for i, match in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        sections.setdefault(match.group(1), text[match.end() : end].strip())
    return sections


def _german_date(value: str) -> dt.date:
    day, month, year = (int(p) for p in value.split("."))
    try:
        return dt.date(year, month, day)
    except ValueError as exc:
        raise ParseError(f"the date {value} does not exist") from exc


def _reject_nul(text: str) -> None:
    if "\x00" in text:
        raise ParseError("the document contains a NUL character (\\x00), which no text has")


def parse_text(text: str) -> ParsedDocument:
    """The layout of a Hamburg council page: number, title, type, consultation, sections."""
    _reject_nul(text)
    for marker in FOOTER_MARKERS:
        if marker in text:
            text = text[: text.index(marker)]
    text = text.replace("\r\n", "\n").strip()
    number_match = NUMBER.search(text)
    if not number_match:
        raise ParseError("no document number like 22-0433 found")
    lines = [line.strip() for line in text[number_match.end() :].splitlines() if line.strip()]
    if not lines:
        raise ParseError("the document has no title")
    title = lines[0]
    doc_type = next((line for line in lines[1:4] if line in DOCUMENT_TYPES), "")
    if not doc_type:
        doc_type = next((t for t in DOCUMENT_TYPES if title.startswith(t)), "")
    document = ParsedDocument(number=number_match.group(1), title=title, doc_type=doc_type)
    consultation = LAST_CONSULTATION.search(text)
    if consultation:
        document.last_consultation = _german_date(consultation.group(1))
        document.body = consultation.group(2).strip()
        document.agenda_item = f"{consultation.group(3)} {consultation.group(4)}".strip()
    sections = _sections(text)
    document.sachverhalt = sections.get("Sachverhalt", "")
    document.petitum = (
        sections.get("Petitum/Beschluss")
        or sections.get("Petitum")
        or sections.get("Beschluss", "")
    )
    document.consultation_order = sections.get("Beratungsreihenfolge", "")
    document.text = "\n\n".join(p for p in (title, document.sachverhalt, document.petitum) if p)
    if not document.sachverhalt and not document.petitum:
        document.text = text[number_match.end() :].strip()
    return document


OPARL_TEXT_FIELDS = ("id", "type", "name", "reference", "paperType", "date")


def _load_json(raw: str):
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ParseError(f"not valid JSON (line {exc.lineno})") from exc
    except RecursionError as exc:
        raise ParseError("the JSON is nested too deeply") from exc


def _oparl_string(record: dict, key: str, where: str = "Paper") -> str:
    value = record.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        kind = type(value).__name__.replace("dict", "object").replace("NoneType", "null")
        raise ParseError(f"the OParl {where}'s {key!r} must be a string, not {kind}")
    _reject_nul(value)
    return value.strip()


def parse_oparl(raw: str) -> ParsedDocument:
    """An OParl 1.1 Paper (JSON); the text comes from its mainFile's `text` if given."""
    paper = _load_json(raw)
    if not isinstance(paper, dict):
        raise ParseError("not an OParl Paper (the JSON is not an object)")
    fields = {key: _oparl_string(paper, key) for key in OPARL_TEXT_FIELDS}
    if not fields["type"].endswith("/Paper"):
        raise ParseError("not an OParl Paper (type must end with /Paper)")
    reference, name = fields["reference"], fields["name"]
    if not name:
        raise ParseError("the OParl Paper has no name")
    main_file = paper.get("mainFile")
    if main_file is not None and not isinstance(main_file, dict):
        raise ParseError("the OParl Paper's 'mainFile' must be an object")
    text = _oparl_string(main_file or {}, "text", "mainFile")
    document = parse_text(f"{reference}\n{name}\n{text}") if reference and text else None
    if document is None:
        document = ParsedDocument(
            number=reference or fields["id"],
            title=name,
            text="\n\n".join(p for p in (name, text) if p),
        )
    document.oparl_id = fields["id"]
    document.doc_type = document.doc_type or fields["paperType"]
    if fields["date"] and not document.last_consultation:
        try:
            document.last_consultation = dt.date.fromisoformat(fields["date"][:10])
        except ValueError as exc:
            raise ParseError(f"the OParl date {fields['date'][:10]!r} does not exist") from exc
    if not document.number:
        raise ParseError("the OParl Paper has neither reference nor id")
    return document


def pdf_to_text(data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        return "\n".join(page.extract_text() or "" for page in reader.pages).strip()
    except (PdfReadError, ValueError, KeyError) as exc:
        raise ParseError(f"the PDF cannot be read ({exc.__class__.__name__})") from exc


def detect_and_parse(data: bytes, name: str = "") -> tuple[str, str, ParsedDocument]:
    """(kind, raw text, parsed) for text, HTML, OParl JSON or PDF input."""
    if data.startswith(b"%PDF"):
        raw = pdf_to_text(data)
        if not raw:
            raise ParseError("the PDF contains no extractable text")
        _reject_nul(raw)
        return "pdf", raw, parse_text(raw)
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ParseError("the file is neither UTF-8 text nor a PDF") from exc
    _reject_nul(raw)
    stripped = raw.lstrip()
    if stripped.startswith("{"):
        return "oparl", raw, parse_oparl(raw)
    if stripped[:1] == "<" or name.lower().endswith((".html", ".htm")):
        return "html", raw, parse_text(html_to_text(raw))
    return "text", raw, parse_text(raw)
