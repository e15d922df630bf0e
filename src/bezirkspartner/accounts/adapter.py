"""django-allauth adapter: failed-login limits per account *and* address."""

from __future__ import annotations

from allauth.account.adapter import DefaultAccountAdapter


class AccountAdapter(DefaultAccountAdapter):
    def _get_login_attempts_cache_key(self, request, **credentials) -> str:
        """Count failed logins per account and client address (ACCOUNT_RATE_LIMITS,
        "login_failed": 5 in 5 minutes per key). Counted per account alone, anyone who knows an
        address could lock its owner out; this way the owner still signs in from any other
        address at once, and from the same one when the five minutes have passed."""
        account = super()._get_login_attempts_cache_key(request, **credentials)
        return f"{account}|{self.get_client_ip(request)}"
