"""Shared hypothesis strategies for the parser and loader fuzz tests."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**12), max_value=10**12)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30)
    | st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1))
)


def yaml_values(known_keys: tuple[str, ...]) -> st.SearchStrategy:
    """Anything YAML can hold, with mappings that mostly use the keys a loader knows."""
    keys = st.sampled_from(known_keys) | st.text(max_size=10)
    return st.recursive(
        SCALARS,
        lambda children: (
            st.lists(children, max_size=4)
            | st.dictionaries(keys, children, max_size=len(known_keys) + 2)
        ),
        max_leaves=25,
    )
