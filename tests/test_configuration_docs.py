"""Every environment variable the settings read is documented in both places."""

import re
from pathlib import Path

import bezirkspartner

ROOT = Path(bezirkspartner.__file__).parents[2]


def test_every_variable_is_documented():
    sources = (ROOT / "src/bezirkspartner/settings.py").read_text() + (
        ROOT / "src/bezirkspartner/env.py"
    ).read_text()
    variables = set(re.findall(r'_env\.(?:str|bool|int|list)\("([A-Z_]+)"', sources))
    variables |= {"VAR_DIR", "BEZIRKSPARTNER_ROOT", "HOST", "PORT", "WEB_CONCURRENCY"}
    docs = (ROOT / "docs/configuration.md").read_text()
    example = (ROOT / ".env.example").read_text()
    assert sorted(v for v in variables if f"`{v}`" not in docs) == []
    assert sorted(v for v in variables if v not in example) == []
