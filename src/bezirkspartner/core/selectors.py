from django.db import connection


def database_is_reachable() -> bool:
    """True when the default database answers a trivial query."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception:
        return False


def task_queue() -> dict | None:
    """Tasks waiting for `bezirkspartner worker`: how many, and how long the oldest has waited.

    None when tasks run at once (TASKS_BACKEND=immediate): there is no queue then.
    """
    from django.utils import timezone
    from django_tasks_db.models import DBTaskResult

    from bezirkspartner.core.background import backend_name

    if backend_name() != "database":
        return None
    waiting = DBTaskResult.objects.ready()
    oldest = waiting.order_by("enqueued_at").values_list("enqueued_at", flat=True).first()
    age = (timezone.now() - oldest).total_seconds() if oldest else 0
    return {"waiting": waiting.count(), "oldest_seconds": max(0, round(age))}
