"""Property test: any YAML in a city file is loaded or refused with DatasetError, nothing else."""

import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bezirkspartner.atlas.dataset import DatasetError, load_cities
from tests.fuzz import yaml_values

CITY_KEYS = (
    "slug", "name", "country", "lat", "lon", "source_url", "checked", "districts", "population",
    "population_year", "alt_names", "geonames_id", "complete", "notes", "tags", "tag", "source",
    "number", "name_en", "area_km2", "coord_source",
)  # fmt: skip


def city_files() -> st.SearchStrategy:
    values = yaml_values(CITY_KEYS)
    valid_core = st.fixed_dictionaries(
        {
            "slug": st.just("testcity"),
            "name": st.text(min_size=1, max_size=10),
            "country": st.sampled_from(["AT", "de", 12]),
            "lat": st.floats(-90, 90) | st.text(max_size=4),
            "lon": st.floats(-180, 180),
            "districts": st.lists(st.dictionaries(st.sampled_from(CITY_KEYS), values), max_size=3)
            | values,
        }
    )
    extra = st.dictionaries(st.sampled_from(CITY_KEYS), values)
    return values | st.builds(lambda core, more: {**more, **core}, valid_core, extra)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(city_files())
def test_any_city_file_loads_or_is_refused(content):
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "testcity.yaml").write_text(yaml.safe_dump(content), encoding="utf-8")
        try:
            cities = load_cities(Path(folder))
        except DatasetError as exc:
            assert exc.problems
        else:
            assert all(city.districts for city in cities)
