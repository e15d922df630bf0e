"""Data tests for data/dossiers: every rate and committee rule has a source and a date."""

import datetime as dt
from pathlib import Path

import yaml

import bezirkspartner
from bezirkspartner.dossiers.rates import rates_for

DATA = Path(bezirkspartner.__file__).parents[2] / "data"
RATES = yaml.safe_load((DATA / "dossiers" / "cost_rates.yaml").read_text(encoding="utf-8"))


def test_every_rate_block_names_its_source_and_check_date():
    for key in ("per_diem", "travel_bands", "interpretation", "translation", "staff", "hosting"):
        block = RATES[key]
        assert block["source_url"].startswith("https://"), key
        assert isinstance(block["checked"], dt.date), key


def test_every_atlas_country_has_travel_rates():
    countries = yaml.safe_load((DATA / "atlas" / "countries.yaml").read_text(encoding="utf-8"))
    for country in countries:
        rates = rates_for(country["code"], data=RATES)
        assert rates.per_diem.day > 0 and rates.per_diem.night > 0, country["code"]


def test_travel_bands_and_staff_grades_are_ordered():
    bands = RATES["travel_bands"]["bands"]
    assert [b["min_km"] for b in bands] == sorted(b["min_km"] for b in bands)
    assert bands[-1]["max_km"] is None
    hourly = [g["hourly"] for g in RATES["staff"]["grades"]]
    assert len(hourly) >= 3 and hourly == sorted(hourly)


def test_every_committee_theme_rule_is_given_in_both_languages_with_sources():
    data = yaml.safe_load((DATA / "dossiers" / "committees.yaml").read_text(encoding="utf-8"))
    for committee in data["committees"]:
        assert committee["source_urls"], committee["slug"]
        for entry in committee.get("themes") or []:
            assert entry["rule"] and entry["rule_de"], committee["slug"]


def test_rate_sources_are_cited_in_german_for_the_german_pages():
    from bezirkspartner.dossiers.rates import sources

    for source in sources(RATES):
        words = set(source["title"].lower().replace(",", " ").split())
        assert not words & {"the", "transcribed", "quoting", "published", "by"}, source["title"]
