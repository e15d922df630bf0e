#!/usr/bin/env python3
"""An automated session with a real screen reader: Orca reads the platform in Chromium.

What it does, per page: opens the address (Orca announces the page and reads from the top),
moves through the headings with Orca's "h" key, then through the controls with Tab, and
writes down everything Orca says (its speech output, taken from Orca's debug log) to
docs/screenreader/<page>.txt. A person reads the transcripts; the script judges nothing.

Needs Debian's orca, xvfb, at-spi2-core, dbus-x11, xdotool and chromium, and a running
platform (`make run`, or `bezirkspartner serve --port N`). Not part of `make test`: it drives
a desktop screen reader and takes about a minute per page.

    python3 scripts/screenreader_session.py http://127.0.0.1:8000 [--pages start,forum,...]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGES = {
    "start": "/",
    "partner": "/partner/",
    "district": "/atlas/hamburg/harburg/",
    "forum": "/forum/",
    "login": "/konto/login/",
    "signup": "/konto/signup/",
    "search": "/suche/?q=Klima",
    "practice-list": "/wissen/",
    "documents": "/dokumente/",
    "partnerships": "/partnerschaften/",
    "start-en": "/en/",
}
SPEECH = re.compile(r"SPEECH OUTPUT: '(.*?)'(?:\{|$)")
NEEDED = ["Xvfb", "dbus-launch", "orca", "xdotool", "chromium"]


def _spawn(args, env, log: Path) -> subprocess.Popen:
    return subprocess.Popen(args, env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT)


def _key(env, *keys: str, pause: float = 0.8) -> None:
    for key in keys:
        subprocess.run(["xdotool", "key", "--clearmodifiers", key], env=env, check=True)
        time.sleep(pause)


def _spoken(log: Path, start: int) -> list[str]:
    text = log.read_text(encoding="utf-8", errors="replace")[start:]
    return [m.group(1) for m in SPEECH.finditer(text) if m.group(1).strip()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", help="address of the running platform")
    parser.add_argument("--pages", default=",".join(PAGES), help="comma-separated page keys")
    parser.add_argument("--headings", type=int, default=12, help="'h' presses per page")
    parser.add_argument("--tabs", type=int, default=12, help="Tab presses per page")
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenreader"))
    args = parser.parse_args()
    missing = [tool for tool in NEEDED if shutil.which(tool) is None]
    if missing:
        print(f"screenreader_session: missing {', '.join(missing)} (apt-get install orca "
              "xvfb at-spi2-core dbus-x11 xdotool chromium)", file=sys.stderr)
        return 1
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="screenreader-"))
    env = dict(os.environ, DISPLAY=":97", GTK_MODULES="gail:atk-bridge")
    processes: list[subprocess.Popen] = []
    try:
        processes.append(_spawn(["Xvfb", ":97", "-screen", "0", "1280x900x24"], env, work / "x"))
        time.sleep(1)
        bus = subprocess.run(["dbus-launch", "--sh-syntax"], env=env, capture_output=True,
                             text=True, check=True).stdout
        for name, value in re.findall(r"(\w+)='?([^';\n]+)'?;", bus):
            env[name] = value
        processes.append(_spawn(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"],
                                env, work / "atspi"))
        time.sleep(1)
        debug = work / "orca-debug.log"
        processes.append(_spawn(["orca", "--replace", f"--debug-file={debug}"], env,
                                work / "orca"))
        time.sleep(4)
        processes.append(_spawn(
            ["chromium", "--no-sandbox", "--force-renderer-accessibility", "--disable-gpu",
             "--no-first-run", "--disable-background-networking", "--disable-component-update",
             "--disable-sync", "--disable-features=Translate", f"--user-data-dir={work / 'profile'}", "--window-size=1280,900",
             "--lang=de", "about:blank"], env, work / "chromium"))
        time.sleep(5)
        for key in args.pages.split(","):
            url = args.base.rstrip("/") + PAGES[key]
            start = debug.stat().st_size
            _key(env, "ctrl+l", pause=0.5)
            subprocess.run(["xdotool", "type", "--delay", "20", url], env=env, check=True)
            _key(env, "Return", pause=6)
            loaded = len(_spoken(debug, start))
            _key(env, "Escape", "ctrl+Home", pause=0.8)
            _key(env, *["h"] * args.headings)
            headings_end = len(_spoken(debug, start))
            _key(env, *["Tab"] * args.tabs)
            lines = _spoken(debug, start)
            transcript = [
                f"# Orca reading {PAGES[key]} (Chromium, {time.strftime('%Y-%m-%d')})",
                "## on loading the page",
                *lines[:loaded],
                f"## {args.headings} x h (next heading)",
                *lines[loaded:headings_end],
                f"## {args.tabs} x Tab (next control)",
                *lines[headings_end:],
            ]
            (out / f"{key}.txt").write_text("\n".join(transcript) + "\n", encoding="utf-8")
            print(f"{key}: {len(lines)} utterances -> {out / (key + '.txt')}")
    finally:
        for process in reversed(processes):
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
