"""Structural rules from docs/architecture.md."""

import ast
from pathlib import Path

import pytest

import bezirkspartner

PACKAGE = Path(bezirkspartner.__file__).parent
PURE_MODULES = [
    "atlas/dataset.py",
    "core/errors.py",
    "core/datafile.py",
    "core/typography.py",
    "atlas/geonames_match.py",
    "atlas/names.py",
    "core/text.py",
    "atlas/rules_tags.py",
    "knowledge/dataset.py",
    "knowledge/text_search.py",
    "matching/engine.py",
    "geoparse/__init__.py",
    "geoparse/compiled.py",
    "geoparse/gazetteer.py",
    "geoparse/lexicon.py",
    "geoparse/recognise.py",
    "geoparse/common.py",
    "geoparse/sites.py",
    "geoparse/streets.py",
    "geoparse/street_forms.py",
    "geoparse/titles.py",
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


# The import chain of docs/architecture.md, lowest first. An app imports only apps to its
# left. `geoparse` is a pure library without models; `comments` sits below the apps whose
# pages carry a thread.
CHAIN = [
    "core",
    "accounts",
    "atlas",
    "geoparse",
    "knowledge",
    "comments",
    "notifications",
    "matching",
    "forum",
    "dossiers",
    "partnerships",
    "councildocs",
]
# What an app may use of an app to its left: its public layer, never its views or forms.
PUBLIC_LAYER = {"models", "selectors", "services", "rules", "apps"}
# Further modules an app offers to the apps above it (docs/architecture.md names each).
PUBLIC_MODULES = {
    "core": None,  # the kernel: every module is shared
    "atlas": {"dataset", "geonames_match", "names"},
    "geoparse": None,  # a pure library: everything it exports is for use
    "knowledge": {"dataset", "text_search", "indexing", "search"},
    "comments": {"registry", "templatetags"},
    "notifications": {"tasks"},
    "matching": {"engine"},
    "dossiers": {"exports", "content"},
}


def _app_of(path: Path) -> str | None:
    relative = path.relative_to(PACKAGE)
    if len(relative.parts) < 2 or relative.parts[0] not in CHAIN:
        return None
    return relative.parts[0]


def imported_targets(tree: ast.AST) -> list[tuple[str, str]]:
    """(app, module inside the app) for every import of the package, at any depth."""
    targets = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            parts = node.module.split(".")
            if parts[0] != "bezirkspartner" or len(parts) < 2:
                continue
            if len(parts) == 2:  # from bezirkspartner.app import module[, module]
                targets += [(parts[1], alias.name) for alias in node.names]
            else:
                targets.append((parts[1], parts[2]))
        elif isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] == "bezirkspartner" and len(parts) >= 2:
                    targets.append((parts[1], parts[2] if len(parts) > 2 else ""))
    return targets


def chain_violations(app: str, source: str) -> list[str]:
    problems = []
    for target, module in imported_targets(ast.parse(source)):
        if target == app or target not in CHAIN:
            continue
        if CHAIN.index(target) > CHAIN.index(app):
            problems.append(f"imports {target} (above it in the chain)")
            continue
        public = PUBLIC_MODULES.get(target, set())
        if public is None or module in PUBLIC_LAYER or module in public:
            continue
        problems.append(f"imports {target}.{module} (not part of {target}'s public layer)")
    return problems


def test_every_app_imports_only_the_public_layer_of_apps_below_it():
    problems = []
    for path in sorted(PACKAGE.rglob("*.py")):
        app = _app_of(path)
        if app is None or "migrations" in path.parts:
            continue
        for problem in chain_violations(app, path.read_text(encoding="utf-8")):
            problems.append(f"{path.relative_to(PACKAGE)} {problem}")
    assert problems == []


def test_every_app_directory_is_placed_in_the_chain():
    apps = {p.parent.name for p in PACKAGE.glob("*/__init__.py")} - {"locale", "templates"}
    assert sorted(apps - set(CHAIN)) == []


@pytest.mark.parametrize(
    ("app", "source", "expected"),
    [
        ("atlas", "from bezirkspartner.matching import selectors", "above it in the chain"),
        ("atlas", "def f():\n    from bezirkspartner.forum.models import Proposal", "above it"),
        ("knowledge", "import bezirkspartner.dossiers.models", "above it in the chain"),
        ("dossiers", "from bezirkspartner.forum.views import proposal_detail", "public layer"),
        ("forum", "from bezirkspartner.atlas import views", "public layer"),
    ],
)
def test_the_chain_check_catches_what_it_forbids(app, source, expected):
    problems = chain_violations(app, source)
    assert problems and expected in problems[0]


def test_the_chain_check_allows_the_public_layer_below():
    source = (
        "from bezirkspartner.core.markup import render_markdown\n"
        "from bezirkspartner.atlas.models import District\n"
        "from bezirkspartner.knowledge import selectors\n"
    )
    assert chain_violations("forum", source) == []


def test_every_cli_module_is_declared_by_an_app():
    from django.apps import apps

    from bezirkspartner.cli import cli_modules

    declared = set(cli_modules())
    found = {
        "bezirkspartner." + ".".join(p.relative_to(PACKAGE).with_suffix("").parts)
        for p in PACKAGE.glob("*/cli.py")
    }
    assert found - declared == set(), "a cli.py no AppConfig.cli_modules names"
    assert all(apps.is_installed(m.rsplit(".", 1)[0]) or "geoparse" in m for m in declared)
