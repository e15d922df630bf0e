"""Council document permissions (docs/permissions.md): public reading, administration imports."""

import rules

from bezirkspartner.accounts.rules import is_administration

rules.add_perm("councildocs.add_document", is_administration)
