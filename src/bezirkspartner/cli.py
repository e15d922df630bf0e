"""The `bezirkspartner` command: run, set up and manage the platform.

Known subcommands are parsed here; anything else is passed to Django's
management commands (`bezirkspartner migrate`, `bezirkspartner createsuperuser` …).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from bezirkspartner import __version__


def _django_setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bezirkspartner.settings")
    import django

    django.setup()


def cmd_serve(args: argparse.Namespace) -> int:
    _django_setup()
    from bezirkspartner.core import services

    pending = services.pending_migrations()
    if pending:
        print(
            f"bezirkspartner: the database needs {pending} migration(s); "
            "run 'bezirkspartner setup' first.",
            file=sys.stderr,
        )
        return 1
    from bezirkspartner.core.server import run_server

    return run_server(host=args.host, port=args.port, workers=args.workers)


def cmd_worker(args: argparse.Namespace) -> int:
    _django_setup()
    from bezirkspartner.core import background, services

    if background.backend_name() != "database":
        print(
            "bezirkspartner: TASKS_BACKEND is 'immediate': tasks run in the process that "
            "enqueues them, so there is nothing for a worker to do. Set TASKS_BACKEND=database "
            "for the platform and the worker.",
            file=sys.stderr,
        )
        return 1
    pending = services.pending_migrations()
    if pending:
        print(
            f"bezirkspartner: the database needs {pending} migration(s); "
            "run 'bezirkspartner setup' first.",
            file=sys.stderr,
        )
        return 1
    from django.core.management import call_command

    options = {"interval": args.interval, "batch": args.batch, "reload": False}
    if args.max_tasks:
        options["max_tasks"] = args.max_tasks
    if not args.batch:
        print("bezirkspartner: worker running (Ctrl+C stops after the current task)", flush=True)
    call_command("db_worker", **options)
    return 0


def _positive(kind):
    def parse(raw: str):
        value = kind(raw)
        if not value > 0:
            raise argparse.ArgumentTypeError(f"must be greater than 0, not {raw}")
        return value

    return parse


def cmd_setup(args: argparse.Namespace) -> int:
    _django_setup()
    from bezirkspartner.core import services
    from bezirkspartner.core.errors import ReferenceDataError

    try:
        for line in services.platform_setup(force=args.force):
            print(line, flush=True)
    except ReferenceDataError as exc:
        print(f"bezirkspartner: {exc}", file=sys.stderr)
        for problem in exc.problems[1:20]:
            print(f"  {problem}", file=sys.stderr)
        return 1
    return 0


def cmd_manage(argv: list[str]) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bezirkspartner.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["bezirkspartner", *argv])
    return 0


def cli_modules() -> list[str]:
    """The CLI modules the installed apps declare (AppConfig.cli_modules), in app order.

    Read from the app configurations without django.setup(), so `--help` stays fast.
    """
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bezirkspartner.settings")
    from django.apps import AppConfig
    from django.conf import settings

    modules: list[str] = []
    for entry in settings.INSTALLED_APPS:
        if entry.startswith("bezirkspartner."):
            modules += getattr(AppConfig.create(entry), "cli_modules", ())
    return modules


def _add_domain_parsers(sub) -> None:
    for name in cli_modules():
        importlib.import_module(name).add_parser(sub)


def _run_domain_command(args: argparse.Namespace) -> int:
    if getattr(args, "needs_django", True):
        _django_setup()
    return args.func(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bezirkspartner",
        description=(
            "International district partnerships: run and manage the platform. "
            "Any other subcommand is passed to Django's management commands "
            "(e.g. 'bezirkspartner createsuperuser')."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    serve = sub.add_parser(
        "serve",
        help="serve the platform with a production WSGI server (gunicorn)",
        description="Serve the platform with gunicorn and whitenoise. Run 'setup' first.",
    )
    serve.add_argument(
        "--host", default=os.environ.get("HOST", "127.0.0.1"), help="address (default: %(default)s)"
    )
    serve.add_argument(
        "--port",
        type=int,
        default=int(os.environ.get("PORT", "8000")),
        help="port (default: %(default)s)",
    )
    serve.add_argument(
        "--workers",
        type=int,
        default=int(os.environ.get("WEB_CONCURRENCY", "2")),
        help="worker processes (default: %(default)s)",
    )
    serve.set_defaults(func=cmd_serve)

    worker = sub.add_parser(
        "worker",
        help="run background tasks (e-mails, digests, document analysis); TASKS_BACKEND=database",
        description=(
            "Run the tasks the platform queues in the database (TASKS_BACKEND=database): "
            "notification e-mails, daily digests, recognition of places in uploaded council "
            "documents. Run one or more next to the app processes; SIGTERM stops a worker after "
            "its current task."
        ),
    )
    worker.add_argument(
        "--interval",
        type=_positive(float),
        default=1.0,
        help="seconds to wait when the queue is empty (default: %(default)s)",
    )
    worker.add_argument(
        "--batch", action="store_true", help="run every task that is waiting, then exit"
    )
    worker.add_argument(
        "--max-tasks", type=_positive(int), default=None, help="exit after this many tasks"
    )
    worker.set_defaults(func=cmd_worker)

    setup = sub.add_parser(
        "setup",
        help="migrate, compile translations, collect static files, load reference data",
        description=(
            "Bring the database and files up to date. Idempotent: a second run changes nothing "
            "and skips work whose inputs did not change. Honours DATABASE_URL."
        ),
    )
    setup.add_argument("--force", action="store_true", help="redo every step even if unchanged")
    setup.set_defaults(func=cmd_setup)

    _add_domain_parsers(sub)

    manage = sub.add_parser(
        "manage",
        help="run a Django management command (same as passing it directly)",
        add_help=False,
    )
    manage.set_defaults(func=None)
    return parser


BUILTIN = {"serve", "setup", "worker"}


def _subcommands(parser: argparse.ArgumentParser) -> set[str]:
    """The subcommands this parser knows; everything else goes to Django."""
    for action in parser._subparsers._group_actions:  # argparse offers no public accessor
        return set(action.choices)
    return set()


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from bezirkspartner.env import ConfigError

    try:
        if argv and argv[0] == "manage":
            return cmd_manage(argv[1:])
        parser = build_parser()
        if argv and argv[0] not in _subcommands(parser) and not argv[0].startswith("-"):
            return cmd_manage(argv)
        args = parser.parse_args(argv)
        if not getattr(args, "func", None):
            parser.print_help()
            return 0
        if args.command in BUILTIN:
            return args.func(args)
        return _run_domain_command(args)
    except ConfigError as exc:
        print(f"bezirkspartner: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
