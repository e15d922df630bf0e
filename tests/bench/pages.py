"""Page benchmark (issue #18): wrk against every page type and a bare Django view.

The platform is served as `bezirkspartner serve --workers 2` (gunicorn) with the benchmark
settings (`tests/bench/bench_settings.py`), which add one bare Django view at `/bench-bare/`
to the platform's URLs: same server, same middleware, same run. Every page type is measured
at 1, 8 and 32 connections; throughput and p99 latency are reported as a ratio to the bare
view measured at the same number of connections.

Then a large forum is generated (10,000 proposals, 100,000 comments, bulk_create) and the
forum space page and a proposal page are measured again against their small-data figures.

`BENCH_WRK_SECONDS` (default 5) sets the duration of each wrk run.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from tests.conftest import subprocess_env
from tests.e2e.conftest import free_port

CONNECTIONS = (1, 8, 32)
LARGE_PROPOSALS = 10_000
LARGE_COMMENTS = 100_000
COMMENTS_ON_ONE = 500
ROOT = Path(__file__).resolve().parents[2]


def _seconds() -> int:
    return int(os.environ.get("BENCH_WRK_SECONDS", "5"))


def _small_pages() -> list[tuple[str, str]]:
    """(label, path) for every page type on the benchmark database (demo content added)."""
    from django.core.management import call_command

    from bezirkspartner.atlas.models import District
    from bezirkspartner.councildocs.models import CouncilDocument as Document
    from bezirkspartner.dossiers.models import Dossier
    from bezirkspartner.forum.models import Proposal, Space
    from bezirkspartner.knowledge.models import Practice

    call_command("demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    harburg = District.objects.select_related("city").get(slug="harburg", city__slug="hamburg")
    other = (
        District.objects.select_related("city")
        .exclude(pk=harburg.pk)
        .filter(lat__isnull=False)
        .order_by("city__slug", "slug")
        .first()
    )
    practice = Practice.objects.order_by("slug").first()
    proposal = Proposal.objects.order_by("pk").first()
    space = proposal.space if proposal else Space.objects.order_by("pk").first()
    pages = [
        ("start page", "/"),
        ("atlas: district page (home district, ranks every district)", harburg.get_absolute_url()),
        ("atlas: district page (another district)", other.get_absolute_url()),
        ("partner page, defaults", "/partner/"),
        ("partner page, one theme", "/partner/?themen=wohnen"),
        ("search", "/suche/?q=Klimaanpassung"),
        ("knowledge: practice page", practice.get_absolute_url()),
        ("forum: space page", space.get_absolute_url()),
        ("forum: proposal page", proposal.get_absolute_url()),
        ("atlas: partnerships page", "/atlas/partnerschaften/"),
        ("partnerships list", "/partnerschaften/"),
        ("documents page", "/dokumente/"),
        ("dossiers list", "/dossiers/"),
    ]
    dossier = Dossier.objects.order_by("pk").first() or _dossier(harburg)
    pages.append(("dossier page (signed in as administration)", dossier.get_absolute_url()))
    document = Document.objects.order_by("pk").first()
    if document:
        pages.append(("document page", document.get_absolute_url()))
    pages += [
        ("API /api/districts", "/api/districts"),
        ("API /api/match", "/api/match?district=Harburg"),
        ("API /api/funding", "/api/funding"),
        ("API /api/practices", "/api/practices"),
        ("API /api/search", "/api/search?q=Radverkehr"),
        ("API /api/partnerships", "/api/partnerships"),
    ]
    return pages


def _administration():
    from bezirkspartner.accounts.models import User

    user, _ = User.objects.get_or_create(
        email="bench-admin@bench.invalid", defaults={"role": User.Role.ADMINISTRATION}
    )
    return user


def _dossier(home):
    from bezirkspartner.dossiers import services
    from bezirkspartner.knowledge.models import Theme
    from bezirkspartner.matching import selectors as matching

    themes = list(Theme.objects.filter(slug__in=["wohnen", "klima"]))
    results = matching.match_run(
        matching.MatchRequest(home=home, themes={t.slug: 1.0 for t in themes}, weights={})
    )
    partner = matching.district_for_key(results[0].place.key)
    return services.dossier_create(
        home=home, partner=partner, themes=themes, actor=_administration()
    )


def _session_cookie() -> str:
    """A signed-in session of the administration account, for pages that need one."""
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    user = _administration()
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.save()
    return f"{settings.SESSION_COOKIE_NAME}={session.session_key}"


def _large_forum() -> tuple[str, str]:
    """Add 10,000 proposals and 100,000 comments to one new space; return its two page paths."""
    from django.contrib.auth import get_user_model
    from django.contrib.contenttypes.models import ContentType

    from bezirkspartner.comments.models import Comment
    from bezirkspartner.forum.models import Proposal, Space

    author, _ = get_user_model().objects.get_or_create(
        email="bench-author@bench.invalid", defaults={"display_name": "Bench"}
    )
    space = Space.objects.create(
        slug="bench-gross", title_de="Benchmark: großes Forum", title_en="Benchmark: large forum"
    )
    proposals = Proposal.objects.bulk_create(
        Proposal(
            space=space,
            author=author,
            title=f"Vorschlag {n} für den Bezirk",
            text="Ein **Vorschlag** mit etwas Text, der einen Absatz füllt. " * 5,
        )
        for n in range(LARGE_PROPOSALS)
    )
    crowded = proposals[-1]
    on_proposal = ContentType.objects.get_for_model(Proposal)
    comments = [
        Comment(
            content_type=on_proposal,
            object_id=crowded.pk,
            author=author,
            body=f"Kommentar {n} zum Vorschlag.",
        )
        for n in range(COMMENTS_ON_ONE)
    ]
    spread = LARGE_COMMENTS - COMMENTS_ON_ONE
    comments += [
        Comment(
            content_type=on_proposal,
            object_id=proposals[n % LARGE_PROPOSALS].pk,
            author=author,
            body=f"Kommentar {n} zum Vorschlag.",
        )
        for n in range(spread)
    ]
    Comment.objects.bulk_create(comments, batch_size=5000)
    return space.get_absolute_url(), crowded.get_absolute_url()


def _signed_in(pages: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The HTML pages once more for a signed-in reader: rendered on every request (the page
    cache serves only readers who are not signed in), so these figures show the render cost."""
    return [
        (f"{label} (signed in as administration)", path)
        for label, path in pages
        if "signed in" not in label and not path.startswith("/api/")
    ]


def _serve(environ: dict[str, str]) -> tuple[subprocess.Popen, str]:
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "bezirkspartner", "serve", "--port", str(port), "--workers", "2"],
        env=environ,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    started = time.perf_counter()
    while True:
        try:
            with urllib.request.urlopen(f"{base}/bench-bare/", timeout=2) as response:
                if response.status == 200:
                    return server, base
        except OSError:
            time.sleep(0.1)
        if time.perf_counter() - started > 120:
            server.terminate()
            raise RuntimeError("the platform did not start within 120 s")


def _status(url: str, cookie: str = "") -> int:
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
    try:
        with urllib.request.urlopen(request, timeout=180) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return 0


def _wrk(
    url: str, connections: int, cookie: str = "", seconds: int = 0
) -> tuple[float, float, int]:
    """Requests per second, p99 latency in ms and non-2xx/3xx responses of one wrk run."""
    threads = min(connections, 2)
    output = subprocess.run(
        [
            shutil.which("wrk") or "/usr/bin/wrk",
            f"-t{threads}",
            f"-c{connections}",
            f"-d{seconds or _seconds()}s",
            *(["-H", f"Cookie: {cookie}"] if cookie else []),
            "--timeout",
            "30s",
            "--latency",
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    value, unit = re.search(r"^\s+99%\s+([\d.]+)(us|ms|s)\s*$", output, re.M).groups()
    p99 = float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    return rps, p99, int(bad.group(1)) if bad else 0


def _measure(base: str, pages: list[tuple[str, str]], cookie: str) -> list[tuple[str, str]]:
    bare = {c: _wrk(f"{base}/bench-bare/", c) for c in CONNECTIONS}
    lines = [
        (f"bare Django view, {c} conn", f"{rps:.0f} req/s, p99 {p99:.1f} ms")
        for c, (rps, p99, _) in bare.items()
    ]
    for label, path in pages:
        signed_in = cookie if "signed in" in label else ""
        status = _status(base + path, signed_in)
        if status != 200:
            lines.append((f"{label} ({path})", f"not measured: HTTP {status or 'no answer'}"))
            print(*lines[-1], sep=": ", file=sys.stderr, flush=True)
            continue
        _wrk(base + path, 2, signed_in, seconds=1)  # warm both workers (per-process caches)
        cells = []
        for c in CONNECTIONS:
            _status(f"{base}/bench-bare/")  # wait until the last run's queued requests are served
            rps, p99, bad = _wrk(base + path, c, signed_in)
            ratio = rps / bare[c][0] * 100
            cells.append(
                f"{c} conn: {rps:.1f} req/s = {ratio:.1f} % of bare, p99 {p99:.0f} ms"
                + (f" ({bad} non-2xx)" if bad else "")
            )
        lines.append((f"{label} ({path})", "; ".join(cells)))
        print(*lines[-1], sep=": ", file=sys.stderr, flush=True)  # progress, if a run breaks
    return lines


def run() -> list[tuple[str, str]]:
    from django.conf import settings
    from django.db import connections

    pages = _small_pages()
    pages += _signed_in(pages)
    cookie = _session_cookie()
    connections.close_all()
    environ = subprocess_env(
        VAR_DIR=os.environ["VAR_DIR"],
        DATABASE_URL=os.environ["DATABASE_URL"],
        DJANGO_SETTINGS_MODULE="tests.bench.bench_settings",
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    )
    assert "sqlite" in settings.DATABASES["default"]["ENGINE"]
    lines = [("wrk", f"{_seconds()} s per run, connections {', '.join(map(str, CONNECTIONS))}")]
    server, base = _serve(environ)
    try:
        lines += _measure(base, pages, cookie)
    finally:
        server.terminate()
        server.wait(timeout=20)

    started = time.perf_counter()
    space_path, proposal_path = _large_forum()
    connections.close_all()
    lines.append(
        (
            "large forum generated",
            f"{LARGE_PROPOSALS} proposals, {LARGE_COMMENTS} comments "
            f"({COMMENTS_ON_ONE} on one proposal) in {time.perf_counter() - started:.0f} s",
        )
    )
    large = [
        ("large forum: space page", space_path),
        ("large forum: proposal page with 500 comments", proposal_path),
        ("large forum: space page 400 (last)", space_path + "?seite=400"),
    ]
    server, base = _serve(environ)
    try:
        lines += _measure(
            base,
            large + _signed_in(large),
            cookie,
        )
    finally:
        server.terminate()
        server.wait(timeout=20)
    return lines
