"""Run the WSGI application under gunicorn, in-process."""

from __future__ import annotations

from gunicorn.app.base import BaseApplication


class _Gunicorn(BaseApplication):
    def __init__(self, application, options: dict):
        self._application = application
        self._options = options
        super().__init__()

    def load_config(self):
        for key, value in self._options.items():
            self.cfg.set(key, value)

    def load(self):
        return self._application


def run_server(*, host: str, port: int, workers: int) -> int:
    from django.db import connections

    from bezirkspartner.wsgi import application

    # Workers are forked from this process: never share a database connection.
    connections.close_all()

    print(f"bezirkspartner: serving on http://{host}:{port}/ (Ctrl+C stops)", flush=True)
    options = {
        "bind": f"{host}:{port}",
        "workers": max(1, workers),
        "worker_class": "sync",
        "timeout": 60,
        "graceful_timeout": 10,
        "accesslog": None,
        "errorlog": "-",
        "loglevel": "warning",
        "forwarded_allow_ips": "127.0.0.1",
    }
    _Gunicorn(application, options).run()
    return 0
