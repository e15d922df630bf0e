"""The sign-up form: the same work for a new and an already registered address.

With enumeration prevention, allauth answers a known address with the same page and a mail,
but skips creating the account, and with it hashing the password, which is most of the time
a sign-up takes (0.02 s against 0.3 s or more): the timing told which addresses exist. Here the
known-address path hashes the password too.
"""

from __future__ import annotations

from allauth.account.forms import SignupForm
from django.contrib.auth.hashers import make_password


class EqualWorkSignupForm(SignupForm):
    def try_save(self, request):
        if self.account_already_exists:
            make_password(self.cleaned_data.get("password1") or "")
        return super().try_save(request)
