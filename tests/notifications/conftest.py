# The forum's objects are what people follow in these tests.
from tests.forum.conftest import admin_user, other, proposal, user  # noqa: F401
