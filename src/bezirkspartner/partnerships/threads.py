"""A partnership's workspace carries a comment thread (comments.registry).

Only the administration and the partnership's guests see and write it; comments say in which
language they are written (guests of the partner district often write in English).
"""

from __future__ import annotations

from django.urls import reverse

from bezirkspartner.comments import registry


def register() -> None:
    registry.register(
        key="partnerschaft",
        model="partnerships.Partnership",
        can_comment=lambda user, p: user.has_perm("partnerships.comment", p),
        can_view=lambda user, p: user.has_perm("partnerships.view_workspace", p),
        url=lambda p: reverse("partnerships:workspace", args=[p.pk]),
        asks_language=True,
    )
