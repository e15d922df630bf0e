from django.core.management.base import BaseCommand, CommandError

from bezirkspartner.core.background import backend_name
from bezirkspartner.notifications.tasks import digests_send


class Command(BaseCommand):
    help = (
        "Send the daily e-mail digest of notifications (run once a day). With "
        "TASKS_BACKEND=database it is queued for 'bezirkspartner worker'."
    )

    def handle(self, *args, **options):
        result = digests_send.enqueue()
        if backend_name() == "database":
            self.stdout.write(f"digests queued for the worker (task {result.id})")
            return
        if result.status != "SUCCESSFUL":
            error = result.errors[-1].exception_class_path if result.errors else "unknown"
            raise CommandError(f"sending the digests failed ({error})")
        self.stdout.write(f"sent {result.return_value} digest(s)")
