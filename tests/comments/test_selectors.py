import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test.utils import CaptureQueriesContext

from bezirkspartner.comments import selectors, services
from tests.forum.conftest import CommentFactory, ProposalFactory, UserFactory

pytestmark = pytest.mark.django_db


def _thread_with(count: int, viewer_reports: bool = True):
    proposal = ProposalFactory()
    authors = [UserFactory() for _ in range(3)]
    reporter = UserFactory()
    parent = None
    for number in range(count):
        parent = CommentFactory(
            target=proposal, author=authors[number % 3], parent=parent if number % 2 else None
        )
        if viewer_reports and number % 4 == 0:
            services.report_create(comment=parent, reporter=reporter, reason="spam")
    return proposal


def _queries(proposal, user) -> tuple[int, selectors.Thread]:
    with CaptureQueriesContext(connection) as context:
        thread = selectors.thread(proposal, user)
        for comment in thread.comments:  # what the template reads
            str(comment.author), comment.html, comment.open_reports, comment.can_report
    return len(context.captured_queries), thread


def test_a_thread_costs_the_same_queries_for_5_or_60_comments(moderator):
    from bezirkspartner.accounts.models import User

    # A fresh user object each time: its group membership is asked once per request.
    small, thread = _queries(_thread_with(5), User.objects.get(pk=moderator.pk))
    large, big = _queries(_thread_with(60), User.objects.get(pk=moderator.pk))
    # 60 comments are 30 top-level ones with a reply each: the first page shows 25 of them.
    assert len(thread.comments) == 5 and len(big.comments) == 50 and big.pages == 2
    assert big.count == 60
    assert small == large <= 5


def test_the_tree_and_the_open_report_counts(moderator, other):
    proposal = ProposalFactory()
    root = CommentFactory(target=proposal)
    reply = CommentFactory(target=proposal, parent=root)
    services.report_create(comment=reply, reporter=other, reason="spam")
    services.report_create(comment=reply, reporter=UserFactory(), reason="insult")
    thread = selectors.thread(proposal, moderator)
    [shown_root] = thread.roots
    [shown_reply] = shown_root.children
    assert (shown_root, shown_reply) == (root, reply)
    assert (shown_root.open_reports, shown_reply.open_reports) == (0, 2)
    assert thread.can_moderate and shown_reply.can_delete


def test_hidden_and_deleted_comments_do_not_count(moderator):
    proposal = ProposalFactory()
    CommentFactory(target=proposal)
    CommentFactory(target=proposal, hidden=True, hidden_reason="Werbung")
    CommentFactory(target=proposal, deleted=True, body="")
    assert selectors.thread(proposal, AnonymousUser()).count == 1
    assert selectors.visible(selectors.for_target(proposal)).count() == 1


def test_a_private_thread_shows_nothing_to_strangers(partnership, guest):
    services.comment_create(target=partnership, author=guest, body="Hello")
    stranger = UserFactory()
    thread = selectors.thread(partnership, stranger)
    assert not thread.can_view and thread.comments == [] and not thread.can_comment
    assert len(selectors.thread(partnership, guest).comments) == 1


def test_the_queue_lists_reports_of_every_target_with_their_pages(
    partnership, guest, administration
):
    proposal = ProposalFactory()
    on_proposal = CommentFactory(target=proposal)
    on_workspace = services.comment_create(target=partnership, author=guest, body="Hello")
    services.report_create(comment=on_proposal, reporter=guest, reason="spam")
    services.report_create(comment=on_workspace, reporter=administration, reason="insult")
    reports = selectors.open_reports()
    assert [r.comment_url for r in reports] == [
        f"{proposal.get_absolute_url()}#kommentar-{on_proposal.pk}",
        f"/partnerschaften/{partnership.pk}/arbeitsraum/#kommentar-{on_workspace.pk}",
    ]
    assert [r.target_title for r in reports] == [str(proposal), str(partnership)]


def _roots_with_replies(proposal, roots: int) -> list:
    made = []
    for _ in range(roots):
        root = CommentFactory(target=proposal)
        made.append((root, CommentFactory(target=proposal, parent=root)))
    return made


def test_a_long_thread_is_shown_a_page_of_top_level_comments_at_a_time():
    proposal = ProposalFactory()
    made = _roots_with_replies(proposal, selectors.ROOTS_PER_PAGE + 3)
    first = selectors.thread(proposal, AnonymousUser())
    last = selectors.thread(proposal, AnonymousUser(), page="2")
    assert (first.page, first.pages, last.page) == (1, 2, 2)
    assert first.roots == [root for root, _ in made[: selectors.ROOTS_PER_PAGE]]
    assert last.roots == [root for root, _ in made[selectors.ROOTS_PER_PAGE :]]
    assert [root.children for root in last.roots] == [[reply] for _, reply in made[-3:]]
    assert first.count == last.count == 2 * len(made)  # the whole thread, on every page
    assert (first.previous_page, first.next_page, last.next_page) == (None, 2, None)


@pytest.mark.parametrize("typed, shown", [("0", 1), ("-3", 1), ("abc", 1), ("", 1), ("99", 2)])
def test_any_page_number_typed_into_the_address_shows_a_page(typed, shown):
    proposal = ProposalFactory()
    _roots_with_replies(proposal, selectors.ROOTS_PER_PAGE + 1)
    assert selectors.thread(proposal, AnonymousUser(), page=typed).page == shown


def test_a_comments_link_leads_to_the_page_that_shows_it():
    proposal = ProposalFactory()
    made = _roots_with_replies(proposal, selectors.ROOTS_PER_PAGE + 1)
    first_root, _ = made[0]
    last_root, last_reply = made[-1]
    deeper = CommentFactory(target=proposal, parent=last_reply)
    assert selectors.comment_url(first_root).endswith(f"/#kommentar-{first_root.pk}")
    for comment in (last_root, last_reply, deeper):
        assert selectors.comment_url(comment).endswith(f"/?kommentare=2#kommentar-{comment.pk}")
