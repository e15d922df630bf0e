"""Helpers for browser tests: Debian's Chromium through Playwright, and axe-core."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from urllib.parse import urlparse

CHROMIUM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]
AXE_SOURCE = (Path(__file__).parent / "vendor" / "axe-4.14.1.min.js").read_text(encoding="utf-8")
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]


def chromium_path() -> str | None:
    configured = os.environ.get("CHROMIUM_PATH")
    if configured:
        return configured if Path(configured).exists() else None
    for candidate in CHROMIUM_CANDIDATES:
        if Path(candidate).exists():
            return candidate
    return shutil.which("chromium")


def axe_violations(page) -> list[dict]:
    """Run axe-core on the page as it is now and return its violations.

    axe is evaluated through the DevTools protocol, so the page's strict CSP
    (no inline script) stays in force.
    """
    page.evaluate(AXE_SOURCE + "\n;undefined")
    result = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})",
        AXE_TAGS,
    )
    return result["violations"]


def format_violations(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        targets = [", ".join(node["target"]) for node in violation["nodes"][:5]]
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} -> {targets}")
    return "\n".join(lines)


def assert_accessible(page) -> None:
    violations = axe_violations(page)
    assert not violations, "axe found violations:\n" + format_violations(violations)


def foreign_hosts(urls: list[str], allowed_host: str = "127.0.0.1") -> list[str]:
    """URLs that would leave the machine (anything not on the platform's own host)."""
    result = []
    for url in urls:
        parsed = urlparse(url)
        if parsed.scheme in ("data", "blob", "about"):
            continue
        if parsed.hostname != allowed_host:
            result.append(url)
    return result


PHONE = {"width": 360, "height": 740}


def horizontal_overflow(page) -> int:
    """How many CSS pixels the page is wider than its viewport (0 or less: it fits)."""
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
