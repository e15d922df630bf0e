"""Structural rules from docs/architecture.md."""

import ast
from pathlib import Path

import bezirkspartner

PACKAGE = Path(bezirkspartner.__file__).parent
PURE_MODULES = [
    "atlas/dataset.py",
    "core/errors.py",
    "core/datafile.py",
    "core/typography.py",
    "atlas/geonames_match.py",
    "atlas/names.py",
    "atlas/rules_tags.py",
    "knowledge/dataset.py",
    "knowledge/text_search.py",
    "matching/engine.py",
    "geoparse/__init__.py",
    "geoparse/gazetteer.py",
    "geoparse/lexicon.py",
    "geoparse/recognise.py",
    "geoparse/tokens.py",
    "matching/explain.py",
    "matching/retrieval.py",
    "dossiers/costs.py",
    "dossiers/funding.py",
    "dossiers/plan.py",
    "dossiers/content.py",
    "dossiers/timeline.py",
]


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_pure_cores_never_import_django():
    for relative in PURE_MODULES:
        modules = imported_modules(PACKAGE / relative)
        assert not any(m == "django" or m.startswith("django.") for m in modules), relative
        own = [m for m in modules if m.startswith("bezirkspartner.")]
        for module in own:
            target = module.removeprefix("bezirkspartner.").replace(".", "/")
            assert f"{target}.py" in PURE_MODULES or f"{target}/__init__.py" in PURE_MODULES, (
                f"{relative} imports the non-pure {module}"
            )


def test_no_template_loads_anything_from_another_host():
    for template in PACKAGE.rglob("templates/**/*.html"):
        text = template.read_text(encoding="utf-8")
        for marker in ('src="http', "src='http", '<link rel="stylesheet" href="http'):
            assert marker not in text, template
