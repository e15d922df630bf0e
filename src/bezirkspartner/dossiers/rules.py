"""Dossier permissions (docs/permissions.md): public reading, administration edits."""

import rules

from bezirkspartner.accounts.rules import is_administration, is_participant

rules.add_perm("dossiers.add_dossier", is_administration)
rules.add_perm("dossiers.change_dossier", is_administration)
rules.add_perm("dossiers.comment_dossier", is_participant)
