"""Run the benchmarks: `make bench` (figures go into docs/performance.md by hand)."""

from __future__ import annotations

import os
import platform
import sys

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")

from tests.bench import startup

BENCHMARKS = {"startup": startup.run}


def main(names: list[str]) -> int:
    selected = names or list(BENCHMARKS)
    print(
        f"# {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}"
    )
    for name in selected:
        print(f"\n## {name}")
        for label, value in BENCHMARKS[name]():
            print(f"- {label}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
