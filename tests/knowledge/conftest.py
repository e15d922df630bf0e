import pytest

from bezirkspartner.knowledge.indexing import search_documents_rebuild
from bezirkspartner.knowledge.services import knowledge_load
from tests.atlas.conftest import atlas_dir, small_atlas  # noqa: F401
from tests.knowledge.fixtures import write_knowledge


@pytest.fixture
def knowledge_dir(tmp_path):
    return write_knowledge(tmp_path / "k")


@pytest.fixture
def knowledge_base(small_atlas, knowledge_dir):  # noqa: F811
    report = knowledge_load(data_dir=knowledge_dir)
    search_documents_rebuild()
    return report
