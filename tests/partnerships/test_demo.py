"""`bezirkspartner demo` adds one demo partnership in each lifecycle stage, marked demo."""

import pytest
from django.core.management import call_command

from bezirkspartner.partnerships.models import Partnership, Stage

pytestmark = pytest.mark.django_db


def test_one_demo_partnership_in_each_stage_marked_idempotent_and_removable(knowledge_base, client):
    from bezirkspartner.forum.loader import LOADER

    LOADER.run()
    call_command("demo")
    call_command("demo")
    demos = Partnership.objects.all()
    assert sorted(p.stage for p in demos) == sorted(Stage.values)
    assert all(p.is_demo and p.title.startswith("[Demo] ") for p in demos)
    active = demos.get(stage=Stage.ACTIVE)
    assert [s.to_stage for s in active.steps.all()] == [
        "idea",
        "contact",
        "intent",
        "agreement",
        "active",
    ]
    assert active.activities.count() == 2
    assert active.activities.first().expenses.exists()
    page = client.get(active.get_absolute_url()).content.decode()
    assert "Demo-Inhalt" in page and "Es gibt sie nicht" in page
    assert client.get(f"/api/home-partnerships/{active.pk}").json()["is_demo"] is True
    call_command("demo", remove=True)
    assert not Partnership.objects.exists()
