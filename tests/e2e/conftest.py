"""Browser tests: Playwright for Python driving Debian's Chromium (never a downloaded browser).

They are skipped, with a clear reason, when Chromium is missing, unless the
environment demands them (CI=true or REQUIRE_BROWSER=1), where a missing
browser is an error.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from tests.conftest import subprocess_env
from tests.e2e.browser import CHROMIUM_ARGS, chromium_path

# Playwright's sync API runs an event loop in this thread; the live server and
# the ORM calls in the tests are synchronous and safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def browser_required() -> bool:
    return os.environ.get("CI", "").lower() == "true" or os.environ.get("REQUIRE_BROWSER") == "1"


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/e2e/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def browser():
    path = chromium_path()
    if path is None:
        message = "Chromium not found at /usr/bin/chromium (apt-get install chromium)"
        if browser_required():
            pytest.fail(message + " - browser tests are required here")
        pytest.skip(message + ": browser tests skipped")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.requested_urls = []
    page.on("request", lambda request: page.requested_urls.append(request.url))
    yield page
    context.close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def served_platform(tmp_path_factory):
    """The platform as the README's run command serves it: setup, then gunicorn.

    Uses DATABASE_URL when it points to PostgreSQL, else a fresh SQLite file.
    """
    var_dir = tmp_path_factory.mktemp("served-var")
    environ = subprocess_env(VAR_DIR=str(var_dir))
    if not environ.get("DATABASE_URL", "").startswith("postgres"):
        environ["DATABASE_URL"] = f"sqlite:///{var_dir / 'served.sqlite3'}"
    command = [sys.executable, "-m", "bezirkspartner"]
    setup = subprocess.run(
        [*command, "setup"], env=environ, capture_output=True, text=True, timeout=600, check=False
    )
    assert setup.returncode == 0, setup.stderr
    port = free_port()
    server = subprocess.Popen(
        [*command, "serve", "--port", str(port), "--workers", "1"],
        env=environ,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    base_url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(base_url + "/healthz", timeout=2) as response:
                if response.status == 200:
                    break
        except OSError:
            time.sleep(0.2)
    else:
        server.terminate()
        output = server.communicate(timeout=10)[0]
        pytest.fail(f"the platform did not start: {output!r}")
    yield base_url
    server.terminate()
    server.wait(timeout=20)
