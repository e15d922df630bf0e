import pytest

from bezirkspartner.knowledge.models import Practice

pytestmark = pytest.mark.django_db


def test_staff_edit_in_admin_records_a_revision(client, knowledge_base, django_user_model):
    admin = django_user_model.objects.create_superuser(
        email="admin@example.org", password="lange-passphrase-42"
    )
    client.force_login(admin)
    practice = Practice.objects.get(slug="ghent-test-circulation")
    url = f"/admin/knowledge/practice/{practice.pk}/change/"
    page = client.get(url)
    assert page.status_code == 200
    form = page.context["adminform"].form
    data = {name: form[name].value() for name in form.fields if form[name].value() is not None}
    data["themes"] = [t.pk for t in practice.themes.all()]
    data["summary_de"] = "Überarbeitete Zusammenfassung."
    data["source_urls"] = '["https://example.org/gent"]'
    for prefix in ("revisions",):
        data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    practice.refresh_from_db()
    assert practice.summary_de == "Überarbeitete Zusammenfassung."
    assert practice.edited_in_app
    revision = practice.revisions.get()
    assert revision.changed_by == admin
    assert "summary_de" in revision.changed_fields


def test_anonymous_visitors_cannot_edit(client, knowledge_base):
    practice = Practice.objects.get(slug="ghent-test-circulation")
    response = client.get(f"/admin/knowledge/practice/{practice.pk}/change/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
