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


def test_the_first_administrator_signs_in_at_the_platforms_own_login(client, monkeypatch):
    """`bezirkspartner createsuperuser` as docs/deployment.md says, then /konto/login/."""
    from django.core.management import call_command

    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "lange-passphrase-42")
    call_command("createsuperuser", email="Leitung@Example.org", interactive=False, verbosity=0)
    admin = User.objects.get()
    assert admin.role == User.Role.ADMINISTRATION
    response = client.post(
        "/konto/login/", {"login": "leitung@example.org", "password": "lange-passphrase-42"}
    )
    assert response.status_code == 302
    assert "confirm" not in response["Location"] and "bestaetigen" not in response["Location"]
    assert client.get("/konto/profil/").status_code == 200
    assert client.get("/admin/").status_code == 200
