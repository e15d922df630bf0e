from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from bezirkspartner.comments import selectors as comment_selectors
from bezirkspartner.forum import services
from bezirkspartner.forum.forms import ProposalForm, StatusForm
from bezirkspartner.forum.models import PLAN_FIELDS, Proposal, Space, Support
from bezirkspartner.knowledge.selectors import home_district
from bezirkspartner.notifications.services import is_following

PROPOSALS_PER_PAGE = 25


@require_safe
def index(request):
    spaces = Space.objects.annotate(proposal_count=Count("proposals"))
    return render(request, "forum/index.html", {"spaces": spaces})


@require_safe
def space_detail(request, slug: str):
    space = get_object_or_404(Space, slug=slug)
    # The page is cut from the ordered keys only: the database sorts narrow rows, not the
    # proposals' texts (10,000 proposals: 89 -> 15-18 ms of database time on the last page).
    ordered_keys = space.proposals.order_by("-created_at", "-pk").values_list("pk", flat=True)
    page = Paginator(ordered_keys, PROPOSALS_PER_PAGE).get_page(request.GET.get("seite"))
    # Counts for the proposals of this page only (correlated subqueries, not a GROUP BY
    # over the whole space).
    proposals = (
        Proposal.objects.filter(pk__in=list(page.object_list))
        .order_by("-created_at", "-pk")
        .annotate(
            support_count=_count(Support),
            comment_count=comment_selectors.visible_count_subquery(Proposal),
        )
    )
    following = request.user.is_authenticated and is_following(user=request.user, target=space)
    return render(
        request,
        "forum/space.html",
        {"space": space, "proposals": proposals, "page": page, "following": following},
    )


def _count(model):
    rows = model.objects.filter(proposal=OuterRef("pk")).order_by().values("proposal")
    return Coalesce(Subquery(rows.annotate(n=Count("pk")).values("n")[:1]), 0)


@login_required
def proposal_create(request, slug: str):
    space = get_object_or_404(Space, slug=slug)
    if not request.user.has_perm("forum.add_proposal", space):
        raise PermissionDenied
    initial = {"themes": [space.theme_id], "partner_names": request.GET.get("partner", "")[:200]}
    form = ProposalForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        proposal = services.proposal_create(
            space=space,
            author=request.user,
            title=form.cleaned_data["title"],
            text=form.cleaned_data["text"],
            themes=form.cleaned_data["themes"],
            districts=form.cleaned_data["partner_names"],
            practices=form.cleaned_data["practices"],
            plan={name: form.cleaned_data[name] for name in PLAN_FIELDS},
        )
        messages.success(request, _("Your proposal has been published."))
        return redirect(proposal)
    return render(request, "forum/proposal_form.html", {"space": space, "form": form})


@require_safe
def proposal_detail(request, pk: int):
    proposal = get_object_or_404(
        Proposal.objects.select_related("space", "author").prefetch_related("themes"), pk=pk
    )
    status_form = None
    if request.user.has_perm("forum.change_status", proposal):
        status_form = StatusForm(proposal=proposal)
    supported = (
        request.user.is_authenticated
        and Support.objects.filter(proposal=proposal, user=request.user).exists()
    )
    return render(
        request,
        "forum/proposal.html",
        {
            "proposal": proposal,
            "thread": comment_selectors.thread(
                proposal, request.user, request.GET.get(comment_selectors.PAGE_PARAMETER)
            ),
            "status_form": status_form,
            "can_moderate": request.user.has_perm("forum.moderate"),
            "following": request.user.is_authenticated
            and is_following(user=request.user, target=proposal),
            "can_report": request.user.has_perm("forum.report", proposal),
            "is_own": request.user.is_authenticated and proposal.author_id == request.user.pk,
            "supported": supported,
            "can_support": request.user.has_perm("forum.support_proposal", proposal),
            "support_count": proposal.supports.count(),
            "history": proposal.history.select_related("changed_by"),
            "dossiers": proposal.dossiers.all(),
            "proposal_theme_slugs": [t.slug for t in proposal.themes.all()]
            or ([proposal.space.theme.slug] if proposal.space.theme_id else []),
            "dossier_home": home_district()
            if request.user.has_perm("dossiers.add_dossier")
            else None,
        },
    )


@login_required
@require_POST
def support(request, pk: int):
    proposal = get_object_or_404(Proposal, pk=pk)
    try:
        now = services.support_toggle(proposal=proposal, user=request.user)
    except PermissionDenied as exc:
        messages.error(request, str(exc))
    else:
        messages.success(
            request,
            _("Thank you for your support.") if now else _("Your support has been withdrawn."),
        )
    return redirect(proposal)


@login_required
@require_POST
def change_status(request, pk: int):
    proposal = get_object_or_404(Proposal, pk=pk)
    form = StatusForm(request.POST, proposal=proposal)
    if form.is_valid():
        try:
            services.proposal_change_status(
                proposal=proposal,
                user=request.user,
                to_status=form.cleaned_data["to_status"],
                answer=form.cleaned_data["answer"],
            )
        except (PermissionDenied, ValidationError) as exc:
            messages.error(request, " ".join(getattr(exc, "messages", [str(exc)])))
        else:
            messages.success(request, _("The status has been changed."))
    else:
        messages.error(request, _("Please choose a status and give an answer."))
    return redirect(proposal)
