"""Read and validate configuration from environment variables.

Every problem is collected and reported at once in one readable message, so an
operator fixes the whole configuration in one go instead of one error per start.
"""

from __future__ import annotations

import importlib.util
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off", ""}


class ConfigError(Exception):
    """The environment holds an invalid configuration."""


@dataclass
class EnvReader:
    environ: dict[str, str]
    errors: list[str] = field(default_factory=list)

    def str(self, name: str, default: str = "") -> str:
        return self.environ.get(name, default).strip()

    def bool(self, name: str, default: bool = False) -> bool:
        raw = self.environ.get(name)
        if raw is None:
            return default
        word = raw.strip().lower()
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
        self.errors.append(f"{name} must be true or false, not {raw!r}")
        return default

    def int(self, name: str, default: int, *, minimum: int = 0, maximum: int = 65535) -> int:
        raw = self.environ.get(name)
        if raw is None or raw.strip() == "":
            return default
        try:
            value = int(raw)
        except ValueError:
            self.errors.append(f"{name} must be a whole number, not {raw!r}")
            return default
        if not minimum <= value <= maximum:
            self.errors.append(f"{name} must be between {minimum} and {maximum}, not {value}")
            return default
        return value

    def list(self, name: str, default: list[str]) -> list[str]:
        raw = self.environ.get(name)
        if raw is None:
            return default
        return [item.strip() for item in raw.split(",") if item.strip()]

    def raise_if_errors(self) -> None:
        if self.errors:
            joined = "; ".join(self.errors)
            raise ConfigError(f"Invalid configuration: {joined}. See docs/configuration.md.")


def project_root() -> Path:
    """The checkout (or working directory) the platform runs from."""
    return Path(os.environ.get("BEZIRKSPARTNER_ROOT", Path.cwd())).resolve()


def var_dir(reader: EnvReader) -> Path:
    path = Path(reader.str("VAR_DIR") or project_root() / "var").resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path


def load_or_create_secret_key(path: Path) -> str:
    """Return the local secret key, generating it on first run (never committed)."""
    if path.exists():
        key = path.read_text(encoding="utf-8").strip()
        if len(key) >= 50:
            return key
    key = secrets.token_urlsafe(64)
    path.write_text(key + "\n", encoding="utf-8")
    path.chmod(0o600)
    return key


def database_config(reader: EnvReader, default_sqlite: Path) -> dict:
    import dj_database_url

    url = reader.str("DATABASE_URL") or f"sqlite:///{default_sqlite}"
    if not url.startswith(("sqlite:", "postgres:", "postgresql:", "pgsql:")):
        reader.errors.append("DATABASE_URL must start with sqlite:// or postgres://")
        url = f"sqlite:///{default_sqlite}"
    try:
        config = dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
    except ValueError as exc:
        reader.errors.append(f"DATABASE_URL cannot be read ({exc})")
        config = dj_database_url.parse(f"sqlite:///{default_sqlite}")
    if config["ENGINE"] == "django.db.backends.sqlite3":
        # Kept open between requests like PostgreSQL's: opening a file and running the pragmas
        # costs more than many a page's queries.
        config["CONN_MAX_AGE"] = 600
        config["OPTIONS"] = {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        }
        name = Path(config["NAME"])
        if name.parent and not name.parent.exists():
            name.parent.mkdir(parents=True, exist_ok=True)
    return config


TASKS_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}


def tasks_config(reader: EnvReader) -> dict:
    """TASKS for django-tasks from TASKS_BACKEND (immediate | database)."""
    name = reader.str("TASKS_BACKEND", "immediate").lower()
    if name not in TASKS_BACKENDS:
        reader.errors.append(
            f"TASKS_BACKEND must be one of {', '.join(TASKS_BACKENDS)}, not {name!r}"
        )
        name = "immediate"
    return {"default": {"BACKEND": TASKS_BACKENDS[name], "QUEUES": ["default"]}}


def cache_config(reader: EnvReader) -> dict:
    """The shared cache: the database (table `bezirkspartner_cache`, made by `setup`) unless
    CACHE_URL names Redis (`redis://`, `rediss://`) or memcached (`memcached://host:port`,
    several servers separated by commas), through Django's built-in backends."""
    database = {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "bezirkspartner_cache",
    }
    url = reader.str("CACHE_URL")
    if not url:
        return database
    scheme, _, rest = url.partition("://")
    if scheme in {"redis", "rediss"} and rest:
        backend, module, location = "redis.RedisCache", "redis", url
    elif scheme == "memcached" and rest:
        backend, module = "memcached.PyMemcacheCache", "pymemcache"
        location = [server for server in rest.strip("/").split(",") if server]
    else:
        reader.errors.append(
            "CACHE_URL must be empty (database cache), redis://host:port/db, "
            "rediss://… or memcached://host:port"
        )
        return database
    if importlib.util.find_spec(module) is None:
        reader.errors.append(f"CACHE_URL {scheme}:// needs the Python package {module!r}")
        return database
    return {"BACKEND": f"django.core.cache.backends.{backend}", "LOCATION": location}
