from pathlib import Path

from babel.messages.pofile import read_po

import bezirkspartner

LOCALE = Path(bezirkspartner.__file__).parent / "locale"


def test_every_german_message_is_translated():
    with (LOCALE / "de/LC_MESSAGES/django.po").open("rb") as handle:
        catalog = read_po(handle, locale="de")
    untranslated = [m.id for m in catalog if m.id and not m.string]
    fuzzy = [m.id for m in catalog if m.id and m.fuzzy]
    assert untranslated == []
    assert fuzzy == []


def test_english_catalogue_exists():
    assert (LOCALE / "en/LC_MESSAGES/django.po").exists()
