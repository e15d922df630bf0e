"""The dossier rows of docs/permissions.md, one test per cell."""

import pytest

from bezirkspartner.dossiers.models import Dossier
from tests.forum.test_rules import actor

pytestmark = pytest.mark.django_db
ROLES = ["anonymous", "inactive", "participant", "moderator", "administration"]
TABLE = {
    "dossiers.add_dossier": {"administration"},
    "dossiers.change_dossier": {"administration"},
    "dossiers.comment_dossier": {"participant", "moderator", "administration"},
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("permission", sorted(TABLE))
def test_permission_matrix_for_dossiers(permission, role):
    who = actor(role, owner=None)
    assert who.has_perm(permission, Dossier()) is (role in TABLE[permission])


@pytest.mark.parametrize("role", ROLES)
def test_everybody_reads_dossiers_and_their_exports(client, dossier, role):
    who = actor(role, owner=None)
    if role != "anonymous":
        client.force_login(who)
    assert client.get(dossier.get_absolute_url()).status_code == 200
    assert client.get(f"/dossiers/{dossier.pk}/export.md").status_code == 200
    assert client.get(f"/api/dossiers/{dossier.pk}").status_code == 200
