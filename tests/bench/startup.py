"""Start-up benchmark: first and second `setup` + `serve` until /healthz answers.

Measures what `make run` does after the virtual environment exists, on a fresh
SQLite file in a temporary VAR_DIR, and the resident memory of the web workers.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from tests.conftest import subprocess_env
from tests.e2e.conftest import free_port


def _start(environ: dict[str, str]) -> tuple[float, float, int]:
    command = [sys.executable, "-m", "bezirkspartner"]
    started = time.perf_counter()
    subprocess.run([*command, "setup"], env=environ, check=True, capture_output=True)
    setup_done = time.perf_counter()
    port = free_port()
    server = subprocess.Popen(
        [*command, "serve", "--port", str(port), "--workers", "2"],
        env=environ,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                time.sleep(0.05)
            if time.perf_counter() - started > 120:
                raise RuntimeError("the platform did not start within 120 s")
        serving = time.perf_counter()
        rss_kib = _tree_rss_kib(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=20)
    return setup_done - started, serving - started, rss_kib


def _tree_rss_kib(pid: int) -> int:
    """Largest resident set of the gunicorn master and its workers, in KiB."""
    pids = [pid]
    children = Path(f"/proc/{pid}/task/{pid}/children")
    if children.exists():
        pids += [int(p) for p in children.read_text().split()]
    largest = 0
    for each in pids:
        for line in Path(f"/proc/{each}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                largest = max(largest, int(line.split()[1]))
    return largest


def run() -> list[tuple[str, str]]:
    with tempfile.TemporaryDirectory() as var_dir:
        environ = subprocess_env(
            VAR_DIR=var_dir, DATABASE_URL=f"sqlite:///{Path(var_dir) / 'bench.sqlite3'}"
        )
        first_setup, first_serving, _ = _start(environ)
        second_setup, second_serving, rss = _start(environ)
    return [
        ("first start: setup", f"{first_setup:.1f} s"),
        ("first start: serving /", f"{first_serving:.1f} s"),
        ("second start: setup", f"{second_setup:.1f} s"),
        ("second start: serving /", f"{second_serving:.1f} s"),
        ("largest web process RSS after first request", f"{rss / 1024:.0f} MB"),
    ]
