"""Problems of a dossier's content (`content.ContentError`) in the user's language."""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from bezirkspartner.dossiers.content import ContentError, Problem

PLACES = {
    "summary": gettext_lazy("Summary"),
    "petitum": gettext_lazy("Petitum"),
    "goals": gettext_lazy("Goals"),
    "phases": gettext_lazy("Phases"),
    "staff": gettext_lazy("Staff time"),
    "committees": gettext_lazy("Committees"),
    "lead": gettext_lazy("Lead"),
    "risks": gettext_lazy("Risks"),
    "indicators": gettext_lazy("Indicators"),
    "proposer": gettext_lazy("Forum proposal"),
    "start": gettext_lazy("From (month)"),
    "end": gettext_lazy("To (month)"),
    "hours": gettext_lazy("Hours"),
    "phase": gettext_lazy("Phase"),
    "title": gettext_lazy("Title"),
    "key": gettext_lazy("Key"),
    "category": gettext_lazy("Stage"),
    "activities": gettext_lazy("Activities"),
    "office": gettext_lazy("Office or role"),
    "grade": gettext_lazy("Pay grade"),
    "theme": gettext_lazy("Theme"),
    "goal": gettext_lazy("Goal"),
    "benefit": gettext_lazy("Expected benefit"),
    "slug": gettext_lazy("Committee"),
    "reason": gettext_lazy("Reason"),
    "risk": gettext_lazy("Risk"),
    "response": gettext_lazy("How to meet it"),
    "indicator": gettext_lazy("Indicator"),
    "target": gettext_lazy("Target"),
}


def _what(problem: Problem) -> str:
    details = problem.details
    messages = {
        "missing": lambda: _("is missing"),
        "extra_forbidden": lambda: _("is not a part of a dossier"),
        "greater_than_equal": lambda: _("must not be negative"),
        "less_than_equal": lambda: _("is too large"),
        "string_too_long": lambda: _("is too long"),
        "string_too_short": lambda: _("must not be empty"),
        "too_long": lambda: _("has too many rows"),
        "int_parsing": lambda: _("must be a whole number"),
        "int_type": lambda: _("must be a whole number"),
        "int_from_float": lambda: _("must be a whole number"),
        "decimal_parsing": lambda: _("must be an amount in euros"),
        "decimal_type": lambda: _("must be an amount in euros"),
        "finite_number": lambda: _("must be an amount in euros"),
        "string_type": lambda: _("must be text"),
        "list_type": lambda: _("must be a list"),
        "dict_type": lambda: _("must be an object"),
        "model_type": lambda: _("must be an object"),
        "enum": lambda: _("must be one of: %(choices)s") % {"choices": details.get("expected")},
        "literal_error": lambda: _("must be %(value)s") % {"value": details.get("expected")},
        "month": lambda: _("is not a month (YYYY-MM): %(value)s") % details,
        "string_pattern_mismatch": lambda: _("is not a month (YYYY-MM)"),
        "phase_order": lambda: _("phase %(key)s ends before it starts") % details,
        "phase_keys": lambda: _("two phases have the same key"),
        "staff_phase": lambda: (
            _("staff time refers to phases that do not exist: %(keys)s") % details
        ),
        "committee_twice": lambda: _("a committee is listed twice"),
    }
    message = messages.get(problem.kind)
    return message() if message else problem.message


def problem_text(problem: Problem) -> str:
    """'Phasen › 2 › Bis (Monat): ist kein Monat (JJJJ-MM): 2027-13'."""
    where = " › ".join(str(PLACES.get(part, part)) for part in problem.where)
    what = _what(problem)
    return f"{where}: {what}" if where else what


def content_error_text(exc: ContentError, limit: int = 5) -> str:
    """One sentence for a page or an API answer: what does not fit, and that nothing is lost."""
    shown = [problem_text(p) for p in exc.problems[:limit]]
    if len(exc.problems) > limit:
        shown.append(_("and %(count)s more") % {"count": len(exc.problems) - limit})
    return _(
        "The content of this dossier does not fit the dossier schema, so it cannot be shown or "
        "computed; it is kept unchanged. Problems: %(problems)s"
    ) % {"problems": "; ".join(shown)}
