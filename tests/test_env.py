import pytest

from bezirkspartner import env


def reader(**values):
    return env.EnvReader(dict(values))


def test_bool_accepts_common_words():
    r = reader(A="yes", B="0", C="TRUE")
    assert r.bool("A") is True
    assert r.bool("B") is False
    assert r.bool("C") is True
    assert r.bool("MISSING", default=True) is True
    r.raise_if_errors()


def test_invalid_values_are_collected_into_one_message():
    r = reader(DEBUG="maybe", EMAIL_PORT="twenty-five", PORT="70000")
    r.bool("DEBUG")
    r.int("EMAIL_PORT", 25)
    r.int("PORT", 8000, minimum=1)
    with pytest.raises(env.ConfigError) as excinfo:
        r.raise_if_errors()
    message = str(excinfo.value)
    assert "DEBUG must be true or false" in message
    assert "EMAIL_PORT must be a whole number" in message
    assert "PORT must be between 1 and 65535" in message
    assert "\n" not in message


def test_list_splits_and_trims():
    assert reader(HOSTS=" a.example , b.example,").list("HOSTS", []) == ["a.example", "b.example"]
    assert reader().list("HOSTS", ["x"]) == ["x"]


def test_secret_key_is_generated_once_and_private(tmp_path):
    path = tmp_path / "secret_key"
    first = env.load_or_create_secret_key(path)
    assert len(first) >= 50
    assert env.load_or_create_secret_key(path) == first
    assert path.stat().st_mode & 0o077 == 0


def test_database_url_defaults_to_sqlite_file(tmp_path):
    config = env.database_config(reader(), tmp_path / "db.sqlite3")
    assert config["ENGINE"] == "django.db.backends.sqlite3"
    assert config["NAME"] == str(tmp_path / "db.sqlite3")


def test_database_url_postgres_is_parsed(tmp_path):
    r = reader(DATABASE_URL="postgres://u:p@127.0.0.1:5433/bp")
    config = env.database_config(r, tmp_path / "db.sqlite3")
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert (config["HOST"], config["PORT"], config["NAME"]) == ("127.0.0.1", 5433, "bp")
    r.raise_if_errors()


def test_unsupported_database_url_is_an_error(tmp_path):
    r = reader(DATABASE_URL="mysql://u:p@localhost/bp")
    env.database_config(r, tmp_path / "db.sqlite3")
    with pytest.raises(env.ConfigError, match="DATABASE_URL must start with"):
        r.raise_if_errors()


def test_tasks_backend_is_immediate_by_default_and_checked():
    assert env.tasks_config(reader())["default"]["BACKEND"].endswith("ImmediateBackend")
    database = env.tasks_config(reader(TASKS_BACKEND="database"))
    assert database["default"]["BACKEND"] == "django_tasks_db.DatabaseBackend"
    r = reader(TASKS_BACKEND="celery")
    env.tasks_config(r)
    with pytest.raises(env.ConfigError, match="TASKS_BACKEND must be one of immediate, database"):
        r.raise_if_errors()


def test_cache_defaults_to_the_database_table():
    r = reader()
    assert env.cache_config(r) == {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "bezirkspartner_cache",
    }
    r.raise_if_errors()


def test_cache_url_redis_and_memcached_use_djangos_backends(monkeypatch):
    monkeypatch.setattr(env.importlib.util, "find_spec", lambda name: object())
    r = reader(CACHE_URL="redis://127.0.0.1:6379/1")
    assert env.cache_config(r) == {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://127.0.0.1:6379/1",
    }
    r = reader(CACHE_URL="memcached://10.0.0.1:11211,10.0.0.2:11211")
    assert env.cache_config(r) == {
        "BACKEND": "django.core.cache.backends.memcached.PyMemcacheCache",
        "LOCATION": ["10.0.0.1:11211", "10.0.0.2:11211"],
    }
    r.raise_if_errors()


def test_cache_url_of_another_kind_or_without_its_client_is_an_error(monkeypatch):
    r = reader(CACHE_URL="mongodb://localhost")
    assert env.cache_config(r)["BACKEND"].endswith("DatabaseCache")
    with pytest.raises(env.ConfigError, match="CACHE_URL must be empty"):
        r.raise_if_errors()
    monkeypatch.setattr(env.importlib.util, "find_spec", lambda name: None)
    r = reader(CACHE_URL="redis://127.0.0.1:6379/1")
    env.cache_config(r)
    with pytest.raises(env.ConfigError, match="needs the Python package 'redis'"):
        r.raise_if_errors()
