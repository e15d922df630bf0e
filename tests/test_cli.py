"""The console script, run as a user runs it: in a subprocess with its own environment."""

import subprocess
import sys

import pytest

from tests.conftest import subprocess_env


def run_cli(*args, env_overrides=None, tmp_var=None, timeout=120):
    environ = subprocess_env(**(env_overrides or {}))
    if tmp_var is not None:
        environ["VAR_DIR"] = str(tmp_var)
    return subprocess.run(
        [sys.executable, "-m", "bezirkspartner", *args],
        capture_output=True,
        text=True,
        env=environ,
        timeout=timeout,
        check=False,
    )


@pytest.mark.parametrize(
    "args", [["--help"], ["serve", "--help"], ["setup", "--help"], ["worker", "--help"]]
)
def test_help_for_every_subcommand(args, tmp_path):
    result = run_cli(*args, tmp_var=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "usage: bezirkspartner" in result.stdout


def test_invalid_configuration_exits_non_zero_with_one_readable_line(tmp_path):
    result = run_cli("setup", tmp_var=tmp_path, env_overrides={"DEBUG": "maybe"})
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("bezirkspartner: Invalid configuration: DEBUG must be true or false")


def test_django_management_commands_pass_through(tmp_path):
    result = run_cli("check", tmp_var=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_deployment_checks_pass_behind_https(tmp_path):
    import secrets

    overrides = {
        "HTTPS": "true",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": "true",
        "SECURE_HSTS_PRELOAD": "true",
    }
    result = run_cli(
        "check", "--deploy", "--fail-level", "WARNING", tmp_var=tmp_path, env_overrides=overrides
    )
    assert result.returncode == 0, result.stderr


def test_setup_on_a_fresh_sqlite_file_is_idempotent(tmp_path):
    database = tmp_path / "fresh.sqlite3"
    overrides = {"DATABASE_URL": f"sqlite:///{database}"}
    first = run_cli("setup", tmp_var=tmp_path, env_overrides=overrides)
    assert first.returncode == 0, first.stderr
    assert "database: applied" in first.stdout
    assert database.exists()
    second = run_cli("setup", tmp_var=tmp_path, env_overrides=overrides)
    assert second.returncode == 0, second.stderr
    assert "database: up to date" in second.stdout
    assert "static files: up to date" in second.stdout


def test_serve_refuses_an_unmigrated_database(tmp_path):
    overrides = {"DATABASE_URL": f"sqlite:///{tmp_path / 'empty.sqlite3'}"}
    result = run_cli("serve", "--port", "8999", tmp_var=tmp_path, env_overrides=overrides)
    assert result.returncode == 1
    assert "run 'bezirkspartner setup' first" in result.stderr
