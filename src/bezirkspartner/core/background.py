"""Background work through django-tasks: enqueue after the commit.

The backend is chosen by TASKS_BACKEND (settings.py): `immediate` runs a task in the process
that enqueues it, `database` stores it for `bezirkspartner worker`. Either way a task is
enqueued only once the transaction that asked for it has committed, so a worker never looks
for rows that are not there yet and nothing is sent for a change that was rolled back.
django-tasks logs a failed task (logger `django_tasks`, level ERROR) with its traceback.
"""

from __future__ import annotations

from django.db import transaction


def enqueue_after_commit(task, *args) -> None:
    """Enqueue `task(*args)` when the current transaction commits (at once outside one)."""
    transaction.on_commit(lambda: task.enqueue(*args))


def backend_name() -> str:
    """`immediate` or `database`, as configured."""
    from django.conf import settings

    backend = settings.TASKS["default"]["BACKEND"]
    return "database" if backend.startswith("django_tasks_db.") else "immediate"
