import pytest
from django.contrib.auth import authenticate, get_user_model
from django.core.exceptions import ValidationError

pytestmark = pytest.mark.django_db
User = get_user_model()


def test_user_logs_in_with_email_case_insensitively():
    User.objects.create_user(email="Anna.Beispiel@Example.org", password="lange-passphrase-42")
    assert authenticate(username="anna.beispiel@example.org", password="lange-passphrase-42")
    assert authenticate(username="ANNA.BEISPIEL@EXAMPLE.ORG", password="lange-passphrase-42")
    assert authenticate(username="anna.beispiel@example.org", password="falsch") is None


def test_email_is_required_and_must_be_valid():
    with pytest.raises(ValueError):
        User.objects.create_user(email="", password="x")
    with pytest.raises(ValidationError):
        User.objects.create_user(email="not-an-address", password="x")


def test_superuser_gets_staff_and_superuser_flags():
    admin = User.objects.create_superuser(email="admin@example.org", password="lange-passphrase-42")
    assert admin.is_staff and admin.is_superuser


def test_str_never_exposes_the_email_address():
    user = User.objects.create_user(email="private@example.org", password="x" * 12)
    assert "private@example.org" not in str(user)
    user.display_name = "Anna"
    assert str(user) == "Anna"


def test_default_role_is_citizen_and_language_german():
    user = User.objects.create_user(email="b@example.org", password="x" * 12)
    assert user.role == User.Role.CITIZEN
    assert user.preferred_language == "de"


def test_production_password_hasher_is_strong(settings):
    from bezirkspartner import settings as real_settings

    assert not hasattr(real_settings, "PASSWORD_HASHERS"), "Django's default (PBKDF2) must be used"
