"""Which funding instrument fits a district pair, and what it leaves to the district budget.

Pure: it works on plain records so it can be tested without a database.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from bezirkspartner.dossiers.costs import euros

# Country groups in the funding table that this code can decide for; any other group name
# (e.g. "CERV-associated", "DAC") makes the answer "unclear" for countries outside the EU.
EU_GROUPS = {"EU27", "EU28"}


@dataclass(frozen=True)
class FundingRecord:
    slug: str
    name: str
    year: int | None
    eligible_countries: tuple[str, ...]
    funding_rate: str  # "0.9", "lump_sum" or ""
    amount_min: int | None
    amount_max: int | None
    applicant_status: str  # yes | no | via_city | unclear (may a Hamburg Bezirk apply?)
    url: str


@dataclass(frozen=True)
class FundingOption:
    record: FundingRecord
    eligible: str  # yes | no | unclear
    reasons: tuple[str, ...]  # codes, rendered by the templates
    funded: int | None  # euros the instrument may cover (None: cannot be computed)
    remainder: int | None  # what stays with the district budget


def country_eligible(groups: tuple[str, ...], country: str, eu_member: bool) -> str:
    if country in groups:
        return "yes"
    if eu_member and EU_GROUPS & set(groups):
        return "yes"
    if country == "GB" and "EU28" in groups:
        return "unclear"  # a historical record from before the United Kingdom left
    named = {g for g in groups if len(g) == 2 and g.isupper()}
    unknown = set(groups) - named - EU_GROUPS
    if unknown and not eu_member:
        return "unclear"
    return "no"


def assess(
    record: FundingRecord, *, country: str, eu_member: bool, total_cost: int
) -> FundingOption:
    reasons = []
    partner = country_eligible(record.eligible_countries, country, eu_member)
    reasons.append(f"partner_{partner}")
    applicant = {"yes": "yes", "no": "no"}.get(record.applicant_status, "unclear")
    reasons.append(f"applicant_{record.applicant_status or 'unclear'}")
    if "no" in (partner, applicant):
        eligible = "no"
    elif "unclear" in (partner, applicant):
        eligible = "unclear"
    else:
        eligible = "yes"
    funded = None
    if eligible != "no":
        funded = _funded(record, total_cost)
        reasons.append("rate" if funded is not None else "rate_unknown")
    remainder = None if funded is None else total_cost - funded
    return FundingOption(record, eligible, tuple(reasons), funded, remainder)


def _funded(record: FundingRecord, total_cost: int) -> int | None:
    try:
        rate = Decimal(record.funding_rate)
    except (ArithmeticError, ValueError):
        return None  # lump sums depend on the activity; no rate stated
    funded = euros(rate * total_cost)
    if record.amount_max is not None:
        funded = min(funded, record.amount_max)
    return funded


def options(
    records: list[FundingRecord], *, country: str, eu_member: bool, total_cost: int
) -> list[FundingOption]:
    """Newest record per instrument; eligible first, then unclear, then not eligible."""
    newest: dict[str, FundingRecord] = {}
    for record in records:
        current = newest.get(record.slug)
        if current is None or (record.year or 0) > (current.year or 0):
            newest[record.slug] = record
    order = {"yes": 0, "unclear": 1, "no": 2}
    assessed = [
        assess(r, country=country, eu_member=eu_member, total_cost=total_cost)
        for r in newest.values()
    ]
    return sorted(assessed, key=lambda o: (order[o.eligible], -(o.funded or 0), o.record.slug))
