from tests.forum.conftest import (  # noqa: F401  (fixtures)
    admin_user,
    moderator,
    other,
    proposal,
    user,
)
from tests.partnerships.conftest import (  # noqa: F401  (fixtures)
    _media_in_tmp,
    administration,
    districts,
    guest,
    partnership,
)
