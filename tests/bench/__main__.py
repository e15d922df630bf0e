"""Run the benchmarks: `make bench`. Figures go into docs/performance.md.

The benchmarks that need data use a fresh SQLite database in a temporary VAR_DIR,
filled by `bezirkspartner setup` from the shipped data/.
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
from pathlib import Path


def main(names: list[str]) -> int:
    var_dir = tempfile.mkdtemp(prefix="bezirkspartner-bench-")
    os.environ["VAR_DIR"] = var_dir
    os.environ["DATABASE_URL"] = f"sqlite:///{Path(var_dir) / 'bench.sqlite3'}"
    os.environ["DJANGO_SETTINGS_MODULE"] = "bezirkspartner.settings"
    import django

    django.setup()
    from bezirkspartner.core.services import platform_setup
    from tests.bench import atlas, dossiers, geoparse, matching, pages, search, startup

    for _ in platform_setup():
        pass
    benchmarks = {
        "startup": startup.run,
        "atlas": atlas.run,
        "search": search.run,
        "matching": matching.run,
        "geoparse": geoparse.run,
        "dossiers": dossiers.run,
        "pages": pages.run,
    }
    print(f"# {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    for name in names or list(benchmarks):
        print(f"\n## {name}")
        for label, value in benchmarks[name]():
            print(f"- {label}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
