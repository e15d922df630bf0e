"""Reads the cost rates (data/dossiers/cost_rates.yaml) into the cost model's `Rates`."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path

from django.conf import settings

from bezirkspartner.core.datafile import read_yaml
from bezirkspartner.dossiers.costs import DailyRate, Rates, TravelBand

# Stated rule, not a sourced figure: one interpreting day is counted as eight hours.
INTERPRETATION_HOURS_PER_DAY = 8
# Visitors are hosted, and events held, in the home district's country.
HOME_COUNTRY = "DE"


class RatesError(ValueError):
    pass


def rates_path() -> Path:
    return Path(settings.DATA_DIR) / "dossiers" / "cost_rates.yaml"


@lru_cache(maxsize=4)
def _read(path: str, mtime: float) -> dict:
    return read_yaml(Path(path))


def rates_data(path: Path | None = None) -> dict:
    path = path or rates_path()
    return _read(str(path), path.stat().st_mtime)


def _money(value) -> Decimal:
    if value is None:
        raise RatesError("missing amount")
    if isinstance(value, bool) or not isinstance(value, int | float | str | Decimal):
        raise RatesError(f"not an amount: {value!r}")
    try:
        amount = Decimal(str(value))
    except InvalidOperation as exc:
        raise RatesError(f"not an amount: {value!r}") from exc
    if not amount.is_finite():
        raise RatesError(f"not an amount: {value!r}")
    return amount


def _daily(entry: dict) -> DailyRate:
    day = _money(entry["day"])
    partial = _money(entry["partial_day"]) if entry.get("partial_day") is not None else day
    return DailyRate(day=day, partial_day=partial, night=_money(entry["night"]))


def rates_for(country: str, city_en: str = "", *, data: dict | None = None) -> Rates:
    data = data or rates_data()
    try:
        per_diem = data["per_diem"]
        entry = (per_diem.get("cities") or {}).get(f"{country}/{city_en}") or per_diem["countries"][
            country
        ]
        home = per_diem["countries"][HOME_COUNTRY]
        bands = tuple(
            TravelBand(int(b["min_km"]), b.get("max_km"), _money(b["amount"]))
            for b in data["travel_bands"]["bands"]
        )
        staff = {g["key"]: _money(g["hourly"]) for g in data["staff"]["grades"]}
        hosting = data.get("hosting") or {}
        lodging = hosting.get("lodging_per_night")
        return Rates(
            per_diem=_daily(entry),
            travel_bands=bands,
            interpretation_hourly=_money(data["interpretation"]["hourly"]),
            interpretation_hours_per_day=INTERPRETATION_HOURS_PER_DAY,
            translation_per_line=_money(data["translation"]["per_line"]),
            staff_hourly=staff,
            hosting=_daily({**home, "night": lodging}) if lodging else None,
            event_catering_per_day=_money(home["partial_day"]) if hosting else None,
        )
    except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
        raise RatesError(f"cost rates incomplete for {country}: {exc}") from exc


def staff_grades(data: dict | None = None) -> list[dict]:
    return list((data or rates_data())["staff"]["grades"])


def sources(data: dict | None = None) -> list[dict]:
    """One entry per rate block: its name, year or valid-from date and URL."""
    data = data or rates_data()
    result = []
    for key in ("per_diem", "travel_bands", "interpretation", "translation", "staff", "hosting"):
        block = data.get(key)
        if not block:
            continue
        result.append(
            {
                "key": key,
                "title": (
                    block.get("source_title")
                    or block.get("legal_basis")
                    or block.get("name_de", key)
                ),
                "year": str(block.get("year") or block.get("valid_from") or ""),
                "url": block.get("source_url", ""),
            }
        )
    return result
