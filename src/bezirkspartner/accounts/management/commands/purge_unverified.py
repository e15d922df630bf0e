import datetime as dt

from django.conf import settings
from django.core.management.base import BaseCommand

from bezirkspartner.accounts.services import unverified_accounts_purge


class Command(BaseCommand):
    help = "Delete accounts whose e-mail address was not confirmed in time (PURGE_UNVERIFIED_DAYS)."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=settings.PURGE_UNVERIFIED_DAYS)

    def handle(self, *args, days: int, **options):
        count = unverified_accounts_purge(older_than=dt.timedelta(days=days))
        self.stdout.write(f"deleted {count} unverified account(s) older than {days} days")
