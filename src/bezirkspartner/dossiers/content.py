"""The dossier's content as one typed schema: what `Dossier.content` and every version hold.

Pure (pydantic, no Django): drafting produces a `DossierContent`, the edit forms read and write
one, the API declares it as its schema, and selectors and exports read its typed attributes.
The database keeps `content_dump(...)`, a JSON object with `schema_version`.

`content_parse` reads every shape stored so far: content without `schema_version` (drafts,
edited dossiers and versions from before the schema, content sent as free JSON through the
API) is first upgraded the way the old readers read it (missing parts empty, `None` for
empty, counts and amounts that were text or whole-number floats), then validated. What does
not fit raises `ContentError` with every problem and where it is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    model_validator,
)
from pydantic_core import PydanticCustomError

from bezirkspartner.dossiers.plan import (
    COUNT_FIELDS,
    MAX_AMOUNT,
    MAX_COUNT,
    MONEY_FIELDS,
    PlanError,
    year_month,
)

SCHEMA_VERSION = 1

# Bounds of the texts (the edit forms use the same numbers).
KEY_LENGTH = 80
SHORT_TEXT = 300
LONG_TEXT = 50_000
MAX_ROWS = 200


class PhaseCategory(StrEnum):
    """The stages of a partnership in the German municipal vocabulary."""

    KONTAKT = "Kontakt"
    PROJEKTPARTNERSCHAFT = "Projektpartnerschaft"
    FREUNDSCHAFT = "Freundschaft"
    PARTNERSCHAFT = "Partnerschaft"


class CommitteeRole(StrEnum):
    LEAD = "lead"
    INVOLVED = "involved"


def _month(value: str) -> str:
    try:
        year, month = year_month(value)
    except PlanError as exc:
        raise PydanticCustomError(
            "month", "not a month (YYYY-MM): {value}", {"value": value}
        ) from exc
    return f"{year:04d}-{month:02d}"


Key = Annotated[str, Field(min_length=1, max_length=KEY_LENGTH)]
ShortText = Annotated[str, Field(max_length=SHORT_TEXT)]
LongText = Annotated[str, Field(max_length=LONG_TEXT)]
YearMonth = Annotated[
    str,
    Field(min_length=7, max_length=7, pattern=r"^\d{4}-\d{2}$", examples=["2027-03"]),
    AfterValidator(_month),
]
Count = Annotated[int, Field(ge=0, le=MAX_COUNT)]
Money = Annotated[Decimal, Field(ge=0, le=MAX_AMOUNT, allow_inf_nan=False)]
Estimate = Annotated[int, Field(ge=0, le=2_147_483_647)]  # a forum proposal's figure


def clip(text: str, limit: int = LONG_TEXT) -> str:
    """Text cut to fit a bound, with an ellipsis where it was cut (for texts taken over from
    elsewhere, such as a forum proposal's unbounded answers)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


class Part(BaseModel):
    """Every part refuses keys it does not know, so a typo is an error, not lost data."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)


class Goal(Part):
    theme: Key = Field(description="slug of one of the dossier's themes")
    goal: LongText = ""
    benefit: LongText = ""
    practices: list[Key] = Field(default_factory=list, max_length=MAX_ROWS)


class Phase(Part):
    key: Key
    title: ShortText = ""
    category: PhaseCategory | None = None
    start: YearMonth
    end: YearMonth
    activities: LongText = ""
    visits_out: Count = 0
    delegation_size: Count = 0
    visits_in: Count = 0
    visitor_group_size: Count = 0
    visit_days: Count = 0
    events: Count = 0
    event_participants: Count = 0
    event_days: Count = 0
    interpretation_days: Count = 0
    translation_lines: Count = 0
    communication_eur: Money = Decimal(0)
    materials_eur: Money = Decimal(0)

    @model_validator(mode="after")
    def _ends_after_start(self) -> Phase:
        if year_month(self.end) < year_month(self.start):
            raise PydanticCustomError(
                "phase_order", "phase {key} ends before it starts", {"key": self.key}
            )
        return self

    @property
    def label(self) -> str:
        return self.title or self.key


class StaffLine(Part):
    office: ShortText = ""
    grade: Annotated[str, Field(max_length=KEY_LENGTH)] = ""
    phase: Key
    hours: Count = 0


class CommitteeEntry(Part):
    slug: Key
    role: CommitteeRole = CommitteeRole.INVOLVED
    reason: LongText = ""


class Lead(Part):
    office: ShortText = ""
    committee: Annotated[str, Field(max_length=KEY_LENGTH)] = ""
    reason: LongText = ""


class Risk(Part):
    risk: LongText
    response: LongText = ""


class Indicator(Part):
    indicator: ShortText
    target: ShortText = ""


class Proposer(Part):
    """What the forum proposal said about its implementation (kept beside the computed plan)."""

    implementation: LongText = ""
    cost_eur: Estimate | None = None
    staff_hours: Estimate | None = None
    committees: ShortText = ""
    lead: ShortText = ""


class Match(Part):
    """The partner ranking's verdict when the draft was made."""

    score: Annotated[float, Field(ge=0, allow_inf_nan=False)] | None = None
    reasons_de: list[LongText] = Field(default_factory=list, max_length=MAX_ROWS)
    reasons_en: list[LongText] = Field(default_factory=list, max_length=MAX_ROWS)
    distance_km: Count | None = None


class DossierContent(Part):
    """Everything a dossier says besides its title, status, districts and themes."""

    schema_version: Literal[1] = SCHEMA_VERSION
    summary: LongText = ""
    petitum: LongText = ""
    goals: list[Goal] = Field(default_factory=list, max_length=MAX_ROWS)
    phases: list[Phase] = Field(default_factory=list, max_length=MAX_ROWS)
    staff: list[StaffLine] = Field(default_factory=list, max_length=MAX_ROWS)
    committees: list[CommitteeEntry] = Field(default_factory=list, max_length=MAX_ROWS)
    lead: Lead = Field(default_factory=Lead)
    risks: list[Risk] = Field(default_factory=list, max_length=MAX_ROWS)
    indicators: list[Indicator] = Field(default_factory=list, max_length=MAX_ROWS)
    proposer: Proposer | None = None
    match: Match = Field(default_factory=Match)

    @model_validator(mode="after")
    def _references(self) -> DossierContent:
        keys = [phase.key for phase in self.phases]
        if len(keys) != len(set(keys)):
            raise PydanticCustomError("phase_keys", "two phases have the same key")
        orphaned = sorted({line.phase for line in self.staff} - set(keys))
        if orphaned:
            raise PydanticCustomError(
                "staff_phase",
                "staff time refers to phases that do not exist: {keys}",
                {"keys": ", ".join(orphaned)},
            )
        slugs = [row.slug for row in self.committees]
        if len(slugs) != len(set(slugs)):
            raise PydanticCustomError("committee_twice", "a committee is listed twice")
        return self

    def phase_titles(self) -> dict[str, str]:
        """Phase key -> the title the dossier gives it."""
        return {phase.key: phase.label for phase in self.phases}


class DossierContentPatch(Part):
    """Parts of the content to replace (the API's PATCH); parts not given stay as they are."""

    summary: LongText | None = None
    petitum: LongText | None = None
    goals: list[Goal] | None = Field(default=None, max_length=MAX_ROWS)
    phases: list[Phase] | None = Field(default=None, max_length=MAX_ROWS)
    staff: list[StaffLine] | None = Field(default=None, max_length=MAX_ROWS)
    committees: list[CommitteeEntry] | None = Field(default=None, max_length=MAX_ROWS)
    lead: Lead | None = None
    risks: list[Risk] | None = Field(default=None, max_length=MAX_ROWS)
    indicators: list[Indicator] | None = Field(default=None, max_length=MAX_ROWS)


class ContentError(ValueError):
    """Stored or sent content does not fit the schema. `problems`: one `Problem` per error."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        text = "; ".join(
            f"{' › '.join(map(str, p.where))}: {p.message}" if p.where else p.message
            for p in problems
        )
        super().__init__(text or "the content does not fit the schema")


@dataclass(frozen=True)
class Problem:
    """Where (field names, rows counted from 1 as people count), what (English), kind, details."""

    where: tuple[str | int, ...]
    message: str
    kind: str
    details: dict = field(default_factory=dict)


def problems_of(exc: ValidationError) -> list[Problem]:
    return [
        Problem(
            where=tuple(part + 1 if isinstance(part, int) else part for part in error["loc"]),
            message=error["msg"],
            kind=error["type"],
            details={k: v for k, v in (error.get("ctx") or {}).items() if k != "error"},
        )
        for error in exc.errors(include_url=False)
    ]


# -- reading stored content --------------------------------------------------------------------

TEXT_PARTS = ("summary", "petitum")
ROW_PARTS = ("goals", "phases", "staff", "committees", "risks", "indicators")
ROW_TEXTS = {
    "goals": ("goal", "benefit"),
    "phases": ("title", "activities"),
    "staff": ("office", "grade", "phase"),
    "committees": ("reason",),
    "risks": ("risk", "response"),
    "indicators": ("indicator", "target"),
}


def _legacy_count(value: Any) -> Any:
    """As the plan read a count before the schema: empty is 0, else int(value)."""
    if value in (None, ""):
        return 0
    if isinstance(value, bool):
        return value
    try:
        return int(value)
    except (TypeError, ValueError, OverflowError):
        return value  # left for validation to name


def _legacy_money(value: Any) -> Any:
    if value in (None, ""):
        return "0"
    if isinstance(value, bool):
        return value
    try:
        return str(Decimal(str(value)))
    except (InvalidOperation, ValueError):
        return value


def _legacy_month(value: Any) -> Any:
    """The plan read '2027-3' and '2027-03-15' as March 2027; the schema writes '2027-03'."""
    try:
        year, month = year_month(value)
    except PlanError:
        return value
    return f"{year:04d}-{month:02d}"


def _legacy_row(part: str, row: Any) -> Any:
    if not isinstance(row, dict):
        return row
    row = {key: value for key, value in row.items() if value is not None}
    for name in ROW_TEXTS[part]:
        if name in row and isinstance(row[name], int | float) and not isinstance(row[name], bool):
            row[name] = str(row[name])
    if part == "phases":
        for name in COUNT_FIELDS:
            row[name] = _legacy_count(row.get(name))
        for name in MONEY_FIELDS:
            row[name] = _legacy_money(row.get(name))
        for name in ("start", "end"):
            row[name] = _legacy_month(row.get(name))
        if not row.get("title") and isinstance(row.get("key"), str):
            row["title"] = row["key"]
        if row.get("category") == "":
            row.pop("category")
        if isinstance(row.get("key"), int):
            row["key"] = str(row["key"])
    if part == "staff":
        row["hours"] = _legacy_count(row.get("hours"))
    if part == "goals" and row.get("practices") is None:
        row.pop("practices", None)
    return row


def _upgrade_v0(raw: dict) -> dict:
    """Content from before the schema: empty parts were missing or None, numbers were text."""
    data = {key: value for key, value in raw.items() if value is not None}
    for name in TEXT_PARTS:
        if data.get(name) is None:
            data.pop(name, None)
    for part in ROW_PARTS:
        if isinstance(data.get(part), list):
            data[part] = [_legacy_row(part, row) for row in data[part]]
    if isinstance(data.get("lead"), dict):
        data["lead"] = {k: v for k, v in data["lead"].items() if v is not None}
    if data.get("proposer") == {}:
        data["proposer"] = None
    if isinstance(data.get("match"), dict):
        match = {k: v for k, v in data["match"].items() if v is not None}
        if isinstance(match.get("distance_km"), float) and match["distance_km"].is_integer():
            match["distance_km"] = int(match["distance_km"])
        data["match"] = match
    data["schema_version"] = SCHEMA_VERSION
    return data


def content_parse(raw: Any) -> DossierContent:
    """Stored JSON of any shape the platform has written -> the typed content, or ContentError."""
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise ContentError([Problem((), "the content is not a JSON object", "dict_type")])
    if "schema_version" not in raw:
        raw = _upgrade_v0(raw)
    try:
        return DossierContent.model_validate(raw)
    except ValidationError as exc:
        raise ContentError(problems_of(exc)) from exc


def content_dump(content: DossierContent) -> dict:
    """The JSON object the database keeps (amounts as exact decimal text)."""
    return content.model_dump(mode="json")


def content_merge(raw: Any, patch: DossierContentPatch) -> DossierContent:
    """The stored content with the parts the patch gives replaced, validated as a whole."""
    changes = patch.model_dump(mode="json", exclude_unset=True)
    try:
        base = content_dump(content_parse(raw))
    except ContentError:
        if not isinstance(raw, dict):
            raise
        # Stored content that does not fit: the patch may be what repairs it.
        base = raw if "schema_version" in raw else _upgrade_v0(raw)
    try:
        return DossierContent.model_validate({**base, **changes})
    except ValidationError as exc:
        raise ContentError(problems_of(exc)) from exc
