import pytest
from django.core.management import call_command

from bezirkspartner.forum.models import Proposal

pytestmark = pytest.mark.django_db


def test_demo_content_is_marked_idempotent_and_removable(knowledge_base, capsys):
    from bezirkspartner.forum.loader import LOADER

    LOADER.run()
    call_command("demo")
    call_command("demo")
    assert Proposal.objects.count() == 1
    assert Proposal.objects.get().title.startswith("[Demo] ")
    call_command("demo", remove=True)
    assert not Proposal.objects.exists()
