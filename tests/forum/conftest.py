import factory
import pytest

from bezirkspartner.accounts.models import User
from bezirkspartner.comments.models import Comment
from bezirkspartner.forum.models import Proposal, Space

HOSTILE = '<script>alert("x")</script>'


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    display_name = factory.Sequence(lambda n: f"{HOSTILE} Person {n}")


class SpaceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Space

    slug = factory.Sequence(lambda n: f"raum-{n}")
    title_de = factory.Sequence(lambda n: f"Raum {n} {HOSTILE}")
    title_en = factory.Sequence(lambda n: f"Space {n}")
    description_de = HOSTILE


class ProposalFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Proposal

    space = factory.SubFactory(SpaceFactory)
    author = factory.SubFactory(UserFactory)
    title = f"Partnerschaft mit Floridsdorf {HOSTILE}"
    text = f"**Warum:** Wohnungsbau. {HOSTILE} [Quelle](javascript:alert(1))"


class CommentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Comment

    target = factory.SubFactory(ProposalFactory)
    author = factory.SubFactory(UserFactory)
    body = f"Gute Idee {HOSTILE}"


@pytest.fixture
def user(db):
    return UserFactory()


@pytest.fixture
def other(db):
    return UserFactory()


@pytest.fixture
def admin_user(db):
    return UserFactory(role=User.Role.ADMINISTRATION)


@pytest.fixture
def moderator(db):
    from django.contrib.auth.models import Group

    person = UserFactory()
    person.groups.add(Group.objects.get_or_create(name="moderators")[0])
    return person


@pytest.fixture
def proposal(db, user):
    return ProposalFactory(author=user)
