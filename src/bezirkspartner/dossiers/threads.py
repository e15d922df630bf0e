"""Dossiers carry comment threads (comments.registry); followers of the proposal hear of them."""

from __future__ import annotations

from bezirkspartner.comments import registry
from bezirkspartner.comments.selectors import comment_url


def _notify(comment) -> None:
    from bezirkspartner.notifications.services import notify

    dossier = comment.target
    if dossier.proposal_id:
        notify(
            actor=comment.author,
            kind="comment",
            title=dossier.title,
            url=comment_url(comment, dossier),
            targets=[dossier.proposal],
        )


def register() -> None:
    registry.register(
        key="dossier",
        model="dossiers.Dossier",
        can_comment=lambda user, dossier: user.has_perm("dossiers.comment_dossier", dossier),
        on_created=_notify,
    )
