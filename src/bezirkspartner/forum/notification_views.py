from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404, redirect
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from bezirkspartner.forum.models import Proposal, Space
from bezirkspartner.notifications.services import follow_toggle


@login_required
@require_POST
def follow_space(request, slug: str):
    space = get_object_or_404(Space, slug=slug)
    now = follow_toggle(user=request.user, target=space)
    messages.success(
        request, _("You follow this space.") if now else _("You no longer follow this space.")
    )
    return redirect(space)


@login_required
@require_POST
def follow_proposal(request, pk: int):
    proposal = get_object_or_404(Proposal, pk=pk)
    now = follow_toggle(user=request.user, target=proposal)
    messages.success(
        request, _("You follow this proposal.") if now else _("You no longer follow this proposal.")
    )
    return redirect(proposal)


class SpaceFeed(Feed):
    """Atom feed of a space's proposals. No personal data: no author names."""

    feed_type = Atom1Feed

    def get_object(self, request, slug):
        return get_object_or_404(Space, slug=slug)

    def title(self, space):
        return f"{space.title} – bezirkspartner"

    def link(self, space):
        return space.get_absolute_url()

    def subtitle(self, space):
        return space.description

    def items(self, space):
        return space.proposals.filter(hidden_reason="").order_by("-created_at")[:50]

    def item_title(self, proposal):
        return proposal.title

    def item_description(self, proposal):
        return proposal.html

    def item_pubdate(self, proposal):
        return proposal.created_at

    def item_updateddate(self, proposal):
        return proposal.updated_at
