"""The forum's proposals carry comment threads (comments.registry); new comments notify."""

from __future__ import annotations

from bezirkspartner.comments import registry
from bezirkspartner.comments.selectors import comment_url


def _notify(comment) -> None:
    from bezirkspartner.notifications.services import follow, notify

    proposal = comment.target
    notify(
        actor=comment.author,
        kind="comment",
        title=proposal.title,
        url=comment_url(comment, proposal),
        targets=[proposal],
    )
    follow(user=comment.author, target=proposal)


def register() -> None:
    registry.register(
        key="vorschlag",
        model="forum.Proposal",
        can_comment=lambda user, proposal: user.has_perm("forum.add_comment", proposal),
        on_created=_notify,
    )
