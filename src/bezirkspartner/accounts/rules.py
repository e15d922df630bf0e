"""Role predicates shared by every app (django-rules), on `User.Role`.

Group membership is read once per request and kept on the user object, so a page that checks
a permission per comment or per row does not ask the database each time.
"""

from __future__ import annotations

import rules

from bezirkspartner.accounts.models import User

MODERATORS_GROUP = "moderators"


def group_names(user) -> frozenset[str]:
    """The user's groups, asked once per request object."""
    names = getattr(user, "_group_names", None)
    if names is None:
        names = frozenset(user.groups.values_list("name", flat=True))
        user._group_names = names
    return names


@rules.predicate
def is_administration(user) -> bool:
    return bool(
        user.is_authenticated
        and (user.is_staff or user.is_superuser or user.role == User.Role.ADMINISTRATION)
    )


@rules.predicate
def is_moderator(user) -> bool:
    return bool(user.is_authenticated and (user.is_staff or MODERATORS_GROUP in group_names(user)))


@rules.predicate
def is_self(user, other) -> bool:
    return bool(other is not None and user.pk == other.pk)


@rules.predicate
def is_privileged(user, other) -> bool:
    return bool(other is not None and (other.is_staff or other.is_superuser))


is_participant = rules.is_authenticated & rules.is_active


# Permissions of core's pages, defined here because core sits below accounts' roles.
rules.add_perm("core.manage_demo_content", is_administration)
