from django.core.management.base import BaseCommand

from bezirkspartner.notifications.services import send_daily_digests


class Command(BaseCommand):
    help = "Send the daily e-mail digest of notifications (run once a day)."

    def handle(self, *args, **options):
        self.stdout.write(f"sent {send_daily_digests()} digest(s)")
