import pytest

from bezirkspartner.atlas.services import atlas_build
from tests.atlas.fixtures import small_index, write_dataset


@pytest.fixture
def atlas_dir(tmp_path):
    return write_dataset(tmp_path)


@pytest.fixture
def small_atlas(db, atlas_dir):
    return atlas_build(data_dir=atlas_dir, index=small_index())
