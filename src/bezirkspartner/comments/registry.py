"""What an app offers to comment on: registered in its AppConfig.ready(), read by this app.

The comments app stands low in the import chain; it never imports the apps whose objects
carry threads. Each of them registers its model here with a small description:

    registry.register(
        key="vorschlag",                     # the target's word in comment URLs
        model="forum.Proposal",
        can_comment=lambda user, proposal: user.has_perm("forum.add_comment", proposal),
        url=lambda proposal: proposal.get_absolute_url(),
        on_created=notify_followers,         # optional: notifications after a new comment
    )
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.apps import apps
from django.http import Http404


def _everyone(user, target) -> bool:
    return True


def _absolute_url(target) -> str:
    return target.get_absolute_url()


@dataclass(frozen=True)
class TargetKind:
    key: str
    model: str  # "app_label.Model"
    can_comment: Callable[[Any, Any], bool]
    can_view: Callable[[Any, Any], bool] = _everyone
    url: Callable[[Any], str] = _absolute_url
    on_created: Callable[[Any], None] | None = None
    asks_language: bool = False  # the form asks in which language the comment is written

    @property
    def model_class(self):
        return apps.get_model(self.model)


_KINDS: dict[str, TargetKind] = {}


def register(**kwargs) -> TargetKind:
    """Register (or replace, on a second ready()) one kind of target."""
    kind = TargetKind(**kwargs)
    _KINDS[kind.key] = kind
    return kind


def kinds() -> list[TargetKind]:
    return list(_KINDS.values())


def kind_for_key(key: str) -> TargetKind:
    try:
        return _KINDS[key]
    except KeyError as exc:
        raise Http404 from exc


def kind_for_model(model) -> TargetKind:
    label = model._meta.label
    for kind in _KINDS.values():
        if kind.model == label:
            return kind
    raise LookupError(f"{label} takes no comments (not registered in comments.registry)")


def kind_of(target) -> TargetKind:
    return kind_for_model(type(target))
