"""The comments app stands low in the chain (docs/architecture.md): apps above it register
with it; it imports none of them (tests/test_architecture.py checks the chain as a whole)."""

from bezirkspartner.comments import apps as comments_apps
from tests.test_architecture import PACKAGE, imported_modules

ALLOWED = ("bezirkspartner.core", "bezirkspartner.accounts", "bezirkspartner.comments")


def test_the_comments_app_imports_no_app_above_it():
    folder = PACKAGE / "comments"
    assert comments_apps.CommentsConfig.name == "bezirkspartner.comments"
    files = sorted(folder.rglob("*.py"))
    assert len(files) > 8
    for path in files:
        for module in imported_modules(path):
            if not module.startswith("bezirkspartner"):
                continue
            assert module.startswith(ALLOWED), (path, module)


def test_the_apps_above_register_their_targets():
    from bezirkspartner.comments import registry

    assert {k.model for k in registry.kinds()} == {
        "forum.Proposal",
        "dossiers.Dossier",
        "partnerships.Partnership",
    }
