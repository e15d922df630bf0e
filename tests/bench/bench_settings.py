"""Settings for the page benchmark only: the platform's settings plus a bare Django view.

`tests/bench/pages.py` serves the platform with these settings so that the bare view runs on
the same server stack (gunicorn, the same middleware, the same process) in the same run.
"""

from bezirkspartner.settings import *  # noqa: F403

ROOT_URLCONF = "tests.bench.bench_urls"
