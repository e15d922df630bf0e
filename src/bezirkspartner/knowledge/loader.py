"""Registers the knowledge base as reference data loaded by `bezirkspartner setup`."""

from pathlib import Path

from django.conf import settings

from bezirkspartner.core import reference_data


def _inputs() -> list[Path]:
    # The search index also holds cities and districts: rebuild when the atlas changes too.
    return [Path(settings.DATA_DIR) / "knowledge", Path(settings.DATA_DIR) / "atlas"]


def _run() -> list[str]:
    from bezirkspartner.knowledge.indexing import search_documents_rebuild
    from bezirkspartner.knowledge.services import knowledge_load

    lines = knowledge_load().summary_lines()
    lines.append(f"search: {search_documents_rebuild()} documents indexed")
    return lines


def register() -> None:
    reference_data.register(reference_data.Loader(name="knowledge", inputs=_inputs, run=_run))
